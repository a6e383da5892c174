/** Test helper: random small cohorts for the property tests (fast-check). */
import fc from 'fast-check';
import { lotteryFromSeed, type CohortInstance } from './cohort-instance';

export interface CohortLimits {
  readonly days: readonly number[];
  readonly minPupils: number;
  readonly maxPupils: number;
  readonly minSlots: number;
  readonly maxSlots: number;
  readonly maxDates: number;
  readonly maxEmployers: number;
  readonly maxCapacity: number;
  readonly minRanking: number;
  readonly maxRanking: number;
  /** Priority lists: none, on some slots (partial lists), or a full list on every slot. */
  readonly priority: 'none' | 'some' | 'all';
}

export const SMALL: CohortLimits = {
  days: [1, 2, 2, 3],
  minPupils: 1,
  maxPupils: 10,
  minSlots: 1,
  maxSlots: 8,
  maxDates: 4,
  maxEmployers: 4,
  maxCapacity: 3,
  minRanking: 0,
  maxRanking: 6,
  priority: 'some',
};

/**
 * Small enough for brute force to enumerate every assignment (a few hundred at most). Full priority
 * lists on every slot and rankings of 2+ slots: under one common lottery order the stable
 * assignment is nearly always unique, and pupil-optimality would be tested on trivial cases.
 */
export const TINY: CohortLimits = {
  days: [1, 2, 2],
  minPupils: 3,
  maxPupils: 4,
  minSlots: 3,
  maxSlots: 4,
  maxDates: 2,
  maxEmployers: 2,
  maxCapacity: 2,
  minRanking: 2,
  maxRanking: 4,
  priority: 'all',
};

/** Like {@link TINY} with one seat per slot and long rankings: many instances with several stable assignments. */
export const CONTESTED: CohortLimits = { ...TINY, maxCapacity: 1, minRanking: 3 };

export function cohortArbitrary(limits: CohortLimits): fc.Arbitrary<CohortInstance> {
  return fc
    .record({
      days: fc.constantFrom(...limits.days),
      slotCount: fc.integer({ min: limits.minSlots, max: limits.maxSlots }),
      pupilCount: fc.integer({ min: limits.minPupils, max: limits.maxPupils }),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    })
    .chain(({ days, slotCount, pupilCount, seed }) => {
      const slotIds = Array.from({ length: slotCount }, (_, index) => `s${index}`);
      const pupilIds = Array.from({ length: pupilCount }, (_, index) => `p${index}`);
      const slot = (id: string) =>
        fc.record({
          id: fc.constant(id),
          employer: fc.integer({ min: 1, max: limits.maxEmployers }).map((e) => `e${e}`),
          date: fc.integer({ min: 1, max: limits.maxDates }).map((day) => `2025-03-0${day}`),
          capacity: fc.integer({ min: 1, max: limits.maxCapacity }),
          trade: fc.constantFrom('helse', 'bygg', 'it'),
        });
      const priorityList = {
        none: fc.constant(undefined),
        some: fc.option(fc.shuffledSubarray(pupilIds), { nil: undefined, freq: 3 }),
        all: fc.shuffledSubarray(pupilIds, { minLength: pupilCount }),
      }[limits.priority];
      return fc
        .record({
          slots: fc.tuple(...slotIds.map(slot)),
          rankings: fc.tuple(
            ...pupilIds.map(() =>
              fc.shuffledSubarray(slotIds, {
                minLength: Math.min(limits.minRanking, slotCount),
                maxLength: Math.min(limits.maxRanking, slotCount),
              }),
            ),
          ),
          priorities: fc.tuple(...slotIds.map(() => priorityList)),
        })
        .map(({ slots, rankings, priorities }): CohortInstance => {
          const priority = Object.fromEntries(
            slotIds.flatMap((id, index) => {
              const list = priorities[index];
              return list === undefined ? [] : [[id, list] as const];
            }),
          );
          return {
            days,
            slots,
            pupils: pupilIds.map((id, index) => ({ id, ranking: rankings[index] })),
            lottery: lotteryFromSeed(pupilIds, seed),
            seed,
            ...(Object.keys(priority).length > 0 ? { priority } : {}),
          };
        });
    });
}
