import fc from 'fast-check';
import { findBlockingPairs } from './blocking-pairs';
import { cohortArbitrary, SMALL } from './cohort-arbitrary.testing';
import type { CohortInstance } from './cohort-instance';
import { firstComeFirstServed } from './first-come-first-served';
import { blockingPairsBruteForce } from './pupil-optimal-brute-force';
import { SeededRandom } from './seeded-random';

describe(findBlockingPairs.name, () => {
  const sut = findBlockingPairs;

  it('finds the pair a first-come-first-served booking leaves against the lottery', () => {
    const instance: CohortInstance = {
      days: 1,
      slots: [
        { id: 'A', employer: 'x', date: '2025-03-03', capacity: 1 },
        { id: 'B', employer: 'y', date: '2025-03-03', capacity: 1 },
      ],
      pupils: [
        { id: 'early', ranking: ['A', 'B'] },
        { id: 'lucky', ranking: ['A', 'B'] },
      ],
      lottery: ['lucky', 'early'],
    };
    const booked = firstComeFirstServed(instance, ['early', 'lucky']);
    expect(booked).toEqual({ early: ['A'], lucky: ['B'] });
    expect(sut(instance, booked)).toEqual([{ pupil: 'lucky', slot: 'A' }]);
  });

  it('counts a free seat on a date the pupil holds with a lower-ranked slot', () => {
    const instance: CohortInstance = {
      days: 2,
      slots: [
        { id: 'A', employer: 'x', date: '2025-03-03', capacity: 1 },
        { id: 'B', employer: 'y', date: '2025-03-03', capacity: 1 },
        { id: 'C', employer: 'z', date: '2025-03-04', capacity: 1 },
      ],
      pupils: [{ id: 'p', ranking: ['A', 'C', 'B'] }],
      lottery: ['p'],
    };
    expect(sut(instance, { p: ['B', 'C'] })).toEqual([{ pupil: 'p', slot: 'A' }]);
    expect(sut(instance, { p: ['A'] })).toEqual([{ pupil: 'p', slot: 'C' }]);
    expect(sut(instance, { p: ['A', 'C'] })).toEqual([]);
  });

  it('agrees with the brute-force transcription of the definition on any feasible assignment', () => {
    const withArrival = cohortArbitrary(SMALL).chain((instance) =>
      fc.nat().map((seed) => ({ instance, seed })),
    );
    fc.assert(
      fc.property(withArrival, ({ instance, seed }) => {
        const arrival = new SeededRandom(seed).shuffle(instance.pupils.map((pupil) => pupil.id));
        const booked = firstComeFirstServed(instance, arrival);
        const expected = blockingPairsBruteForce(instance, booked).map(([pupil, slot]) => ({
          pupil,
          slot,
        }));
        expect(sut(instance, booked)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
