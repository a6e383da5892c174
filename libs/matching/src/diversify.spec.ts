import fc from 'fast-check';
import { diversify, type Diversifiable } from './diversify';
import type { DiversityConfig } from './match-weights';

interface Item extends Diversifiable {
  id: string;
}

const CONFIG: DiversityConfig = {
  window: 10,
  maxPerTrade: 3,
  maxPerEmployer: 2,
  minOutsideInterests: 2,
};

function item(id: string, tradeCode: string, employerId = id, outsideInterests = false): Item {
  return { id, tradeCode, employerId, outsideInterests };
}

const itemArbitrary = fc.record({
  tradeCode: fc.constantFrom('t1', 't2', 't3'),
  employerId: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
  outsideInterests: fc.boolean(),
});

describe(diversify.name, () => {
  const sut = diversify;

  it('lets at most three places of one trade into the first page while others are left', () => {
    const ranked = [
      ...Array.from({ length: 8 }, (_, index) => item(`e${index}`, 'elektriker')),
      item('t1', 'tomrer'),
      item('k1', 'kokk'),
    ];
    const { items } = sut(ranked, { ...CONFIG, window: 5, minOutsideInterests: 0 });
    expect(items.slice(0, 5).map((entry) => entry.id)).toEqual(['e0', 'e1', 'e2', 't1', 'k1']);
  });

  it('keeps room for places outside the interests and marks them as promoted', () => {
    const ranked = [
      ...Array.from({ length: 12 }, (_, index) => item(`i${index}`, `trade${index}`)),
      item('x1', 'kokk', 'x1', true),
      item('x2', 'baker', 'x2', true),
    ];
    const { items, promoted } = sut(ranked, CONFIG);
    const page = items.slice(0, 10).map((entry) => entry.id);
    expect(page.slice(0, 8)).toEqual(['i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7']);
    expect(page.slice(8)).toEqual(['x1', 'x2']);
    expect([...promoted].map((entry) => entry.id)).toEqual(['x1', 'x2']);
  });

  it('only reorders, keeps the best item on top, and promotes only over better items', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 30 }),
        fc.record({
          window: fc.integer({ min: 0, max: 12 }),
          maxPerTrade: fc.integer({ min: 0, max: 4 }),
          maxPerEmployer: fc.integer({ min: 0, max: 4 }),
          minOutsideInterests: fc.integer({ min: 0, max: 12 }),
        }),
        (rows, config) => {
          const ranked = rows.map((row, index) => ({ ...row, id: `r${index}` }));
          const { items, promoted } = sut(ranked, config);
          expect([...items].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...ranked].sort((a, b) => a.id.localeCompare(b.id)),
          );
          expect(items[0]).toBe(ranked[0]);
          expect(items.slice(config.window)).toEqual(
            ranked.filter((entry) => !items.slice(0, config.window).includes(entry)),
          );
          for (const entry of promoted) {
            const jumped = ranked
              .slice(0, ranked.indexOf(entry))
              .filter((better) => items.indexOf(better) > items.indexOf(entry));
            expect(jumped.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
