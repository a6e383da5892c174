import { FieldErrorCode, type FieldError } from './field-error';
import { createFieldError } from './field-error-message';
import { isIsoDate } from './iso-date';
import { Locale } from './locale';
import { checkText, type TextRule } from './text-field';
import { isTimeOfDay } from './time-of-day';

/** A meeting lasts from 10 minutes to 4 hours. */
export const APPOINTMENT_DURATION_MIN = 10;
export const APPOINTMENT_DURATION_MAX = 240;

/**
 * Jobbhuset's promise: a coordinator running more than this many minutes late tells the young
 * person the new time. A smaller delay is noted but nobody is disturbed.
 */
export const LATE_NOTICE_MINUTES = 15;

/** The longest delay one can report; beyond it, cancel and book a new time. */
export const LATE_MINUTES_MAX = 180;

export const APPOINTMENT_PLACE_RULE: TextRule = { required: true, max: 200 };
export const APPOINTMENT_AGENDA_RULE: TextRule = { required: false, max: 1000 };

/** A meeting as typed: date and time of day on Norway's clock. */
export interface AppointmentDraft {
  date: string;
  time: string;
  durationMinutes: number;
  place: string;
  agenda: string;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function osloWallClockMs(instant: Date): number {
  const parts = new Map(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
  const value = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.get(type) ?? '0');
  return Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
}

/**
 * The instant of a date and time of day on Norway's clock (summer time included). In the hour that
 * does not exist when clocks go forward, a neighbouring valid instant; in the one that happens
 * twice, the first.
 */
export function osloInstant(date: string, time: string): Date {
  if (!isIsoDate(date) || !isTimeOfDay(time))
    throw new RangeError(`Not a date/time: ${date} ${time}`);
  const wanted = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  // Oslo is UTC+1 or UTC+2: start from +1 and correct once by the offset found there.
  let guess = wanted - 60 * 60_000;
  guess += wanted - osloWallClockMs(new Date(guess));
  if (osloWallClockMs(new Date(guess - 60 * 60_000)) === wanted) guess -= 60 * 60_000;
  return new Date(guess);
}

/** The time of day in Norway as written in Norwegian texts: "10.40". */
export function osloClockTime(instant: Date): string {
  const parts = new Map(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.get('hour') ?? '00'}.${parts.get('minute') ?? '00'}`;
}

/** Date and time in Norway, e.g. "torsdag 3. desember kl. 10.40". */
export function osloDateTimeText(instant: Date): string {
  const date = new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(instant);
  return `${date} kl. ${osloClockTime(instant)}`;
}

/** Field-level problems with a meeting to book, in the given locale; empty when it can be booked. */
export function validateAppointmentDraft(
  draft: AppointmentDraft,
  now: Date,
  locale: Locale = Locale.NB,
): FieldError[] {
  const errors: FieldError[] = [];
  const dateOk = isIsoDate(draft.date);
  const timeOk = isTimeOfDay(draft.time);
  if (!dateOk) errors.push(createFieldError('date', FieldErrorCode.INVALID_DATE, locale));
  if (!timeOk) errors.push(createFieldError('time', FieldErrorCode.INVALID_TIME, locale));
  if (dateOk && timeOk && osloInstant(draft.date, draft.time).getTime() <= now.getTime()) {
    errors.push(createFieldError('date', FieldErrorCode.DATE_IN_PAST, locale));
  }
  if (!isAppointmentDuration(draft.durationMinutes)) {
    errors.push(
      createFieldError('durationMinutes', FieldErrorCode.OUT_OF_RANGE, locale, {
        min: APPOINTMENT_DURATION_MIN,
        max: APPOINTMENT_DURATION_MAX,
      }),
    );
  }
  const place = checkText(draft.place, APPOINTMENT_PLACE_RULE);
  if (place) errors.push(createFieldError('place', place.code, locale, place.params));
  const agenda = checkText(draft.agenda, APPOINTMENT_AGENDA_RULE);
  if (agenda) errors.push(createFieldError('agenda', agenda.code, locale, agenda.params));
  return errors;
}

export function isAppointmentDuration(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= APPOINTMENT_DURATION_MIN &&
    value <= APPOINTMENT_DURATION_MAX
  );
}

export function isLateMinutes(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= LATE_MINUTES_MAX
  );
}

/** Only a delay of more than 15 minutes is worth a notice to the young person. */
export function shouldNotifyLate(minutesLate: number): boolean {
  return minutesLate > LATE_NOTICE_MINUTES;
}

/** The meeting's new start when the coordinator is `minutesLate` late. */
export function delayedStart(startsAt: Date, minutesLate: number): Date {
  return new Date(startsAt.getTime() + minutesLate * 60_000);
}

/** The Norwegian notice to the young person: "Veilederen din er forsinket. Nytt tidspunkt: kl. 10.40". */
export function lateNoticeText(newStart: Date): string {
  return `Veilederen din er forsinket. Nytt tidspunkt: kl. ${osloClockTime(newStart)}`;
}
