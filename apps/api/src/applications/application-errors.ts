import { GraphQLError } from 'graphql';
import { ApplicationErrorCode } from './application.exception';

const MESSAGES_NB: Record<ApplicationErrorCode, string> = {
  [ApplicationErrorCode.APPLICATION_NOT_FOUND]: 'Vi fant ikke denne søknaden.',
  [ApplicationErrorCode.OPPORTUNITY_NOT_FOUND]: 'Vi fant ikke det du lette etter.',
  [ApplicationErrorCode.NOT_APPLICABLE]:
    'Denne muligheten tar ikke imot søknader. Hospiteringsdager bookes, og lukkede plasser kan ikke søkes på.',
  [ApplicationErrorCode.APPLICATION_DEADLINE_PASSED]:
    'Søknadsfristen har gått ut. Se etter lignende plasser, eller spør veilederen din om hjelp.',
  [ApplicationErrorCode.PLACES_FILLED]:
    'Alle plassene er tatt. Se etter lignende plasser i nærheten, eller følg med om arbeidsgiveren legger ut flere.',
  [ApplicationErrorCode.ALREADY_APPLIED]:
    'Du har allerede søkt på denne. Du finner søknaden og statusen under «Mine søknader».',
  [ApplicationErrorCode.ILLEGAL_STATUS_CHANGE]:
    'Søknaden kan ikke flyttes dit fra der den er nå. Last inn siden på nytt for å se siste status.',
  [ApplicationErrorCode.TRY_AGAIN]:
    'Det er mye som skjer akkurat nå. Prøv igjen om et øyeblikk – ingenting er endret ennå.',
};

/** The GraphQL answer for an application error; not-found answers look like every other not-found. */
export function applicationError(code: ApplicationErrorCode): GraphQLError {
  const notFound =
    code === ApplicationErrorCode.APPLICATION_NOT_FOUND ||
    code === ApplicationErrorCode.OPPORTUNITY_NOT_FOUND;
  return new GraphQLError(MESSAGES_NB[code], {
    extensions: { code: notFound ? 'NOT_FOUND' : code, reason: code },
  });
}
