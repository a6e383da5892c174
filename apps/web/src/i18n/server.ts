import { cookies } from 'next/headers';
import type { Locale } from '@akselerator/domain';
import { getDictionary, LOCALE_COOKIE, parseLocale, type Dictionary } from './dictionary';

/** The visitor's language, read from the `lang` cookie on the server. */
export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return parseLocale(store.get(LOCALE_COOKIE)?.value);
}

export async function getI18n(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = await getLocale();
  return { locale, t: getDictionary(locale) };
}
