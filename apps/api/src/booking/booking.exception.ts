export enum BookingErrorCode {
  /** Also for slots of unpublished opportunities: no leaking whether they exist. */
  SLOT_NOT_FOUND = 'SLOT_NOT_FOUND',
  SLOT_IN_PAST = 'SLOT_IN_PAST',
  SLOT_FULL = 'SLOT_FULL',
  BOOKING_NOT_OPEN = 'BOOKING_NOT_OPEN',
  CANCELLATION_DEADLINE_PASSED = 'CANCELLATION_DEADLINE_PASSED',
  ALREADY_BOOKED_THAT_DATE = 'ALREADY_BOOKED_THAT_DATE',
  BOOKING_NOT_FOUND = 'BOOKING_NOT_FOUND',
  NOT_CANCELLABLE = 'NOT_CANCELLABLE',
  /** Only a booking that holds a seat and has not been answered can be confirmed. */
  NOT_ANSWERABLE = 'NOT_ANSWERABLE',
  /** Attendance and feedback wait until the day has been. */
  DAY_NOT_OVER = 'DAY_NOT_OVER',
  /** Feedback is for days the pupil attended. */
  NO_FEEDBACK_FOR_THIS_BOOKING = 'NO_FEEDBACK_FOR_THIS_BOOKING',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The database was too busy to answer in time; nothing was booked. */
  TRY_AGAIN = 'TRY_AGAIN',
}

export class BookingException extends Error {
  constructor(readonly code: BookingErrorCode) {
    super(code);
  }
}
