import { GraphQLError } from 'graphql';

export enum IntakeErrorCode {
  /** Also for a request the caller may not see: no leaking whether it exists. */
  NOT_FOUND = 'INTAKE_NOT_FOUND',
  /** The young person already has a coordinator, or a request that is waiting. */
  ALREADY_FOLLOWED = 'INTAKE_ALREADY_FOLLOWED',
  /** A pupil in a school's cohort: their school counsellor follows them. */
  PUPIL_AT_SCHOOL = 'INTAKE_PUPIL_AT_SCHOOL',
  /** The request is no longer waiting (routed or withdrawn meanwhile). */
  NOT_WAITING = 'INTAKE_NOT_WAITING',
}

const MESSAGES_NB: Record<IntakeErrorCode, string> = {
  [IntakeErrorCode.NOT_FOUND]: 'Vi fant ikke det du lette etter.',
  [IntakeErrorCode.ALREADY_FOLLOWED]:
    'Du har allerede en koordinator, eller en forespørsel som venter på en. Du finner statusen på siden «En dør inn».',
  [IntakeErrorCode.PUPIL_AT_SCHOOL]:
    'Du går på ungdomsskolen, og rådgiveren på skolen din følger deg opp. Snakk gjerne med rådgiveren om det du lurer på.',
  [IntakeErrorCode.NOT_WAITING]:
    'Denne forespørselen venter ikke lenger: noen har allerede tatt den. Last inn siden på nytt.',
};

/** The intake's one exception; the shared filter passes GraphQLErrors through as they are. */
export class IntakeException extends GraphQLError {
  constructor(readonly reason: IntakeErrorCode) {
    super(MESSAGES_NB[reason], {
      extensions: { code: reason === IntakeErrorCode.NOT_FOUND ? 'NOT_FOUND' : reason, reason },
    });
  }
}
