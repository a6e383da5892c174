import fc from 'fast-check';
import { toMeilisearchSynonyms, TRADE_SYNONYM_GROUPS } from './trade-synonyms';

describe('TRADE_SYNONYM_GROUPS', () => {
  it('has at least 50 groups of two or more lower-case words', () => {
    expect(TRADE_SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(50);
    for (const group of TRADE_SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const word of group) {
        expect(word).toBe(word.trim().toLowerCase());
      }
    }
  });

  it.each([
    ['snekker', 'tømrer'],
    ['frisør', 'hårfrisør'],
    ['elektriker', 'elektro'],
    ['kokk', 'kjøkken'],
    ['rørlegger', 'vvs'],
    ['mekaniker', 'bilmekaniker'],
    ['barnehage', 'barne- og ungdomsarbeider'],
    ['data', 'it'],
    ['butikk', 'salg'],
  ])('makes %s and %s synonyms', (a, b) => {
    const sut = toMeilisearchSynonyms(TRADE_SYNONYM_GROUPS);
    expect(sut[a]).toContain(b);
    expect(sut[b]).toContain(a);
  });
});

describe(toMeilisearchSynonyms.name, () => {
  it('maps every word to the others in its group', () => {
    expect(toMeilisearchSynonyms([['a', 'b', 'c']])).toEqual({
      a: ['b', 'c'],
      b: ['a', 'c'],
      c: ['a', 'b'],
    });
  });

  it('merges the groups a word is in, normalises and drops lonely words', () => {
    expect(
      toMeilisearchSynonyms([
        ['Snekker', 'tømrer'],
        [' snekker', 'møbelsnekker'],
        ['alene', 'ALENE'],
      ]),
    ).toEqual({
      snekker: ['tømrer', 'møbelsnekker'],
      tømrer: ['snekker'],
      møbelsnekker: ['snekker'],
    });
  });

  it('is symmetric and never maps a word to itself', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', ' A', 'B ');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 5 }), { maxLength: 8 }), (groups) => {
        const sut = toMeilisearchSynonyms(groups);
        for (const [key, others] of Object.entries(sut)) {
          expect(others).not.toContain(key);
          expect(new Set(others).size).toBe(others.length);
          for (const other of others) {
            expect(sut[other]).toContain(key);
          }
        }
      }),
    );
  });
});
