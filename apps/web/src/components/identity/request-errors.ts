import type { Dictionary } from '@/i18n/dictionary';
import { GraphQLRequestError } from '@/lib/graphql';

/** A failed e-mail-link request in the visitor's language: used, expired or unknown token, or too many tries. */
export function tokenErrorMessage(error: unknown, t: Dictionary['identity']['tokens']): string {
  if (!(error instanceof GraphQLRequestError)) return t.generic;
  // A changed address confirmed after another account took it.
  if (error.fieldErrors.some((field) => field.code === 'EMAIL_TAKEN')) return t.emailTaken;
  switch (error.code) {
    case 'TOKEN_INVALID':
      return t.invalid;
    case 'TOKEN_EXPIRED':
      return t.expired;
    case 'TOKEN_USED':
      return t.used;
    case 'TOO_MANY_ATTEMPTS':
      return t.tooMany;
    default:
      return t.generic;
  }
}
