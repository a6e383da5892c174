import { GraphQLError } from 'graphql';

export enum AllocationErrorCode {
  /** Also the answer when the caller may not see it: no leaking whether it exists. */
  NOT_FOUND = 'ALLOCATION_NOT_FOUND',
  /** Only a school counsellor (for their school's cohorts) runs rounds. */
  NOT_A_SCHOOL_COUNSELLOR = 'NOT_A_SCHOOL_COUNSELLOR',
  /** The round's input breaks a rule; `field` and `detail` say which. */
  INVALID_ROUND = 'INVALID_ROUND',
  /** The ranking breaks a rule (duplicates, unknown slots, too few or too many). */
  INVALID_RANKING = 'INVALID_RANKING',
  /** The deadline for choices has passed. */
  CHOICES_CLOSED = 'CHOICES_CLOSED',
  /** The round was published already; nothing more is written. */
  ALREADY_PUBLISHED = 'ALREADY_PUBLISHED',
  /** Another booking held a lock too long; nothing was written. */
  TRY_AGAIN = 'ALLOCATION_TRY_AGAIN',
}

const MESSAGES_NB: Record<AllocationErrorCode, string> = {
  [AllocationErrorCode.NOT_FOUND]: 'Vi fant ikke det du lette etter.',
  [AllocationErrorCode.NOT_A_SCHOOL_COUNSELLOR]:
    'Bare rådgivere ved skolen kan åpne og fordele en runde for klassen.',
  [AllocationErrorCode.INVALID_ROUND]: 'Runden kan ikke åpnes slik. Se feltet som er markert.',
  [AllocationErrorCode.INVALID_RANKING]: 'Rangeringen kan ikke lagres slik.',
  [AllocationErrorCode.CHOICES_CLOSED]:
    'Fristen for å velge er ute. Snakk med rådgiveren din hvis du vil endre noe.',
  [AllocationErrorCode.ALREADY_PUBLISHED]:
    'Fordelingen er allerede publisert. Ingenting ble endret, og ingen ble booket på nytt.',
  [AllocationErrorCode.TRY_AGAIN]: 'Det er travelt akkurat nå. Ingenting ble lagret – prøv igjen.',
};

/** The allocation module's one exception; the shared filter passes a GraphQLError through. */
export class AllocationException extends GraphQLError {
  constructor(
    readonly reason: AllocationErrorCode,
    details: { field?: string; detail?: string } = {},
  ) {
    super(details.detail ? `${MESSAGES_NB[reason]} ${details.detail}` : MESSAGES_NB[reason], {
      extensions: {
        code: reason === AllocationErrorCode.NOT_FOUND ? 'NOT_FOUND' : reason,
        reason,
        ...(details.field
          ? {
              field: details.field,
              // The shape the web's forms already read: one error next to the field.
              fieldErrors: [{ field: details.field, code: reason, message: details.detail ?? '' }],
            }
          : {}),
      },
    });
  }
}
