import { GraphQLError } from 'graphql';

export enum PlanErrorCode {
  /** Also the answer when the caller may not see or change it: no leaking whether it exists. */
  NOT_FOUND = 'PLAN_NOT_FOUND',
  /** A milestone or comment for a young person who has no plan yet. */
  NO_PLAN = 'NO_PLAN',
}

const MESSAGES_NB: Record<PlanErrorCode, string> = {
  [PlanErrorCode.NOT_FOUND]: 'Vi fant ikke det du lette etter.',
  [PlanErrorCode.NO_PLAN]: 'Planen er ikke laget ennå. Skriv et mål og en startdato først.',
};

/**
 * The plans module's one exception: a GraphQLError with its code, passed through unchanged by
 * the shared filter. NOT_FOUND answers with the same code as every other module's not-found.
 */
export class PlanException extends GraphQLError {
  constructor(readonly reason: PlanErrorCode) {
    super(MESSAGES_NB[reason], {
      extensions: {
        code: reason === PlanErrorCode.NOT_FOUND ? 'NOT_FOUND' : reason,
        reason,
      },
    });
  }
}
