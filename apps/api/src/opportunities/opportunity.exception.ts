export enum OpportunityErrorCode {
  /** Also the answer when the caller may not see it: no leaking whether it exists. */
  NOT_FOUND = 'OPPORTUNITY_NOT_FOUND',
  NOT_PUBLISHABLE = 'OPPORTUNITY_NOT_PUBLISHABLE',
  /** The lifecycle does not allow this move from the current status (e.g. archive a published one). */
  ILLEGAL_TRANSITION = 'OPPORTUNITY_ILLEGAL_TRANSITION',
  /** Archived opportunities are history and are not changed any more. */
  NOT_EDITABLE = 'OPPORTUNITY_NOT_EDITABLE',
  /** Days with seats only exist for hospitering. */
  NOT_HOSPITERING = 'OPPORTUNITY_NOT_HOSPITERING',
  /** A day someone has booked (or once booked) stays, so the pupil's history stays true. */
  SLOT_HAS_BOOKINGS = 'SLOT_HAS_BOOKINGS',
}

export class OpportunityException extends Error {
  constructor(readonly code: OpportunityErrorCode) {
    super(code);
  }
}
