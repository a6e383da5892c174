import { checkDeadlineBeforeStart, type StoredDates } from './apprenticeship-draft';
import { FieldErrorCode, type FieldError } from './field-error';
import { isIsoDate } from './iso-date';
import { DEFAULT_LOCALE, type Locale } from './locale';
import {
  checkBasics,
  checkFutureDate,
  FieldErrorList,
  OPPORTUNITY_TEXT_RULES,
  type OpportunityBasicsDraft,
} from './opportunity-basics';
import { checkText, type FieldProblem } from './text-field';

/** A simple job is part-time by nature; the column holds one decimal (numeric(4,1)). */
export const HOURS_PER_WEEK_MAX = 40;

/** The enkel jobb form: no formal qualification asked, so no requirements field. */
export interface SimpleJobDraft extends OpportunityBasicsDraft {
  hoursPerWeek: number;
  /** When the work happens, e.g. "Tirsdager 15–18"; may be empty. */
  schedule: string;
  /** YYYY-MM-DD or null when it starts whenever the right person is found. */
  startDate: string | null;
  /** YYYY-MM-DD or null when applications are open until it is filled. */
  applicationDeadline: string | null;
}

/** More than 0, at most 40, in tenths of an hour; false for NaN, negatives and 7.25. */
export function checkHoursPerWeek(hours: number): FieldProblem | undefined {
  const tenths = hours * 10;
  const ok =
    Number.isFinite(hours) &&
    hours > 0 &&
    hours <= HOURS_PER_WEEK_MAX &&
    Math.abs(tenths - Math.round(tenths)) < 1e-9;
  return ok ? undefined : { code: FieldErrorCode.HOURS_OUT_OF_RANGE };
}

/**
 * Every rule of the simple-job form: the shared basics, hours per week in (0, 40], an optional
 * schedule text, and optional start date and deadline (real dates, not before `today` unless left
 * as stored, the deadline on or before the start).
 */
export function validateSimpleJobDraft(
  draft: SimpleJobDraft,
  today: string,
  locale: Locale = DEFAULT_LOCALE,
  stored: StoredDates = {},
): FieldError[] {
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${today}`);
  const errors = new FieldErrorList(locale);
  checkBasics(draft, errors);
  errors.add('hoursPerWeek', checkHoursPerWeek(draft.hoursPerWeek));
  errors.add('schedule', checkText(draft.schedule, OPPORTUNITY_TEXT_RULES.schedule));
  const start = checkFutureDate(draft.startDate, today, {
    required: false,
    previous: stored.startDate,
  });
  const deadline = checkFutureDate(draft.applicationDeadline, today, {
    required: false,
    previous: stored.applicationDeadline,
  });
  errors.add('startDate', start);
  errors.add('applicationDeadline', deadline);
  if (start === undefined && deadline === undefined) {
    errors.add(
      'applicationDeadline',
      checkDeadlineBeforeStart(draft.applicationDeadline, draft.startDate),
    );
  }
  return errors.list;
}
