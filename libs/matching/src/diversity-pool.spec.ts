import { DiversityPool, type Poolable } from './diversity-pool';
import type { DiversityConfig } from './match-weights';

const CONFIG: DiversityConfig = {
  window: 2,
  maxPerTrade: 1,
  maxPerEmployer: 1,
  minOutsideInterests: 0,
};

function item(id: string, score: number, tradeCode = 't1', employerId = id): Poolable {
  return { id, score, tradeCode, employerId, outsideInterests: false };
}

function offer(sut: DiversityPool<Poolable>, entry: Poolable): void {
  if (sut.wants(entry.score, entry.id, entry.tradeCode, entry.employerId, entry.outsideInterests)) {
    sut.add(entry);
  }
}

describe(DiversityPool.name, () => {
  it('keeps the best of each trade, at most one per employer here, beyond the overall best', () => {
    const sut = new DiversityPool<Poolable>(1, CONFIG);
    for (let index = 0; index < 10; index++) {
      offer(sut, item(`big-${index}`, 0.9 - index / 100, 't1', 'big'));
    }
    for (let index = 0; index < 5; index++) {
      offer(sut, item(`small-${index}`, 0.5 - index / 100, 't1'));
    }
    const ids = sut.sorted().map((entry) => entry.id);
    // best L + W = 3 overall; the t1 list: W + p = 3 items, one of them from "big".
    expect(ids).toEqual(['big-0', 'big-1', 'big-2', 'small-0', 'small-1']);
  });

  it('tells the floor below which nothing of a trade is kept', () => {
    const sut = new DiversityPool<Poolable>(1, CONFIG);
    expect(sut.floor('t1', false)).toBe(Number.NEGATIVE_INFINITY);
    for (let index = 0; index < 6; index++) {
      offer(sut, item(`a-${index}`, index / 10, 't1'));
    }
    expect(sut.floor('t1', false)).toBe(0.3);
    expect(sut.floor('t2', false)).toBe(Number.NEGATIVE_INFINITY);
    expect(sut.wants(0.2, 'z', 't1', 'new', false)).toBe(false);
  });

  it('keeps nothing for an empty page', () => {
    const sut = new DiversityPool<Poolable>(0, CONFIG);
    offer(sut, item('a', 1));
    expect(sut.sorted()).toEqual([]);
  });
});
