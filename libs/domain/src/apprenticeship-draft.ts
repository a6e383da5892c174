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

/** Places an apprenticeship may offer (the same bounds as seats on a hospitering day). */
export const APPRENTICESHIP_PLACES = { min: 1, max: 500 } as const;

/** The lærlingplass form, checked by the web app before submit and by the API service. */
export interface ApprenticeshipDraft extends OpportunityBasicsDraft {
  places: number;
  /** YYYY-MM-DD, when the apprenticeship begins. */
  startDate: string;
  /** YYYY-MM-DD, the last day to apply; on or before the start date. */
  applicationDeadline: string;
  requirements: string;
}

/** The stored dates when editing: a date left unchanged is not refused for being past. */
export interface StoredDates {
  startDate?: string | null;
  applicationDeadline?: string | null;
}

export function checkPlaces(places: number): FieldProblem | undefined {
  const { min, max } = APPRENTICESHIP_PLACES;
  return Number.isInteger(places) && places >= min && places <= max
    ? undefined
    : { code: FieldErrorCode.CAPACITY_OUT_OF_RANGE, params: { min, max } };
}

/** Deadline after start is refused on the deadline; when either is missing there is no rule. */
export function checkDeadlineBeforeStart(
  applicationDeadline: string | null,
  startDate: string | null,
): FieldProblem | undefined {
  if (applicationDeadline === null || startDate === null) return undefined;
  if (!isIsoDate(applicationDeadline) || !isIsoDate(startDate)) return undefined;
  return applicationDeadline > startDate
    ? { code: FieldErrorCode.DEADLINE_AFTER_START }
    : undefined;
}

/**
 * Every rule of the apprenticeship form: the shared basics, 1–500 places, a start date and an
 * application deadline that are real dates not before `today` (Oslo) and the deadline on or before
 * the start. Returns an empty list when the draft may be saved.
 */
export function validateApprenticeshipDraft(
  draft: ApprenticeshipDraft,
  today: string,
  locale: Locale = DEFAULT_LOCALE,
  stored: StoredDates = {},
): FieldError[] {
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${today}`);
  const errors = new FieldErrorList(locale);
  checkBasics(draft, errors);
  errors.add('places', checkPlaces(draft.places));
  const start = checkFutureDate(draft.startDate, today, {
    required: true,
    previous: stored.startDate,
  });
  const deadline = checkFutureDate(draft.applicationDeadline, today, {
    required: true,
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
  errors.add('requirements', checkText(draft.requirements, OPPORTUNITY_TEXT_RULES.requirements));
  return errors.list;
}
