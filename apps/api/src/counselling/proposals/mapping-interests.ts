import { findProgramme, findTrade, foldNorwegian, TRADES } from '@akselerator/domain';

/** Interests as the mapping form holds them: trade or programme codes, or a trade's name. */
export function interestCodes(interests: readonly string[]): {
  programmeCodes: string[];
  tradeCodes: string[];
} {
  const programmeCodes: string[] = [];
  const tradeCodes: string[] = [];
  for (const interest of interests) {
    const value = interest.trim();
    if (findTrade(value)) tradeCodes.push(value);
    else if (findProgramme(value)) programmeCodes.push(value);
    else {
      const folded = foldNorwegian(value);
      const trade = TRADES.find((candidate) => foldNorwegian(candidate.label) === folded);
      if (trade) tradeCodes.push(trade.code);
    }
  }
  return { programmeCodes, tradeCodes };
}
