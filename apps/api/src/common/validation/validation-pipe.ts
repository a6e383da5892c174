import { FieldError, FieldErrorCode, fieldErrorMessage, Locale } from '@akselerator/domain';
import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { FieldValidationException } from './field-validation.exception';
import type { RuleParams } from './satisfies.decorator';

const CODES = new Map<string, FieldErrorCode>(
  Object.values(FieldErrorCode).map((code) => [code, code]),
);

// class-validator's own constraints that inputs may still use (nested objects, arrays).
function codeForConstraint(constraint: string): FieldErrorCode {
  const own = CODES.get(constraint);
  if (own) return own;
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
    const own: FieldError[] = [];
    if (broken.length > 0) {
      const constraint = broken.includes(FieldErrorCode.REQUIRED)
        ? FieldErrorCode.REQUIRED
        : (broken[0] ?? '');
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
