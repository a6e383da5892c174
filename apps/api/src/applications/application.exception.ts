export enum ApplicationErrorCode {
  /** Also for someone else's application: no leaking whether it exists. */
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  /** Unknown, a draft, or (for the employer side) another employer's opportunity. */
  OPPORTUNITY_NOT_FOUND = 'OPPORTUNITY_NOT_FOUND',
  /** Not an apprenticeship or a simple job, or not open for applications (closed, archived). */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  APPLICATION_DEADLINE_PASSED = 'APPLICATION_DEADLINE_PASSED',
  /** Every place is taken (accepted offers ≥ places). */
  PLACES_FILLED = 'PLACES_FILLED',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  /** The status machine does not allow this move, by this party, from the current status. */
  ILLEGAL_STATUS_CHANGE = 'ILLEGAL_STATUS_CHANGE',
  /** The database was too busy to answer in time; nothing was changed. */
  TRY_AGAIN = 'TRY_AGAIN',
}

export class ApplicationException extends Error {
  constructor(readonly code: ApplicationErrorCode) {
    super(code);
  }
}
