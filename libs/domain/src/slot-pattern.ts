import { FieldErrorCode, type FieldError } from './field-error';
import { addDays, isIsoDate, isoWeekday } from './iso-date';
import { LIMITS } from './limits';
import { DEFAULT_LOCALE, type Locale } from './locale';
import type { SlotDraft } from './hospitering-draft';
import { FieldErrorList } from './opportunity-basics';
import { isTimeOfDay } from './time-of-day';

/** Days of the week. Values equal keys. */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

const ISO_WEEKDAY: Record<Weekday, number> = {
  [Weekday.MONDAY]: 1,
  [Weekday.TUESDAY]: 2,
  [Weekday.WEDNESDAY]: 3,
  [Weekday.THURSDAY]: 4,
  [Weekday.FRIDAY]: 5,
  [Weekday.SATURDAY]: 6,
  [Weekday.SUNDAY]: 7,
};

/** Most days one pattern may create; more is refused, not cut short. */
export const SLOT_PATTERN_MAX = 200;

/** "Every Tuesday and Thursday from 2027-03-01 to 2027-03-31, 09:00–14:00, 4 seats." */
export interface SlotPattern {
  weekdays: readonly Weekday[];
  /** YYYY-MM-DD, first day of the period (inclusive). */
  fromDate: string;
  /** YYYY-MM-DD, last day of the period (inclusive). */
  toDate: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

/**
 * The days a pattern produces, in date order, stopping after `limit` dates (so a pattern over
 * centuries costs no more than limit + 1 dates). Works on calendar dates only: a Tuesday in
 * Oslo is a Tuesday whatever the server's time zone or daylight saving.
 */
export function expandSlotPattern(
  pattern: SlotPattern,
  limit: number = SLOT_PATTERN_MAX + 1,
): SlotDraft[] {
  if (!isIsoDate(pattern.fromDate) || !isIsoDate(pattern.toDate)) {
    throw new RangeError(`Not a period of ISO dates: ${pattern.fromDate}..${pattern.toDate}`);
  }
  const wanted = new Set(pattern.weekdays.map((day) => ISO_WEEKDAY[day]));
  const slots: SlotDraft[] = [];
  if (wanted.size === 0) return slots;
  for (
    let date = pattern.fromDate;
    date <= pattern.toDate && slots.length < limit;
    date = addDays(date, 1)
  ) {
    if (wanted.has(isoWeekday(date))) {
      slots.push({
        date,
        startTime: pattern.startTime,
        endTime: pattern.endTime,
        capacity: pattern.capacity,
      });
    }
  }
  return slots;
}

/**
 * Every rule of the "many days at once" form. Field paths are relative to the pattern
 * ('fromDate', 'capacity' …). A pattern with no dates is refused on `weekdays` (pick other days),
 * one with more than SLOT_PATTERN_MAX on `toDate` (shorten the period).
 */
export function validateSlotPattern(
  pattern: SlotPattern,
  today: string,
  locale: Locale = DEFAULT_LOCALE,
): FieldError[] {
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${today}`);
  const errors = new FieldErrorList(locale);
  if (pattern.weekdays.length === 0) errors.add('weekdays', { code: FieldErrorCode.REQUIRED });
  const fromOk = isIsoDate(pattern.fromDate);
  const toOk = isIsoDate(pattern.toDate);
  if (!fromOk) {
    errors.add('fromDate', { code: FieldErrorCode.INVALID_DATE });
  } else if (pattern.fromDate < today) {
    errors.add('fromDate', { code: FieldErrorCode.DATE_IN_PAST });
  }
  if (!toOk) {
    errors.add('toDate', { code: FieldErrorCode.INVALID_DATE });
  } else if (fromOk && pattern.toDate < pattern.fromDate) {
    errors.add('toDate', { code: FieldErrorCode.DATE_RANGE_REVERSED });
  }
  const startOk = isTimeOfDay(pattern.startTime);
  const endOk = isTimeOfDay(pattern.endTime);
  if (!startOk) errors.add('startTime', { code: FieldErrorCode.INVALID_TIME });
  if (!endOk) errors.add('endTime', { code: FieldErrorCode.INVALID_TIME });
  if (startOk && endOk && pattern.endTime <= pattern.startTime) {
    errors.add('endTime', { code: FieldErrorCode.END_BEFORE_START });
  }
  const { slotCapacityMin: min, slotCapacityMax: max } = LIMITS;
  if (!Number.isInteger(pattern.capacity) || pattern.capacity < min || pattern.capacity > max) {
    errors.add('capacity', { code: FieldErrorCode.CAPACITY_OUT_OF_RANGE, params: { min, max } });
  }
  if (errors.list.length === 0) {
    const count = expandSlotPattern(pattern).length;
    if (count === 0) {
      errors.add('weekdays', { code: FieldErrorCode.NO_DATES_IN_PATTERN });
    } else if (count > SLOT_PATTERN_MAX) {
      errors.add('toDate', {
        code: FieldErrorCode.TOO_MANY_SLOTS,
        params: { max: SLOT_PATTERN_MAX },
      });
    }
  }
  return errors.list;
}
