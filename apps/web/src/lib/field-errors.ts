import type { FieldError, FieldErrorCode, Locale } from '@akselerator/domain';
import type { Domain } from './domain-client';
import type { ApiFieldError } from './graphql';

/** Field path → message, the first problem per field. */
export type FieldErrorMap = Record<string, string>;

/** DOM id of the input for a dotted field path: `slots.1.capacity` → `f-slots-1-capacity`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w]+/g, '-')}`;
}

function isKnownCode(domain: Domain, code: string): code is FieldErrorCode {
  return new Set<string>(Object.values(domain.FieldErrorCode)).has(code);
}

/**
 * API field errors as messages in the visitor's language: the API writes Norwegian (with
 * parameters such as max lengths filled in); for English the shared domain messages are used
 * when the domain rules are at hand and know the code.
 */
export function apiFieldErrorMap(
  errors: readonly ApiFieldError[],
  locale: Locale,
  domain: Domain | undefined,
): FieldErrorMap {
  const map: FieldErrorMap = {};
  for (const { field, code, message } of errors) {
    map[field] ??=
      domain && locale === domain.Locale.EN && isKnownCode(domain, code)
        ? domain.fieldErrorMessage(code, locale)
        : message;
  }
  return map;
}

export function toErrorMap(errors: readonly FieldError[]): FieldErrorMap {
  const map: FieldErrorMap = {};
  for (const error of errors) {
    map[error.field] ??= error.message;
  }
  return map;
}
