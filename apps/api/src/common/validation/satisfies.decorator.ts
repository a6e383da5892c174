import { FieldErrorCode } from '@akselerator/domain';
import { registerDecorator, ValidationArguments } from 'class-validator';

export type RuleParams = Record<string, string | number>;

/**
 * A field rule from @akselerator/domain, applied at the GraphQL edge. The constraint is named
 * after the FieldErrorCode, so the validation pipe can answer with the shared Norwegian message.
 */
export function Satisfies(
  code: FieldErrorCode,
  predicate: (value: unknown, object: object) => boolean,
  params: RuleParams = {},
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: code,
      target: target.constructor,
      propertyName: propertyName.toString(),
      constraints: [params],
      options: { context: params },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => predicate(value, args.object),
      },
    });
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Required text whose trimmed length lies within [min, max]; one decorator per rule so each gets its code. */
export function TextLength(options: {
  min?: number;
  max: number;
  required?: boolean;
}): PropertyDecorator {
  const { min = 0, max, required = true } = options;
  return (target: object, propertyName: string | symbol) => {
    if (required) {
      Satisfies(FieldErrorCode.REQUIRED, (value) => isString(value) && value.trim().length > 0)(
        target,
        propertyName,
      );
    }
    Satisfies(FieldErrorCode.TOO_LONG, (value) => !isString(value) || value.trim().length <= max, {
      max,
    })(target, propertyName);
    if (min > 0) {
      Satisfies(
        FieldErrorCode.TOO_SHORT,
        (value) => !isString(value) || value.trim().length === 0 || value.trim().length >= min,
        { min },
      )(target, propertyName);
    }
  };
}
