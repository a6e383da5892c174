import { deterministicUuid, hashToSeed, SeededRandom } from './seeded-random';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe(SeededRandom.name, () => {
  it('repeats the same stream for the same seed', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const first = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(first);
    expect(new SeededRandom(43).nextUint32()).not.toBe(first[0]);
  });

  it('matches the reference mulberry32 output (bryc/code, seed 1)', () => {
    const sut = new SeededRandom(1);
    expect([sut.nextUint32(), sut.nextUint32(), sut.nextUint32()]).toEqual([
      2693262067, 11749833, 2265367787,
    ]);
  });

  it('gives floats in [0, 1) that are roughly uniform', () => {
    const sut = new SeededRandom(7);
    const buckets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (let index = 0; index < 10_000; index++) {
      const value = sut.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    }
    for (const count of buckets) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });

  it('gives integers within both bounds and reaches both', () => {
    const sut = new SeededRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => sut.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => sut.int(2, 1)).toThrow(RangeError);
    expect(() => sut.int(0.5, 1)).toThrow(RangeError);
  });

  it('picks only from the list and refuses an empty one', () => {
    const sut = new SeededRandom(5);
    const items = ['a', 'b', 'c'] as const;
    for (let index = 0; index < 50; index++) {
      expect(items).toContain(sut.pick(items));
    }
    expect(() => sut.pick([])).toThrow(RangeError);
  });

  it('picks by weight and never picks weight zero', () => {
    const sut = new SeededRandom(9);
    const picks = Array.from({ length: 2000 }, () =>
      sut.weightedPick(
        ['never', 'rare', 'often'],
        (item) => ({ never: 0, rare: 1, often: 9 })[item] ?? 0,
      ),
    );
    expect(picks).not.toContain('never');
    const often = picks.filter((item) => item === 'often').length;
    expect(often).toBeGreaterThan(1700);
    expect(often).toBeLessThan(1900);
  });

  it('shuffles into a permutation without touching the input', () => {
    const sut = new SeededRandom(11);
    const input = Array.from({ length: 30 }, (_, index) => index);
    const shuffled = sut.shuffle(input);
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(input[0]).toBe(0);
  });

  it('samples distinct items', () => {
    const sut = new SeededRandom(13);
    const sample = sut.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(sut.sample(['a'], 3)).toEqual(['a']);
    expect(sut.sample(['a'], -1)).toEqual([]);
  });

  it('makes version-4-shaped UUIDs', () => {
    const sut = new SeededRandom(17);
    for (let index = 0; index < 100; index++) {
      expect(sut.uuid()).toMatch(UUID_V4);
    }
  });
});

describe(deterministicUuid.name, () => {
  it('is fixed for a seed, kind and index', () => {
    expect(deterministicUuid(2026, 'employer', 0)).toBe(deterministicUuid(2026, 'employer', 0));
    expect(deterministicUuid(2026, 'employer', 0)).toMatch(UUID_V4);
  });

  it('differs between seeds, kinds and indexes', () => {
    const ids = new Set<string>();
    for (const seed of [1, 2]) {
      for (const kind of ['employer', 'opportunity']) {
        for (let index = 0; index < 2000; index++) {
          ids.add(deterministicUuid(seed, kind, index));
        }
      }
    }
    expect(ids.size).toBe(8000);
  });
});

describe(hashToSeed.name, () => {
  it('is a stable unsigned 32-bit number that depends on every part', () => {
    const sut = hashToSeed('employer', 1);
    expect(sut).toBe(hashToSeed('employer', 1));
    expect(Number.isInteger(sut) && sut >= 0 && sut < 2 ** 32).toBe(true);
    expect(hashToSeed('employer', 2)).not.toBe(sut);
    expect(hashToSeed('employe', 'r1')).not.toBe(hashToSeed('employer', 1));
  });
});
