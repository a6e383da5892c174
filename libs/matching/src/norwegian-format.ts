/**
 * Formatting for explanation texts, in bokmål and English, without Intl so that the output is the
 * same on every machine and Node build: "4,2 km", "tirsdag 3. mars", "a, b og c".
 */
import { isIsoDate, isoWeekday, Locale, OpportunityKind } from '@akselerator/domain';

const WEEKDAYS_NB = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "300 m", "4,2 km" (one decimal under 10 km), "12 km"; English uses a decimal point. */
export function formatDistance(km: number, locale: Locale): string {
  const tenths = Math.round(Math.max(0, km) * 10);
  if (tenths < 10) {
    return `${Math.max(1, tenths) * 100} m`;
  }
  if (tenths < 100) {
    const text = (tenths / 10).toFixed(1);
    return `${locale === Locale.NB ? text.replace('.', ',') : text} km`;
  }
  return `${Math.round(km)} km`;
}

/** "tirsdag 3. mars" / "Tuesday 3 March"; a malformed date is returned as it is. */
export function formatDayDate(date: string, locale: Locale): string {
  if (!isIsoDate(date)) {
    return date;
  }
  const weekday = isoWeekday(date) - 1;
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  return locale === Locale.NB
    ? `${WEEKDAYS_NB[weekday] ?? ''} ${day}. ${MONTHS_NB[month] ?? ''}`
    : `${WEEKDAYS_EN[weekday] ?? ''} ${day} ${MONTHS_EN[month] ?? ''}`;
}

/** "kl. 09.00–13.00" / "09:00–13:00". */
export function formatTimeRange(start: string, end: string, locale: Locale): string {
  return locale === Locale.NB
    ? `kl. ${start.replace(':', '.')}–${end.replace(':', '.')}`
    : `${start}–${end}`;
}

/** "a", "a og b", "a, b og c" / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) {
    return items.join('');
  }
  const and = locale === Locale.NB ? 'og' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/** Lower-cases the first letter for use inside a sentence, but leaves "IT-utviklerfaget" alone. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) {
    return text;
  }
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A number with a Norwegian decimal comma when needed: 7.5 → "7,5". */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(Math.round(value * 10) / 10);
  return locale === Locale.NB ? text.replace('.', ',') : text;
}

/** What a kind of place is called: "Lærlingplass" / "Apprenticeship", and in lower case. */
export function kindWords(kind: OpportunityKind): {
  nb: string;
  en: string;
  nbLower: string;
  enLower: string;
} {
  switch (kind) {
    case OpportunityKind.HOSPITERING:
      return names('Hospitering', 'Job shadowing');
    case OpportunityKind.APPRENTICESHIP:
      return names('Lærlingplass', 'Apprenticeship');
    case OpportunityKind.SIMPLE_JOB:
      return names('Enkel jobb', 'Simple job');
    case OpportunityKind.TRAINEE:
      return names('Traineeplass', 'Trainee place');
    case OpportunityKind.WORK_TRIAL:
      return names('Arbeidstrening', 'Work trial');
  }
}

function names(
  nb: string,
  en: string,
): { nb: string; en: string; nbLower: string; enLower: string } {
  return { nb, en, nbLower: lowerFirst(nb), enLower: lowerFirst(en) };
}
