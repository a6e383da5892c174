import type { FieldError } from '@akselerator/domain';

/** Input broke one or more field rules; nothing was written. */
export class FieldValidationException extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; '));
  }
}
