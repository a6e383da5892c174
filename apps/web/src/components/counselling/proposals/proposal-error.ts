import type { Dictionary } from '@/i18n/dictionary';
import { bookingErrorText } from '@/lib/booking-errors';

/** A refused proposal move in words: the API's Norwegian sentence, or the dictionary's by code. */
export function proposalErrorText(
  error: unknown,
  texts: Dictionary['proposals']['errors'],
  apiMessagesFit: boolean,
): string {
  const { generic, ...byCode } = texts;
  return bookingErrorText(error, { apiMessagesFit, byCode, generic });
}
