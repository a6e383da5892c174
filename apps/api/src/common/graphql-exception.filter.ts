import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { applicationError } from '../applications/application-errors';
import { ApplicationException } from '../applications/application.exception';
import { BookingErrorCode, BookingException } from '../booking/booking.exception';
import { IdentityErrorCode, IdentityException } from '../identity/identity.exception';
import { OpportunityErrorCode, OpportunityException } from '../opportunities/opportunity.exception';
import { RateLimitException } from './rate-limit/rate-limit.exception';
import { FieldValidationException } from './validation/field-validation.exception';

const MESSAGES_NB = {
  UNAUTHENTICATED: 'Du må logge inn for å gjøre dette.',
  FORBIDDEN: 'Du har ikke tilgang til dette.',
  NOT_FOUND: 'Vi fant ikke det du lette etter.',
  NOT_PUBLISHABLE:
    'Denne muligheten kan ikke publiseres. Sjekk at den har minst én dato fram i tid og at søknadsfristen ikke har gått ut.',
  INTERNAL: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  TOKEN_INVALID: 'Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken, eller be om en ny.',
  TOKEN_EXPIRED: 'Lenken er for gammel og virker ikke lenger. Be om en ny lenke.',
  TOKEN_USED:
    'Denne lenken er allerede brukt. Hver lenke virker bare én gang. Be om en ny hvis du trenger det.',
  TOO_MANY_ATTEMPTS: 'Du har prøvd mange ganger på kort tid. Vent et minutt og prøv igjen.',
  OIDC_NOT_CONFIGURED: 'Innlogging med ID-porten eller Feide er ikke satt opp her ennå.',
  OIDC_FAILED: 'Innloggingen ble ikke fullført. Start innloggingen på nytt.',
  OIDC_EMAIL_MISSING:
    'Vi fikk ingen bekreftet e-postadresse fra innloggingen, så vi kunne ikke finne eller lage brukeren din.',
  OIDC_ACCOUNT_NOT_LINKABLE:
    'Det finnes allerede en bruker med denne e-postadressen. Logg inn med passord og bekreft e-postadressen først.',
} as const;

function identityError(code: IdentityErrorCode): GraphQLError {
  switch (code) {
    case IdentityErrorCode.UNAUTHENTICATED:
      return new GraphQLError(MESSAGES_NB.UNAUTHENTICATED, { extensions: { code } });
    case IdentityErrorCode.FORBIDDEN:
      return new GraphQLError(MESSAGES_NB.FORBIDDEN, { extensions: { code } });
    case IdentityErrorCode.TOKEN_INVALID:
    case IdentityErrorCode.TOKEN_EXPIRED:
    case IdentityErrorCode.TOKEN_USED:
    case IdentityErrorCode.OIDC_NOT_CONFIGURED:
    case IdentityErrorCode.OIDC_FAILED:
    case IdentityErrorCode.OIDC_EMAIL_MISSING:
    case IdentityErrorCode.OIDC_ACCOUNT_NOT_LINKABLE:
      return new GraphQLError(MESSAGES_NB[code], { extensions: { code } });
  }
}

function opportunityError(code: OpportunityErrorCode): GraphQLError {
  switch (code) {
    case OpportunityErrorCode.NOT_FOUND:
      return new GraphQLError(MESSAGES_NB.NOT_FOUND, {
        extensions: { code: 'NOT_FOUND', reason: code },
      });
    case OpportunityErrorCode.NOT_PUBLISHABLE:
      return new GraphQLError(MESSAGES_NB.NOT_PUBLISHABLE, { extensions: { code } });
    case OpportunityErrorCode.ILLEGAL_TRANSITION:
      return new GraphQLError(
        'Dette kan ikke gjøres med muligheten slik den står nå. Last siden på nytt og se status.',
        { extensions: { code } },
      );
    case OpportunityErrorCode.NOT_EDITABLE:
      return new GraphQLError('Muligheten er arkivert og kan ikke endres. Lag en kopi i stedet.', {
        extensions: { code },
      });
    case OpportunityErrorCode.NOT_HOSPITERING:
      return new GraphQLError('Bare hospitering har dager med plasser.', { extensions: { code } });
    case OpportunityErrorCode.SLOT_HAS_BOOKINGS:
      return new GraphQLError(
        'Noen har booket denne dagen, så den kan ikke fjernes. Avlys bookingene i stedet.',
        { extensions: { code } },
      );
  }
}

