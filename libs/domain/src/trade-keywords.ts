import { foldNorwegian } from './norwegian-folding';
import { TRADES } from './taxonomy';
import { TRADE_SYNONYM_GROUPS } from './trade-synonyms';

// Shorter words ("it", "ur", "rør") would attach groups to trades by accident ("ur" in "urmaker").
const MIN_STEM_LENGTH = 5;

const stemOf = (label: string): string =>
  foldNorwegian(label)
    .replace(/faget$/, '')
    .replace(/fag$/, '');

/**
 * The everyday words of a trade: every synonym group with a word that names the trade ("kokk"
 * for "Kokkfaget") or, from five letters on, begins its label ("frisør" in "Frisørfaget"; not "lager" in
 * "Hovslagerfaget"). Indexed with each opportunity, so
 * "sveiser" or "snekker" finds a listing whose title never says so.
 */
function keywordsByTrade(): Map<string, readonly string[]> {
  const byTrade = new Map<string, readonly string[]>();
  for (const trade of TRADES) {
    const label = foldNorwegian(trade.label);
    const stem = stemOf(trade.label);
    const words = new Set<string>();
    for (const group of TRADE_SYNONYM_GROUPS) {
      const attached = group.some((word) => {
        const folded = foldNorwegian(word);
        return (
          folded === stem ||
          folded === trade.code ||
          (folded.length >= MIN_STEM_LENGTH && label.startsWith(folded)) ||
          (stem.length >= MIN_STEM_LENGTH && folded.startsWith(stem))
        );
      });
      if (attached) for (const word of group) words.add(word);
    }
    byTrade.set(trade.code, [...words]);
  }
  return byTrade;
}

const KEYWORDS = keywordsByTrade();

/** Everyday words for a trade code; empty for an unknown code or a trade no group mentions. */
export function tradeKeywords(tradeCode: string): readonly string[] {
  return KEYWORDS.get(tradeCode) ?? [];
}
