/**
 * Allocate a cohort: pupil-proposing deferred acceptance with capacities and `days` slots per
 * pupil on distinct dates (DESIGN.md §5, job 3).
 *
 * Model. Pupil p's choice from a set X of slots, C_p(X): walk p's ranking, take each slot of X
 * whose date p does not hold yet, stop at `days`. A slot keeps its `capacity` best pupils by its
 * priority list, then the lottery (single tie-breaking).
 *
 * Algorithm (generalised deferred acceptance, Hatfield & Milgrom 2005). Every pupil p holds
 * C_p(A_p), where A_p = p's ranked slots that have not rejected p, and offers to each held slot.
 * A full slot that is offered a better pupil rejects its worst one. A rejected pupil loses one
 * slot from A_p and re-chooses; stop when no slot rejects anyone.
 *
 * Why it is correct. C_p is greedy over a matroid (at most one slot per date, at most `days`), so
 * it is substitutable and path-independent: C_p(A \ {s}) = C_p(A) − s + e, where e is the first
 * slot ranked below s that p does not hold and whose date p no longer holds (or none). Slots
 * ranked above s stay out: they lost their date to a held slot above them. So re-choosing after a
 * rejection is one scan down the ranking from s, and a pupil never withdraws a held offer; a slot
 * therefore only trades its worst holder for a better one, and a rejection is final. At the end
 * a pair (p, s) cannot block: if s rejected p, s is full of pupils it serves before p; if not,
 * s ∈ A_p and p chose C_p(A_p) without s, so p would not take s. The outcome is the pupil-optimal
 * stable assignment (no pupil is ever rejected by a slot they hold in some stable assignment),
 * and with `days` = 1 it is the classic strategy-proof deferred acceptance. Each (pupil, slot) is
 * rejected at most once: O(choices × (days + ranking length) + rejections × log capacity).
 */
import {
  summariseAssignment,
  unassignedPupils,
  type AssignmentSummary,
  type UnassignedPupil,
} from './allocation-report';
import type { CohortAssignment, CohortInstance } from './cohort-instance';
import {
  assignmentFromHeld,
  indexCohort,
  type CohortIndex,
  type HeldChoices,
} from './cohort-index';

export interface CohortAllocationReport extends AssignmentSummary {
  readonly algorithm: 'pupil-proposing deferred acceptance (Hatfield–Milgrom)';
  /** The seed the lottery was drawn from, or null when the lottery was handed in. */
  readonly seed: number | null;
  readonly proposals: number;
  readonly rejections: number;
}

export interface CohortAllocation {
  /** Every pupil with the slot ids they got, in their order of preference (maybe none). */
  readonly assignment: CohortAssignment;
  /** Every pupil who got fewer than `days` slots, with the reason; never silently dropped. */
  readonly unassigned: readonly UnassignedPupil[];
  /** Run time is not in here: the engine is pure, the caller measures it (see the CLI). */
  readonly report: CohortAllocationReport;
}

export interface DeferredAcceptanceRun {
  readonly held: HeldChoices;
  readonly proposals: number;
  readonly rejections: number;
}

export function allocateCohort(instance: CohortInstance): CohortAllocation {
  const index = indexCohort(instance);
  const run = deferredAcceptance(index);
  return {
    assignment: assignmentFromHeld(index, run.held),
    unassigned: unassignedPupils(index, run.held),
    report: {
      algorithm: 'pupil-proposing deferred acceptance (Hatfield–Milgrom)',
      seed: instance.seed ?? null,
      ...summariseAssignment(index, run.held),
      proposals: run.proposals,
      rejections: run.rejections,
    },
  };
}

/** The assignment alone, for callers that run it many times (manipulation, benchmarks). */
export function allocateCohortAssignment(instance: CohortInstance): CohortAssignment {
  const index = indexCohort(instance);
  return assignmentFromHeld(index, deferredAcceptance(index).held);
}

