import { allocateCohort } from './allocate-cohort';
import { lotteryFromSeed, parseCohortInstance } from './cohort-instance';

function valid() {
  return {
    days: 2,
    slots: [
      { id: 'A', employer: 'Bakeriet', date: '2025-03-03', capacity: 2 },
      { id: 'B', employer: 'Sykehuset', date: '2025-03-04', capacity: 1, trade: 'helse' },
    ],
    pupils: [
      { id: 'p1', ranking: ['A', 'B'] },
      { id: 'p2', ranking: ['B'] },
    ],
    lottery: ['p2', 'p1'],
  };
}

describe(parseCohortInstance.name, () => {
  const sut = parseCohortInstance;

  it('reads a valid instance and ignores unknown fields', () => {
    const result = sut({
      ...valid(),
      comment: 'spring cohort',
      pupils: [
        { id: 'p1', ranking: ['A', 'B'], school: 'Vågsbygd' },
        { id: 'p2', ranking: ['B'] },
      ],
    });
    expect(result).toEqual(valid());
  });

  it('defaults to two days', () => {
    expect(sut({ ...valid(), days: undefined }).days).toBe(2);
  });

  it('draws the lottery from a recorded integer seed, the same every time', () => {
    const raw = { ...valid(), lottery: undefined };
    const first = sut({ ...raw, seed: 7 });
    expect(first.lottery).toEqual(lotteryFromSeed(['p1', 'p2'], 7));
    expect(first.seed).toBe(7);
    expect(sut({ ...raw, seed: 7 })).toEqual(first);
    expect(sut(raw, { seed: 7 })).toEqual(first);
  });

  it.each([
    [
      'a ranking with a duplicate',
      { pupils: [{ id: 'p1', ranking: ['A', 'A'] }] },
      'pupils[0] "p1".ranking[1]: slot "A" is ranked twice',
    ],
    [
      'an unknown slot id',
      { pupils: [{ id: 'p1', ranking: ['A', 'Z'] }] },
      'pupils[0] "p1".ranking[1]: unknown slot "Z"',
    ],
    [
      'a zero capacity',
      { slots: [{ id: 'A', employer: 'Bakeriet', date: '2025-03-03', capacity: 0 }] },
      'slots[0] "A".capacity: must be a positive integer, got 0',
    ],
    [
      'a fractional capacity',
      { slots: [{ id: 'A', employer: 'Bakeriet', date: '2025-03-03', capacity: 1.5 }] },
      'slots[0] "A".capacity: must be a positive integer, got 1.5',
    ],
    [
      'a duplicate slot id',
      {
        slots: [
          { id: 'A', employer: 'x', date: '2025-03-03', capacity: 1 },
          { id: 'A', employer: 'y', date: '2025-03-04', capacity: 1 },
        ],
      },
      'slots[1] "A": duplicate slot id',
    ],
    [
      'a bad date',
      { slots: [{ id: 'A', employer: 'x', date: '3. mars', capacity: 1 }] },
      'slots[0] "A".date: must be a date YYYY-MM-DD, got "3. mars"',
    ],
    [
      'a missing employer',
      { slots: [{ id: 'A', date: '2025-03-03', capacity: 1 }] },
      'slots[0] "A".employer: must be a non-empty string, got nothing',
    ],
    [
      'a duplicate pupil',
      {
        pupils: [
          { id: 'p1', ranking: [] },
          { id: 'p1', ranking: [] },
        ],
      },
      'pupils[1] "p1": duplicate pupil id',
    ],
    [
      'a ranking that is not a list',
      { pupils: [{ id: 'p1', ranking: 'A' }] },
      'pupils[0] "p1".ranking: must be an array, got "A"',
    ],
    [
      'a pupil missing from the lottery',
      { lottery: ['p2'] },
      'pupils[0] "p1": missing from the lottery',
    ],
    [
      'a pupil drawn twice',
      { lottery: ['p2', 'p1', 'p2'] },
      'lottery[2]: pupil "p2" is drawn twice',
    ],
    [
      'an unknown pupil in the lottery',
      { lottery: ['p2', 'p1', 'p9'] },
      'lottery[2]: unknown pupil "p9"',
    ],
    ['an unknown slot in priority', { priority: { Z: ['p1'] } }, 'priority["Z"]: unknown slot "Z"'],
    [
      'an unknown pupil in priority',
      { priority: { A: ['p9'] } },
      'priority["A"][0]: unknown pupil "p9"',
    ],
    ['zero days', { days: 0 }, 'days: must be a positive integer, got 0'],
    [
      'both a lottery and a seed',
      { seed: 3 },
      'seed: give either a lottery or a seed to draw one, not both',
    ],
    [
      'neither a lottery nor a seed',
      { lottery: undefined },
      'lottery: missing: give a lottery or an integer seed',
    ],
    [
      'a seed that is not an integer',
      { lottery: undefined, seed: 1.5 },
      'seed: must be an integer from 0 to 4294967295, got 1.5',
    ],
    [
      'a seed that is a string',
      { lottery: undefined, seed: '42' },
      'seed: must be an integer from 0 to 4294967295, got "42"',
    ],
  ])('rejects %s, naming the entry', (_case, change, message) => {
    expect(() => sut({ ...valid(), ...change })).toThrow(message);
  });

  it('rejects more choices than allowed (20 by default, configurable)', () => {
    const slots = Array.from({ length: 21 }, (_, index) => ({
      id: `s${index}`,
      employer: 'x',
      date: '2025-03-03',
      capacity: 1,
    }));
    const raw = { slots, pupils: [{ id: 'p1', ranking: slots.map((slot) => slot.id) }], seed: 1 };
    expect(() => sut(raw)).toThrow('pupils[0] "p1".ranking: 21 choices, more than the 20 allowed');
    expect(sut(raw, { maxChoices: 21 }).pupils[0].ranking).toHaveLength(21);
    expect(() =>
      sut({ ...raw, pupils: [{ id: 'p1', ranking: ['s0', 's1', 's2'] }] }, { maxChoices: 2 }),
    ).toThrow('3 choices, more than the 2 allowed');
  });

  it('rejects a non-integer seed option', () => {
    const raw = { ...valid(), lottery: undefined };
    expect(() => sut(raw, { seed: Number.NaN })).toThrow('seed: must be an integer');
  });

  it('gives typed callers of the allocation the same errors', () => {
    const instance = sut(valid());
    expect(() =>
      allocateCohort({
        ...instance,
        pupils: [
          { id: 'p1', ranking: ['A', 'Z'] },
          { id: 'p2', ranking: [] },
        ],
      }),
    ).toThrow('pupils[0] "p1".ranking[1]: unknown slot "Z"');
    expect(() =>
      allocateCohort({
        ...instance,
        slots: [{ id: 'A', employer: 'x', date: '2025-03-03', capacity: 0 }],
      }),
    ).toThrow('slots[0] "A".capacity: must be a positive integer, got 0');
  });
});
