import fc from 'fast-check';
import { compareRanked, TopK } from './top-k';

describe(TopK.name, () => {
  it('keeps the k best, best first, ties by id', () => {
    const sut = new TopK(2);
    for (const item of [
      { id: 'c', score: 0.5 },
      { id: 'a', score: 0.9 },
      { id: 'b', score: 0.5 },
      { id: 'd', score: 0.1 },
    ]) {
      sut.push(item);
    }
    expect(sut.sorted().map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('keeps nothing with capacity 0', () => {
    const sut = new TopK(0);
    sut.push({ id: 'a', score: 1 });
    expect(sut.size).toBe(0);
    expect(sut.admits(1, 'a')).toBe(false);
  });

  it('equals a full sort cut to k, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.string({ maxLength: 3 }), score: fc.constantFrom(0, 0.25, 0.5, 1) }),
          { selector: (item) => item.id, maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 12 }),
        (items, k) => {
          const sut = new TopK(k);
          items.forEach((item) => {
            sut.push(item);
          });
          expect(sut.sorted()).toEqual([...items].sort(compareRanked).slice(0, k));
        },
      ),
    );
  });
});
