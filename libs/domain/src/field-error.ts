/** Why one field of an input was refused. Shared by the API (GraphQL errors) and the web forms. */
export enum FieldErrorCode {
  REQUIRED = 'REQUIRED',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  INVALID_EMAIL = 'INVALID_EMAIL',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_ORGANISATION_NUMBER = 'INVALID_ORGANISATION_NUMBER',
  UNKNOWN_TRADE = 'UNKNOWN_TRADE',
  UNKNOWN_PROGRAMME = 'UNKNOWN_PROGRAMME',
  UNKNOWN_MUNICIPALITY = 'UNKNOWN_MUNICIPALITY',
  INVALID_DATE = 'INVALID_DATE',
  DATE_IN_PAST = 'DATE_IN_PAST',
  CAPACITY_OUT_OF_RANGE = 'CAPACITY_OUT_OF_RANGE',
  TOO_MANY_SLOTS = 'TOO_MANY_SLOTS',
  DUPLICATE_SLOT_DATE = 'DUPLICATE_SLOT_DATE',
  INVALID_TIME = 'INVALID_TIME',
  END_BEFORE_START = 'END_BEFORE_START',
  INVALID_POSTAL_CODE = 'INVALID_POSTAL_CODE',
  INVALID_COORDINATES = 'INVALID_COORDINATES',
  INVALID_CURSOR = 'INVALID_CURSOR',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** An employer with this organisation number is already registered. */
  ORGANISATION_TAKEN = 'ORGANISATION_TAKEN',
  /** No class has this class code (or it was mistyped). */
  UNKNOWN_CLASS_CODE = 'UNKNOWN_CLASS_CODE',
  /** The class code has expired or was withdrawn by the counsellor. */
  CLASS_CODE_EXPIRED = 'CLASS_CODE_EXPIRED',
  /** The invitation link is unknown, used already, expired, or meant for another address. */
  INVALID_INVITATION = 'INVALID_INVITATION',
  /** Too many failed sign-ins for this e-mail address: wait before trying again. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** The application deadline falls after the start date. */
  DEADLINE_AFTER_START = 'DEADLINE_AFTER_START',
  /** Hours per week must be more than 0 and at most 40, in steps of 0.1. */
  HOURS_OUT_OF_RANGE = 'HOURS_OUT_OF_RANGE',
  UNKNOWN_ADAPTATION = 'UNKNOWN_ADAPTATION',
  UNKNOWN_STRENGTH = 'UNKNOWN_STRENGTH',
  /** A slot pattern (weekdays within a period) that produces no dates at all. */
  NO_DATES_IN_PATTERN = 'NO_DATES_IN_PATTERN',
  /** The period ends before it starts. */
  DATE_RANGE_REVERSED = 'DATE_RANGE_REVERSED',
  /** The field belongs to another kind of opportunity than the one being edited. */
  NOT_FOR_THIS_KIND = 'NOT_FOR_THIS_KIND',
  /** A guardian address is on record: only the school changes it (consent goes there). */
  GUARDIAN_ON_RECORD = 'GUARDIAN_ON_RECORD',
}

export interface FieldError {
  /** Dotted path of the field in the input, e.g. 'slots.1.capacity', 'employer.organisationNumber'. */
  field: string;
  code: FieldErrorCode;
  /** Ready to show next to the field, in the requested locale. */
  message: string;
}

/** Values that some messages weave in, e.g. `{ min: 10 }` for TOO_SHORT. */
export type FieldErrorParams = Record<string, string | number>;
