import { GraphQLRequestError } from './graphql';

/**
 * What to tell a person when a booking action fails. The API's booking errors already carry a
 * kind Norwegian sentence in `message`; in Norwegian it is shown as it is, in English the
 * dictionary's text for the code stands in. Anything unexpected gets the general message.
 */
export function bookingErrorText(
  error: unknown,
  options: {
    /** True when the UI speaks the API's language (Norwegian). */
    apiMessagesFit: boolean;
    /** English (or other) texts by `extensions.code`. */
    byCode: Record<string, string>;
    generic: string;
  },
): string {
  if (!(error instanceof GraphQLRequestError)) return options.generic;
  if (error.code === 'NETWORK_ERROR' || error.code === 'INTERNAL_SERVER_ERROR') {
    return options.byCode[error.code] ?? options.generic;
  }
  if (options.apiMessagesFit && error.message && error.message !== error.code) {
    return error.message;
  }
  return options.byCode[error.code] ?? options.generic;
}

/** Failures after which the same click may be sent again with the same idempotency key. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    (error.code === 'TRY_AGAIN' || error.code === 'NETWORK_ERROR')
  );
}
