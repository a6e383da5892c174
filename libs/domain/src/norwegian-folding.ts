/**
 * Folds Norwegian letters the way people type them on a keyboard without æ, ø and å: æ → ae,
 * ø → o, å → a; lower-cases and strips other accents (é → e). Meilisearch already folds å and é
 * but treats ø as a different letter, which spends the typo budget ("frisor" for "frisør") and
 * misses short words ("oya" for "Øya"). A folded copy of the indexed text sits next to the
 * original, so exact spellings keep their better ranking.
 */
export function foldNorwegian(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * A looser fold for matching without a search engine (substring tests in the fallback): also
 * the double-letter spellings, "aa" → a, "oe" → o, "ae" → e, applied to both sides alike.
 */
export function foldNorwegianLoosely(text: string): string {
  return foldNorwegian(text).replaceAll('aa', 'a').replaceAll('oe', 'o').replaceAll('ae', 'e');
}
