import { Locale } from '@akselerator/domain';
import { intlLocale } from '@/i18n/dictionary';

/** "torsdag 3. desember" and "10.40" on Norway's clock (the meeting's own time zone). */
export function appointmentDay(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Oslo',
  }).format(new Date(instant));
}

export function appointmentTime(instant: string, locale: Locale): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Oslo',
  }).format(new Date(instant));
  return locale === Locale.EN ? text : text.replace(':', '.');
}
