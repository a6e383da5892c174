/**
 * What an assignment achieved, computed the same way for the allocation and for the baselines it
 * is compared with: rank distribution, seats left, blocking pairs, and every pupil who got fewer
 * than `days` slots with the reason.
 */
import { blockingChoices } from './blocking-pairs';
import type { CohortAssignment, CohortInstance } from './cohort-instance';
import {
  heldFromAssignment,
  indexCohort,
  type CohortIndex,
  type HeldChoices,
} from './cohort-index';

export interface AssignmentSummary {
  readonly days: number;
  readonly pupils: number;
  readonly pupilsFullyAssigned: number;
  readonly pupilsPartiallyAssigned: number;
  readonly pupilsUnassigned: number;
  readonly seats: number;
  readonly seatsAssigned: number;
  readonly seatsLeft: number;
  readonly seatsLeftByEmployer: Readonly<Record<string, number>>;
  /** rankDistribution[k]: assigned slots that were their pupil's (k + 1)-th choice. */
  readonly rankDistribution: readonly number[];
  /** Must be 0 for the deferred-acceptance allocation. */
  readonly blockingPairs: number;
  /** Pupils given two slots at the same employer (allowed; a pupil ranks to avoid it). */
  readonly pupilsTwiceAtOneEmployer: number;
  /** Pupils given two slots in the same trade (slots without a trade never count). */
  readonly pupilsTwiceInOneTrade: number;
}

export type UnassignedReason = 'ranked-nothing' | 'too-few-distinct-dates' | 'ranked-slots-full';

/** A pupil who got fewer than `days` slots: none (`assigned` 0) or some (partially assigned). */
export interface UnassignedPupil {
  readonly pupil: string;
  readonly assigned: number;
  readonly code: UnassignedReason;
  readonly reason: string;
}

/** The summary and the pupils left short, for any assignment of the instance (e.g. a baseline). */
export function summariseCohortAssignment(
  instance: CohortInstance,
  assignment: CohortAssignment,
): { readonly summary: AssignmentSummary; readonly unassigned: UnassignedPupil[] } {
  const index = indexCohort(instance);
  const held = heldFromAssignment(index, assignment);
  return { summary: summariseAssignment(index, held), unassigned: unassignedPupils(index, held) };
}

export function summariseAssignment(index: CohortIndex, held: HeldChoices): AssignmentSummary {
  const { rankStart, choiceSlot, slotEmployer, slotTrade, slotCapacity, days } = index;
  const longestRanking = index.instance.pupils.reduce(
    (longest, pupil) => Math.max(longest, pupil.ranking.length),
    0,
  );
  const rankDistribution = new Array<number>(longestRanking).fill(0);
  const occupied = new Int32Array(index.slotCount);
  let full = 0;
  let partial = 0;
  let twiceAtOneEmployer = 0;
  let twiceInOneTrade = 0;
  for (let pupil = 0; pupil < index.pupilCount; pupil++) {
    const slots: number[] = [];
    for (let choice = rankStart[pupil]; choice < rankStart[pupil + 1]; choice++) {
      if (held[choice] === 1) {
        slots.push(choiceSlot[choice]);
        occupied[choiceSlot[choice]]++;
        rankDistribution[choice - rankStart[pupil]]++;
      }
    }
    if (slots.length >= days) {
      full++;
    } else if (slots.length > 0) {
      partial++;
    }
    const employers = new Set(slots.map((slot) => slotEmployer[slot]));
    const trades = slots.map((slot) => slotTrade[slot]).filter((trade) => trade >= 0);
    twiceAtOneEmployer += employers.size < slots.length ? 1 : 0;
    twiceInOneTrade += new Set(trades).size < trades.length ? 1 : 0;
  }

  const seatsLeftByEmployer = new Map<string, number>();
  let seats = 0;
  let seatsAssigned = 0;
  for (let slot = 0; slot < index.slotCount; slot++) {
    const employer = index.employers[slotEmployer[slot]];
    const left = slotCapacity[slot] - occupied[slot];
    seats += slotCapacity[slot];
    seatsAssigned += occupied[slot];
    seatsLeftByEmployer.set(employer, (seatsLeftByEmployer.get(employer) ?? 0) + left);
  }

  return {
    days,
    pupils: index.pupilCount,
    pupilsFullyAssigned: full,
    pupilsPartiallyAssigned: partial,
    pupilsUnassigned: index.pupilCount - full - partial,
    seats,
    seatsAssigned,
    seatsLeft: seats - seatsAssigned,
    seatsLeftByEmployer: Object.fromEntries(seatsLeftByEmployer),
    rankDistribution,
    blockingPairs: blockingChoices(index, held).length,
    pupilsTwiceAtOneEmployer: twiceAtOneEmployer,
    pupilsTwiceInOneTrade: twiceInOneTrade,
  };
}

/**
 * Every pupil holding fewer than `days` slots, with why. The reasons are exact for any assignment
 * without blocking pairs: a ranked slot on a date the pupil still needs is then full of pupils
 * the slot serves first.
 */
export function unassignedPupils(index: CohortIndex, held: HeldChoices): UnassignedPupil[] {
  const { rankStart, rankedDates, days } = index;
  const result: UnassignedPupil[] = [];
  for (let pupil = 0; pupil < index.pupilCount; pupil++) {
    let assigned = 0;
    for (let choice = rankStart[pupil]; choice < rankStart[pupil + 1]; choice++) {
      assigned += held[choice];
    }
    if (assigned >= days) {
      continue;
    }
    const code: UnassignedReason =
      rankStart[pupil + 1] === rankStart[pupil]
        ? 'ranked-nothing'
        : rankedDates[pupil] < days
          ? 'too-few-distinct-dates'
          : 'ranked-slots-full';
    result.push({
      pupil: index.instance.pupils[pupil].id,
      assigned,
      code,
      reason: describeReason(code, assigned, days),
    });
  }
  return result;
}

function describeReason(code: UnassignedReason, assigned: number, days: number): string {
  switch (code) {
    case 'ranked-nothing':
      return 'ranked nothing';
    case 'too-few-distinct-dates':
      return `ranked fewer than ${days} slots on distinct dates`;
    case 'ranked-slots-full':
      return assigned === 0
        ? 'all ranked slots full'
        : `got ${assigned} of ${days} days: every ranked slot on a date still needed is full`;
  }
}
