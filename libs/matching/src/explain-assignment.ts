/**
 * Why each pupil got what they got in a cohort allocation, in plain Norwegian (and English), for
 * the counsellor's preview and the pupil's page (DESIGN.md §5, job 3).
 *
 * For an assignment without blocking pairs the reasons are exact: a slot a pupil ranked above one
 * they got, and did not get, either falls on a date the pupil already holds through a slot they
 * rank higher still, or is full of pupils it serves first (its priority list, then the lottery);
 * otherwise (pupil, slot) would be a blocking pair.
 */
import type { UnassignedPupil } from './allocation-report';
import type { CohortAssignment, CohortInstance } from './cohort-instance';

export interface AssignedSlotReason {
  readonly slot: string;
  /** 1 for the pupil's first choice. */
  readonly rank: number;
  readonly text: string;
  readonly textEn: string;
}

export interface PupilAllocationExplanation {
  readonly pupil: string;
  /** One per slot the pupil got, in the pupil's order of preference. */
  readonly assigned: readonly AssignedSlotReason[];
  /** Set when the pupil got fewer than `days` slots: why, for the pupil and the counsellor. */
  readonly shortfall: { readonly text: string; readonly textEn: string } | null;
}

const countWord = (count: number, one: string, many: string): string =>
  `${String(count)} ${count === 1 ? one : many}`;

/** Reasons for every pupil of the instance, in the instance's pupil order. */
export function explainCohortAssignment(
  instance: CohortInstance,
  assignment: CohortAssignment,
  unassigned: readonly UnassignedPupil[],
): PupilAllocationExplanation[] {
  const dateOf = new Map(instance.slots.map((slot) => [slot.id, slot.date]));
  const short = new Map(unassigned.map((entry) => [entry.pupil, entry]));
  return instance.pupils.map((pupil) => {
    const held = new Set(assignment[pupil.id] ?? []);
    const heldDates = new Set<string>();
    const reasons: AssignedSlotReason[] = [];
    let full = 0;
    let clash = 0;
    for (const [index, slotId] of pupil.ranking.entries()) {
      const date = dateOf.get(slotId) ?? '';
      if (held.has(slotId)) {
        reasons.push({ slot: slotId, rank: index + 1, ...assignedText(index + 1, full, clash) });
        heldDates.add(date);
      } else if (heldDates.has(date)) {
        clash++;
      } else {
        full++;
      }
    }
    const missing = short.get(pupil.id);
    return {
      pupil: pupil.id,
      assigned: reasons,
      shortfall: missing ? shortfallText(missing, instance.days) : null,
    };
  });
}

function assignedText(rank: number, full: number, clash: number): { text: string; textEn: string } {
  const parts: string[] = [];
  const partsEn: string[] = [];
  if (full > 0) {
    parts.push(
      `${countWord(full, 'høyere valg var fullt', 'høyere valg var fulle')} med elever foran deg i køen (loddtrekning)`,
    );
    partsEn.push(
      `${countWord(full, 'higher choice was', 'higher choices were')} full with pupils ahead of you in the queue (lottery)`,
    );
  }
  if (clash > 0) {
    parts.push(
      `${countWord(clash, 'høyere valg var', 'høyere valg var')} samme dag som en plass du rangerte enda høyere`,
    );
    partsEn.push(
      `${countWord(clash, 'higher choice was', 'higher choices were')} on the same day as a place you ranked even higher`,
    );
  }
  const head = `Ditt ${String(rank)}. valg`;
  const headEn = `Your choice no. ${String(rank)}`;
  return {
    text: parts.length === 0 ? head : `${head}: ${parts.join(', og ')}`,
    textEn: partsEn.length === 0 ? headEn : `${headEn}: ${partsEn.join(', and ')}`,
  };
}

function shortfallText(entry: UnassignedPupil, days: number): { text: string; textEn: string } {
  const got = `Du fikk ${String(entry.assigned)} av ${String(days)} dager.`;
  const gotEn = `You got ${String(entry.assigned)} of ${String(days)} days.`;
  switch (entry.code) {
    case 'ranked-nothing':
      return {
        text: 'Ingen valg var rangert, så det var ingen plass å gi.',
        textEn: 'No choices were ranked, so there was no place to give.',
      };
    case 'too-few-distinct-dates':
      return {
        text: `${got} Valgene lå på færre enn ${String(days)} ulike datoer.`,
        textEn: `${gotEn} The choices fell on fewer than ${String(days)} different dates.`,
      };
    case 'ranked-slots-full':
      return {
        text: `${got} Alle valgte plasser på datoene som manglet, var fulle med elever foran i køen.`,
        textEn: `${gotEn} Every chosen place on the dates still missing was full with pupils ahead in the queue.`,
      };
  }
}
