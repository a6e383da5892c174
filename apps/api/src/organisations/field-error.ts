import {
  createFieldError,
  type FieldErrorCode,
  type FieldErrorParams,
  Locale,
} from '@akselerator/domain';
import { FieldValidationException } from '../common/validation/field-validation.exception';

/** One refused field, with the shared Norwegian message. */
export const fieldError = (
  field: string,
  code: FieldErrorCode,
  params?: FieldErrorParams,
): FieldValidationException =>
  new FieldValidationException([createFieldError(field, code, Locale.NB, params)]);