const BOOKING_MESSAGES_NB: Record<BookingErrorCode, string> = {
  [BookingErrorCode.SLOT_NOT_FOUND]:
    'Vi fant ikke denne hospiteringsdagen. Den kan være fjernet eller ikke publisert ennå.',
  [BookingErrorCode.SLOT_IN_PAST]: 'Denne dagen har allerede vært. Velg en dag fram i tid.',
  [BookingErrorCode.BOOKING_NOT_OPEN]:
    'Bookingen for denne hospiteringen har ikke åpnet ennå. Se når den åpner, og prøv igjen da.',
  [BookingErrorCode.CANCELLATION_DEADLINE_PASSED]:
    'Fristen for å avbestille på nett har gått ut. Gi beskjed til arbeidsgiveren eller rådgiveren din så fort du kan.',
  [BookingErrorCode.SLOT_FULL]:
    'Dagen er full. Du kan stille deg på venteliste, eller velge en annen dag.',
  [BookingErrorCode.ALREADY_BOOKED_THAT_DATE]:
    'Du har allerede en hospitering denne datoen. Velg en annen dato.',
  [BookingErrorCode.BOOKING_NOT_FOUND]: 'Vi fant ikke denne bookingen.',
  [BookingErrorCode.NOT_CANCELLABLE]: 'Denne bookingen kan ikke avbestilles lenger.',
  [BookingErrorCode.DAY_NOT_OVER]: 'Dette kan du gjøre etter hospiteringsdagen.',
  [BookingErrorCode.NO_FEEDBACK_FOR_THIS_BOOKING]:
    'Tilbakemelding kan gis for dager eleven var til stede.',
  [BookingErrorCode.NOT_ANSWERABLE]: 'Denne bookingen er allerede besvart eller avbestilt.',
  [BookingErrorCode.IDEMPOTENCY_KEY_REUSED]:
    'Forespørselen er allerede sendt med andre opplysninger. Last siden på nytt og prøv igjen.',
  [BookingErrorCode.TRY_AGAIN]:
    'Det er mange som booker akkurat nå. Prøv igjen om et øyeblikk – ingenting er booket ennå.',
};

function bookingError(code: BookingErrorCode): GraphQLError {
  const graphQLCode =
    code === BookingErrorCode.SLOT_NOT_FOUND || code === BookingErrorCode.BOOKING_NOT_FOUND
      ? 'NOT_FOUND'
      : code;
  return new GraphQLError(BOOKING_MESSAGES_NB[code], {
    extensions: { code: graphQLCode, reason: code },
  });
}

/** Maps every module's exception to a GraphQL error with a stable `extensions.code`. */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger(GraphQLExceptionFilter.name);

  catch(exception: unknown, _host: ArgumentsHost): GraphQLError {
    if (exception instanceof FieldValidationException) {
      return new GraphQLError(exception.fieldErrors[0]?.message ?? 'Ugyldig input', {
        extensions: {
          code: 'BAD_USER_INPUT',
          field: exception.fieldErrors[0]?.field,
          fieldErrors: exception.fieldErrors,
        },
      });
    }
    if (exception instanceof IdentityException) return identityError(exception.code);
    if (exception instanceof RateLimitException) {
      return new GraphQLError(MESSAGES_NB.TOO_MANY_ATTEMPTS, {
        extensions: { code: exception.code, retryAfterSeconds: exception.retryAfterSeconds },
      });
    }
    if (exception instanceof OpportunityException) return opportunityError(exception.code);
    if (exception instanceof BookingException) return bookingError(exception.code);
    if (exception instanceof ApplicationException) return applicationError(exception.code);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_REQUEST' } });
    }
    this.logger.error(exception instanceof Error ? exception : String(exception));
    return new GraphQLError(MESSAGES_NB.INTERNAL, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}
