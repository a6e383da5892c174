export enum OpportunityErrorCode {
  /** Also the answer when the caller may not see it: no leaking whether it exists. */
  NOT_FOUND = 'OPPORTUNITY_NOT_FOUND',
  NOT_PUBLISHABLE = 'OPPORTUNITY_NOT_PUBLISHABLE',
}

export class OpportunityException extends Error {
  constructor(readonly code: OpportunityErrorCode) {
    super(code);
  }
}
