import { findMunicipality, findProgramme, findTrade, Locale } from '@akselerator/domain';

/** Taxonomy labels in the visitor's language; unknown codes are shown as they are. */

export function tradeLabel(code: string, locale: Locale): string {
  const trade = findTrade(code);
  if (!trade) return code;
  return locale === Locale.EN ? trade.labelEn : trade.label;
}

export function programmeLabel(code: string, locale: Locale): string {
  const programme = findProgramme(code);
  if (!programme) return code;
  return locale === Locale.EN ? programme.labelEn : programme.label;
}

export function municipalityLabel(code: string): string {
  return findMunicipality(code)?.name ?? code;
}
