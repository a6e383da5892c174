import fc from 'fast-check';
import { cohortArbitrary, SMALL, TINY } from './cohort-arbitrary.testing';
import type { CohortAssignment, CohortInstance } from './cohort-instance';
import { minCostAssignment } from './min-cost-assignment';
import { feasibleAssignments } from './pupil-optimal-brute-force';

/** Seats given, then total rank (1 for a first choice): what the baseline optimises. */
function welfare(instance: CohortInstance, assignment: CohortAssignment): [number, number] {
  let seats = 0;
  let rankSum = 0;
  for (const pupil of instance.pupils) {
    for (const slotId of assignment[pupil.id]) {
      seats++;
      rankSum += pupil.ranking.indexOf(slotId) + 1;
    }
  }
  return [seats, rankSum];
}

describe(minCostAssignment.name, () => {
  const sut = minCostAssignment;

  it('gives up a first choice when that seats everyone', () => {
    const instance: CohortInstance = {
      days: 1,
      slots: [
        { id: 'A', employer: 'x', date: '2025-03-03', capacity: 1 },
        { id: 'B', employer: 'y', date: '2025-03-03', capacity: 1 },
      ],
      pupils: [
        { id: 'p', ranking: ['A', 'B'] },
        { id: 'q', ranking: ['A'] },
      ],
      lottery: ['p', 'q'],
    };
    expect(sut(instance)).toEqual({ p: ['B'], q: ['A'] });
  });

  it('seats as many as any feasible assignment, then has the least total rank (brute force)', () => {
    fc.assert(
      fc.property(cohortArbitrary(TINY), (instance) => {
        const [seats, rankSum] = welfare(instance, sut(instance));
        const best = feasibleAssignments(instance)
          .map((assignment) => welfare(instance, assignment))
          .reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] < a[1]) ? b : a));
        expect([seats, rankSum]).toEqual(best);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('respects capacities, rankings and one slot per date', () => {
    fc.assert(
      fc.property(cohortArbitrary(SMALL), (instance) => {
        const assignment = sut(instance);
        const slots = new Map(instance.slots.map((slot) => [slot.id, slot]));
        const occupied = new Map<string, number>();
        for (const pupil of instance.pupils) {
          const held = assignment[pupil.id];
          expect(held.length).toBeLessThanOrEqual(instance.days);
          expect(new Set(held.map((id) => slots.get(id)?.date)).size).toBe(held.length);
          held.forEach((id) => occupied.set(id, (occupied.get(id) ?? 0) + 1));
        }
        for (const [id, count] of occupied) {
          expect(count).toBeLessThanOrEqual(slots.get(id)?.capacity ?? 0);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
