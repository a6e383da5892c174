import { Locale } from '@akselerator/domain';
import { en } from './en';
import { nb, type Dictionary } from './nb';

export type { Dictionary };

export function getDictionary(locale: Locale): Dictionary {
  return locale === Locale.EN ? en : nb;
}

/** The value of the `lang` cookie, or the default language for anything else. */
export function parseLocale(value: string | undefined): Locale {
  return value === 'en' ? Locale.EN : Locale.NB;
}

/** BCP 47 tag for Intl formatting. */
export function intlLocale(locale: Locale): string {
  return locale === Locale.EN ? 'en-GB' : 'nb-NO';
}

export const LOCALE_COOKIE = 'lang';
