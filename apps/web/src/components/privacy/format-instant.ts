import type { Locale } from '@akselerator/domain';
import { intlLocale } from '@/i18n/dictionary';

/** An instant as date and time in Oslo: "29. november 2026 kl. 14:05" / "29 November 2026, 14:05". */
export function formatInstant(instant: string, locale: Locale): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(date);
}
