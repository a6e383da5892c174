import { Locale } from '@akselerator/domain';
import { intlLocale } from '@/i18n/dictionary';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date 'YYYY-MM-DD' as a UTC midnight Date, so formatting never shifts the day. */
function calendarDate(isoDate: string): Date | undefined {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const LONG_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const DAY_MONTH: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const SHORT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

/** Formats a calendar date in UTC (the day never shifts); a malformed date is shown as given. */
function formatCalendarDate(
  isoDate: string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): string {
  const date = calendarDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(date);
}

/** "tirsdag 14. april 2026" / "Tuesday 14 April 2026". */
export function formatLongDate(isoDate: string, locale: Locale): string {
  return formatCalendarDate(isoDate, locale, LONG_DATE);
}

/** "tirsdag 3. mars" / "Tuesday 3 March": a day named in a sentence or a button. */
export function formatDayMonth(isoDate: string, locale: Locale): string {
  return formatCalendarDate(isoDate, locale, DAY_MONTH);
}

/** "tir. 14. apr." / "Tue 14 Apr". */
export function formatShortDate(isoDate: string, locale: Locale): string {
  return formatCalendarDate(isoDate, locale, SHORT_DATE);
}

/** "kl. 08.00–15.00" / "08:00–15:00". */
export function formatTimeRange(start: string, end: string, locale: Locale): string {
  if (locale === Locale.EN) return `${start}–${end}`;
  return `kl. ${start.replace(':', '.')}–${end.replace(':', '.')}`;
}

export function formatKm(km: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(count);
}

/** The calendar day in Oslo of an instant ('2026-03-03T23:30:00Z' → '2026-03-04'), long form. */
export function formatInstantDay(instant: string, locale: Locale): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    ...LONG_DATE,
    timeZone: 'Europe/Oslo',
  }).format(date);
}