export function deferredAcceptance(index: CohortIndex): DeferredAcceptanceRun {
  const { days, rankStart, choiceSlot, choiceDate, choicePupil, choicePriority } = index;
  const choiceCount = choiceSlot.length;
  const held: HeldChoices = new Uint8Array(choiceCount);
  const rejected = new Uint8Array(choiceCount);
  // Pupil p's held choices: heldList[p * stride .. p * stride + heldCount[p] - 1].
  let stride = 0;
  for (let pupil = 0; pupil < index.pupilCount; pupil++) {
    stride = Math.max(stride, Math.min(days, rankStart[pupil + 1] - rankStart[pupil]));
  }
  const heldList = new Int32Array(index.pupilCount * stride);
  const heldCount = new Int32Array(index.pupilCount);
  const slots = new SlotHolders(index);
  const offers: number[] = [];
  let proposals = 0;
  let rejections = 0;

  const holdsDate = (pupil: number, date: number): boolean => {
    for (let at = pupil * stride, end = at + heldCount[pupil]; at < end; at++) {
      if (choiceDate[heldList[at]] === date) {
        return true;
      }
    }
    return false;
  };
  const hold = (pupil: number, choice: number): void => {
    held[choice] = 1;
    heldList[pupil * stride + heldCount[pupil]++] = choice;
    offers.push(choice);
    proposals++;
  };
  /** C_p(A_p) after losing `choice`: the first later choice still open on a date p lacks. */
  const reject = (choice: number): void => {
    const pupil = choicePupil[choice];
    rejected[choice] = 1;
    held[choice] = 0;
    rejections++;
    const first = pupil * stride;
    const last = first + --heldCount[pupil];
    for (let at = first; at < last; at++) {
      if (heldList[at] === choice) {
        heldList[at] = heldList[last];
        break;
      }
    }
    for (let next = choice + 1; next < rankStart[pupil + 1]; next++) {
      if (rejected[next] === 0 && held[next] === 0 && !holdsDate(pupil, choiceDate[next])) {
        hold(pupil, next);
        return;
      }
    }
  };

  // Round 0: every pupil holds C_p(all ranked slots).
  for (let pupil = 0; pupil < index.pupilCount; pupil++) {
    for (let choice = rankStart[pupil]; choice < rankStart[pupil + 1]; choice++) {
      if (heldCount[pupil] === days) {
        break;
      }
      if (!holdsDate(pupil, choiceDate[choice])) {
        hold(pupil, choice);
      }
    }
  }
  // Slots answer offers one at a time; a rejection may add one new offer.
  for (let choice = offers.pop(); choice !== undefined; choice = offers.pop()) {
    const loser = slots.offer(choiceSlot[choice], choice, choicePriority);
    if (loser >= 0) {
      reject(loser);
    }
  }
  return { held, proposals, rejections };
}

/**
 * Each slot's current pupils in a bounded max-heap on priority key (worst on top), all slots in
 * one flat array: slot s owns heap[base[s] .. base[s] + size[s] - 1].
 */
class SlotHolders {
  private readonly base: Int32Array;
  private readonly size: Int32Array;
  private readonly capacity: Int32Array;
  private readonly heap: Int32Array;

  constructor(index: CohortIndex) {
    // A slot never holds more pupils than ranked it, however large its capacity.
    const rankedBy = new Int32Array(index.slotCount);
    for (const slot of index.choiceSlot) {
      rankedBy[slot]++;
    }
    this.capacity = new Int32Array(index.slotCount);
    this.base = new Int32Array(index.slotCount + 1);
    for (let slot = 0; slot < index.slotCount; slot++) {
      this.capacity[slot] = Math.min(index.slotCapacity[slot], rankedBy[slot]);
      this.base[slot + 1] = this.base[slot] + this.capacity[slot];
    }
    this.size = new Int32Array(index.slotCount);
    this.heap = new Int32Array(this.base[index.slotCount]);
  }

  /** Offers `choice` to `slot`; returns the choice it rejects, or -1. */
  offer(slot: number, choice: number, priority: Int32Array): number {
    const { heap, base, size } = this;
    const root = base[slot];
    if (size[slot] < this.capacity[slot]) {
      // Sift up from the new leaf.
      let at = size[slot]++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (priority[heap[root + parent]] >= priority[choice]) {
          break;
        }
        heap[root + at] = heap[root + parent];
        at = parent;
      }
      heap[root + at] = choice;
      return -1;
    }
    const worst = heap[root];
    if (priority[choice] > priority[worst]) {
      return choice;
    }
    // Replace the worst and sift down.
    const count = size[slot];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) {
        break;
      }
      if (child + 1 < count && priority[heap[root + child + 1]] > priority[heap[root + child]]) {
        child++;
      }
      if (priority[heap[root + child]] <= priority[choice]) {
        break;
      }
      heap[root + at] = heap[root + child];
      at = child;
    }
    heap[root + at] = choice;
    return worst;
  }
}
