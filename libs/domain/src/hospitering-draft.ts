import { AGDER_BOUNDING_BOX, findMunicipality } from './agder-municipalities';
import { FieldErrorCode, type FieldError } from './field-error';
import { createFieldError } from './field-error-message';
import { isIsoDate } from './iso-date';
import { LIMITS } from './limits';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { findTrade } from './taxonomy';
import { checkText, type FieldProblem, type TextRule } from './text-field';
import { isTimeOfDay } from './time-of-day';

/** One hospitering day as the employer enters it. Times are 'HH:MM'. */
export interface SlotDraft {
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

export interface AddressDraft {
  street: string;
  postalCode: string;
  postalPlace: string;
  municipalityCode: string;
  latitude: number;
  longitude: number;
}

/** The hospitering form, checked by the web app before submit and by the API service. */
export interface HospiteringDraft {
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
  tradeCode: string;
  address: AddressDraft;
  slots: SlotDraft[];
}

const TEXT_RULES = {
  title: { required: true, min: LIMITS.titleMin, max: LIMITS.titleMax },
  description: { required: true, max: LIMITS.descriptionMax },
  tasks: { required: true, max: LIMITS.tasksMax },
  practicalInfo: { required: false, max: LIMITS.practicalInfoMax },
} as const satisfies Record<string, TextRule>;

const ADDRESS_TEXT_RULES = {
  street: { required: true, max: LIMITS.streetMax },
  postalPlace: { required: true, max: LIMITS.postalPlaceMax },
} as const satisfies Record<string, TextRule>;

class FieldErrors {
  readonly list: FieldError[] = [];

  constructor(private readonly locale: Locale) {}

