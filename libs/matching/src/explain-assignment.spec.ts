import fc from 'fast-check';
import { allocateCohort } from './allocate-cohort';
import { cohortArbitrary, SMALL } from './cohort-arbitrary.testing';
import type { CohortInstance } from './cohort-instance';
import { explainCohortAssignment } from './explain-assignment';

const D1 = '2025-03-03';
const D2 = '2025-03-04';
const slot = (id: string, date: string, capacity = 1) => ({
  id,
  employer: `e-${id}`,
  date,
  capacity,
});

describe(explainCohortAssignment.name, () => {
  it('names the rank and why higher choices were not given', () => {
    const instance: CohortInstance = {
      days: 2,
      slots: [slot('A', D1), slot('B', D1), slot('C', D2), slot('D', D2)],
      pupils: [
        { id: 'p', ranking: ['A', 'B', 'C', 'D'] },
        { id: 'q', ranking: ['C'] },
      ],
      lottery: ['q', 'p'],
    };
    const result = allocateCohort(instance);
    const [p, q] = explainCohortAssignment(instance, result.assignment, result.unassigned);

    expect(p.assigned).toEqual([
      { slot: 'A', rank: 1, text: 'Ditt 1. valg', textEn: 'Your choice no. 1' },
      {
        slot: 'D',
        rank: 4,
        text: 'Ditt 4. valg: 1 høyere valg var fullt med elever foran deg i køen (loddtrekning), og 1 høyere valg var samme dag som en plass du rangerte enda høyere',
        textEn:
          'Your choice no. 4: 1 higher choice was full with pupils ahead of you in the queue (lottery), and 1 higher choice was on the same day as a place you ranked even higher',
      },
    ]);
    expect(p.shortfall).toBeNull();
    expect(q.assigned.map((reason) => reason.slot)).toEqual(['C']);
    expect(q.shortfall?.text).toBe(
      'Du fikk 1 av 2 dager. Valgene lå på færre enn 2 ulike datoer.',
    );
  });

  it('gives every assigned slot exactly one reason and every short pupil a shortfall', () => {
    fc.assert(
      fc.property(cohortArbitrary(SMALL), (instance) => {
        const result = allocateCohort(instance);
        const explained = explainCohortAssignment(instance, result.assignment, result.unassigned);
        const short = new Set(result.unassigned.map((entry) => entry.pupil));
        for (const entry of explained) {
          expect(entry.assigned.map((reason) => reason.slot)).toEqual(
            result.assignment[entry.pupil] ?? [],
          );
          expect(entry.shortfall !== null).toBe(short.has(entry.pupil));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
