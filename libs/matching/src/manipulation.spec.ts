import { allocateCohort } from './allocate-cohort';
import type { CohortInstance } from './cohort-instance';
import { measureManipulation } from './manipulation';
import { dominates } from './pupil-choice';

const DATES = ['2025-03-03', '2025-03-04', '2025-03-05'];

/**
 * Roth's (1985) point in this model: with two days p0 gains by leaving s3 out. Truthful, p0 ends
 * on s3 + s0 (3rd and 4th choice): p0 on s3 pushes p2 to s1, which pushes p0 off s1. Without s3,
 * p2 keeps s3 and p0 keeps s1, ending on s1 + s0 (1st and 4th choice).
 */
const roth: CohortInstance = {
  days: 2,
  slots: [
    { id: 's0', employer: 'e0', date: DATES[0], capacity: 1 },
    { id: 's1', employer: 'e1', date: DATES[1], capacity: 1 },
    { id: 's2', employer: 'e2', date: DATES[0], capacity: 1 },
    { id: 's3', employer: 'e3', date: DATES[2], capacity: 1 },
  ],
  pupils: [
    { id: 'p0', ranking: ['s1', 's2', 's3', 's0'] },
    { id: 'p1', ranking: ['s0', 's2', 's3'] },
    { id: 'p2', ranking: ['s3', 's2', 's1', 's0'] },
  ],
  lottery: ['p0', 'p1', 'p2'],
  priority: {
    s0: ['p0', 'p2', 'p1'],
    s1: ['p1', 'p2', 'p0'],
    s2: ['p2', 'p1', 'p0'],
    s3: ['p0', 'p2', 'p1'],
  },
};

describe(measureManipulation.name, () => {
  const sut = measureManipulation;

  it('confirms the hand-made two-day manipulation', () => {
    const truthful = allocateCohort(roth).assignment;
    const lying = allocateCohort({
      ...roth,
      pupils: roth.pupils.map((pupil) =>
        pupil.id === 'p0' ? { id: 'p0', ranking: ['s1', 's2', 's0'] } : pupil,
      ),
    }).assignment;
    expect(truthful).toEqual({ p0: ['s3', 's0'], p1: [], p2: ['s2', 's1'] });
    expect(lying).toEqual({ p0: ['s1', 's0'], p1: [], p2: ['s3', 's2'] });
    const preferences = {
      ranking: roth.pupils[0].ranking,
      days: 2,
      dateOf: (id: string) => roth.slots.find((slot) => slot.id === id)?.date ?? '',
    };
    expect(dominates(preferences, lying.p0, truthful.p0)).toBe(true);
  });

  it('finds it by sampling, and reports it', () => {
    const result = sut(roth, { trials: 200, seed: 1 });
    expect(result.trials).toBe(200);
    expect(result.profitable).toBeGreaterThan(0);
    expect(result.examples[0]).toMatchObject({ pupil: 'p0', misreportResult: ['s1', 's0'] });
  });

  it('finds nothing with one day per pupil', () => {
    const oneDay = { ...roth, days: 1 };
    expect(sut(oneDay, { trials: 300, seed: 2 }).profitable).toBe(0);
  });
});
