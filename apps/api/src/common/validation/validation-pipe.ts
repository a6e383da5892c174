import { FieldError, FieldErrorCode, fieldErrorMessage, Locale } from '@akselerator/domain';
import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { FieldValidationException } from './field-validation.exception';
import type { RuleParams } from './satisfies.decorator';

const CODES = new Set<string>(Object.values(FieldErrorCode));

// class-validator's own constraints that inputs may still use (nested objects, arrays).
function codeForConstraint(constraint: string): FieldErrorCode {
  if (CODES.has(constraint)) return constraint as FieldErrorCode;
  switch (constraint) {
    case 'arrayMaxSize':
      return FieldErrorCode.TOO_MANY_SLOTS;
    case 'arrayMinSize':
    case 'isDefined':
    case 'isNotEmpty':
      return FieldErrorCode.REQUIRED;
    default:
      return FieldErrorCode.OUT_OF_RANGE;
  }
}

/** Flattens class-validator's tree into dotted field paths (`slots.1.capacity`). */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    // One message per field, and "required" wins over any other rule.
    const broken = Object.keys(error.constraints ?? {});
    const constraint = broken.includes(FieldErrorCode.REQUIRED) ? FieldErrorCode.REQUIRED : broken[0];
    const own: FieldError[] = [];
    if (constraint !== undefined) {
      const code = codeForConstraint(constraint);
      const params = (error.contexts?.[constraint] ?? {}) as RuleParams;
      own.push({ field, code, message: fieldErrorMessage(code, Locale.NB, params) });
    }
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new FieldValidationException(toFieldErrors(errors)),
  });
}
