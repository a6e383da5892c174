import { GraphQLError } from 'graphql';

export enum AppointmentErrorCode {
  /** Also for someone else's meeting or young person: no leaking whether it exists. */
  NOT_FOUND = 'APPOINTMENT_NOT_FOUND',
  /** The young person has no coordinator to meet yet. */
  NO_COORDINATOR = 'APPOINTMENT_NO_COORDINATOR',
  /** The meeting is cancelled or done already. */
  NOT_PLANNED = 'APPOINTMENT_NOT_PLANNED',
}

const MESSAGES_NB: Record<AppointmentErrorCode, string> = {
  [AppointmentErrorCode.NOT_FOUND]: 'Vi fant ikke det du lette etter.',
  [AppointmentErrorCode.NO_COORDINATOR]:
    'Du har ingen koordinator ennå. Be om en på siden «En dør inn», så kan dere avtale et møte.',
  [AppointmentErrorCode.NOT_PLANNED]:
    'Avtalen er allerede avlyst eller gjennomført. Last inn siden på nytt for å se siste status.',
};

export class AppointmentException extends GraphQLError {
  constructor(readonly reason: AppointmentErrorCode) {
    super(MESSAGES_NB[reason], {
      extensions: {
        code: reason === AppointmentErrorCode.NOT_FOUND ? 'NOT_FOUND' : reason,
        reason,
      },
    });
  }
}
