import { TRADES } from './taxonomy';
import { tradeKeywords } from './trade-keywords';

describe(tradeKeywords.name, () => {
  it.each([
    ['tomrer', 'snekker'],
    ['frisor', 'hårfrisør'],
    ['elektriker', 'elektro'],
    ['sveis', 'sveiser'],
    ['rorlegger', 'vvs'],
    ['kokk', 'kjøkken'],
    ['helsearbeider', 'helsefagarbeider'],
  ])('gives %s the everyday word %s', (code, word) => {
    expect(tradeKeywords(code)).toContain(word);
  });

  it('does not attach groups through short words', () => {
    expect(tradeKeywords('murer')).not.toContain('urmaker');
    expect(tradeKeywords('nope')).toEqual([]);
  });

  it('finds words for most trades', () => {
    const withWords = TRADES.filter((trade) => tradeKeywords(trade.code).length > 0);
    expect(withWords.length / TRADES.length).toBeGreaterThan(0.7);
  });
});
