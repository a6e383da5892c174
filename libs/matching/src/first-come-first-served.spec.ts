import { firstComeFirstServed } from './first-come-first-served';
import type { CohortInstance } from './cohort-instance';

describe(firstComeFirstServed.name, () => {
  const sut = firstComeFirstServed;
  const instance: CohortInstance = {
    days: 2,
    slots: [
      { id: 'A', employer: 'x', date: '2025-03-03', capacity: 1 },
      { id: 'B', employer: 'y', date: '2025-03-03', capacity: 2 },
      { id: 'C', employer: 'z', date: '2025-03-04', capacity: 1 },
    ],
    pupils: [
      { id: 'p', ranking: ['A', 'B', 'C'] },
      { id: 'q', ranking: ['A', 'C', 'B'] },
      { id: 'r', ranking: ['C'] },
    ],
    lottery: ['p', 'q', 'r'],
  };

  it('lets each arriving pupil book their best free slots, one per date', () => {
    expect(sut(instance, ['q', 'p', 'r'])).toEqual({ p: ['B'], q: ['A', 'C'], r: [] });
    expect(sut(instance, ['r', 'p', 'q'])).toEqual({ p: ['A'], q: ['B'], r: ['C'] });
  });

  it('rejects an arrival order that names a pupil twice or an unknown one', () => {
    expect(() => sut(instance, ['p', 'p'])).toThrow('arrivalOrder[1]: pupil "p" arrives twice');
    expect(() => sut(instance, ['x'])).toThrow('arrivalOrder[0]: unknown pupil "x"');
  });
});