  add(field: string, problem: FieldProblem | undefined): void {
    if (problem !== undefined) {
      this.list.push(createFieldError(field, problem.code, this.locale, problem.params));
    }
  }
}

/** False for NaN and infinities too. */
function isWithin(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

function checkAddress(address: AddressDraft, prefix: string, errors: FieldErrors): void {
  errors.add(`${prefix}.street`, checkText(address.street, ADDRESS_TEXT_RULES.street));
  const postalCode = address.postalCode.trim();
  if (postalCode === '') {
    errors.add(`${prefix}.postalCode`, { code: FieldErrorCode.REQUIRED });
  } else if (!/^\d{4}$/.test(postalCode)) {
    errors.add(`${prefix}.postalCode`, { code: FieldErrorCode.INVALID_POSTAL_CODE });
  }
  errors.add(
    `${prefix}.postalPlace`,
    checkText(address.postalPlace, ADDRESS_TEXT_RULES.postalPlace),
  );
  const municipalityCode = address.municipalityCode.trim();
  if (municipalityCode === '') {
    errors.add(`${prefix}.municipalityCode`, { code: FieldErrorCode.REQUIRED });
  } else if (findMunicipality(municipalityCode) === undefined) {
    errors.add(`${prefix}.municipalityCode`, { code: FieldErrorCode.UNKNOWN_MUNICIPALITY });
  }
  const { south, north, west, east } = AGDER_BOUNDING_BOX;
  if (!isWithin(address.latitude, south, north)) {
    errors.add(`${prefix}.latitude`, { code: FieldErrorCode.INVALID_COORDINATES });
  }
  if (!isWithin(address.longitude, west, east)) {
    errors.add(`${prefix}.longitude`, { code: FieldErrorCode.INVALID_COORDINATES });
  }
}

function checkSlot(slot: SlotDraft, prefix: string, today: string, errors: FieldErrors): void {
  if (slot.date.trim() === '') {
    errors.add(`${prefix}.date`, { code: FieldErrorCode.REQUIRED });
  } else if (!isIsoDate(slot.date)) {
    errors.add(`${prefix}.date`, { code: FieldErrorCode.INVALID_DATE });
  } else if (slot.date < today) {
    errors.add(`${prefix}.date`, { code: FieldErrorCode.DATE_IN_PAST });
  }
  const startOk = isTimeOfDay(slot.startTime);
  const endOk = isTimeOfDay(slot.endTime);
  if (!startOk) {
    errors.add(`${prefix}.startTime`, { code: FieldErrorCode.INVALID_TIME });
  }
  if (!endOk) {
    errors.add(`${prefix}.endTime`, { code: FieldErrorCode.INVALID_TIME });
  }
  if (startOk && endOk && slot.endTime <= slot.startTime) {
    errors.add(`${prefix}.endTime`, { code: FieldErrorCode.END_BEFORE_START });
  }
  const { slotCapacityMin: min, slotCapacityMax: max } = LIMITS;
  if (!Number.isInteger(slot.capacity) || slot.capacity < min || slot.capacity > max) {
    errors.add(`${prefix}.capacity`, {
      code: FieldErrorCode.CAPACITY_OUT_OF_RANGE,
      params: { min, max },
    });
  }
}

function checkSlots(
  slots: readonly SlotDraft[],
  prefix: string,
  today: string,
  errors: FieldErrors,
): void {
  if (slots.length === 0) {
    errors.add(prefix, { code: FieldErrorCode.REQUIRED });
  } else if (slots.length > LIMITS.slotsMax) {
    errors.add(prefix, { code: FieldErrorCode.TOO_MANY_SLOTS, params: { max: LIMITS.slotsMax } });
  }
  const seen = new Set<string>();
  slots.forEach((slot, index) => {
    const field = `${prefix}.${index}`;
    checkSlot(slot, field, today, errors);
    if (isIsoDate(slot.date)) {
      if (seen.has(slot.date)) {
        errors.add(`${field}.date`, { code: FieldErrorCode.DUPLICATE_SLOT_DATE });
      }
      seen.add(slot.date);
    }
  });
}

function assertToday(today: string): void {
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got ${today}`);
  }
}

/** Every rule for the address block; fields are prefixed with `prefix` ('address' by default). */
export function validateAddressDraft(
  address: AddressDraft,
  locale: Locale = DEFAULT_LOCALE,
  prefix = 'address',
): FieldError[] {
  const errors = new FieldErrors(locale);
  checkAddress(address, prefix, errors);
  return errors.list;
}

/**
 * Every rule for a list of days: 1..slotsMax days, real dates not before `today`, HH:MM times with
 * the end after the start, whole capacities within LIMITS, no two days on the same date (the later
 * one gets the error). Also used when days are added to a published hospitering.
 */
export function validateSlotDrafts(
  slots: readonly SlotDraft[],
  today: string,
  locale: Locale = DEFAULT_LOCALE,
  prefix = 'slots',
): FieldError[] {
  assertToday(today);
  const errors = new FieldErrors(locale);
  checkSlots(slots, prefix, today, errors);
  return errors.list;
}

/**
 * Every rule of the hospitering form. Texts are checked trimmed: title, description, trade and
 * address and what the pupil will do (tasks) are required, practical information optional. `today` is the date in Oslo
 * (see todayInOslo). Returns an empty list when the draft may be saved.
 */
export function validateHospiteringDraft(
  draft: HospiteringDraft,
  today: string,
  locale: Locale = DEFAULT_LOCALE,
): FieldError[] {
  assertToday(today);
  const errors = new FieldErrors(locale);
  errors.add('title', checkText(draft.title, TEXT_RULES.title));
  errors.add('description', checkText(draft.description, TEXT_RULES.description));
  errors.add('tasks', checkText(draft.tasks, TEXT_RULES.tasks));
  errors.add('practicalInfo', checkText(draft.practicalInfo, TEXT_RULES.practicalInfo));
  const tradeCode = draft.tradeCode.trim();
  if (tradeCode === '') {
    errors.add('tradeCode', { code: FieldErrorCode.REQUIRED });
  } else if (findTrade(tradeCode) === undefined) {
    errors.add('tradeCode', { code: FieldErrorCode.UNKNOWN_TRADE });
  }
  checkAddress(draft.address, 'address', errors);
  checkSlots(draft.slots, 'slots', today, errors);
  return errors.list;
}

/** The draft as it should be stored: every text and code trimmed. Validate, then store this. */
export function trimHospiteringDraft(draft: HospiteringDraft): HospiteringDraft {
  const { address } = draft;
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    tasks: draft.tasks.trim(),
    practicalInfo: draft.practicalInfo.trim(),
    tradeCode: draft.tradeCode.trim(),
    address: {
      ...address,
      street: address.street.trim(),
      postalCode: address.postalCode.trim(),
      postalPlace: address.postalPlace.trim(),
      municipalityCode: address.municipalityCode.trim(),
    },
    slots: draft.slots.map((slot) => ({
      ...slot,
      date: slot.date.trim(),
      startTime: slot.startTime.trim(),
      endTime: slot.endTime.trim(),
    })),
  };
}
