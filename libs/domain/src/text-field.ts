import { FieldErrorCode, type FieldErrorParams } from './field-error';

/** A refused value before it is tied to a field and a locale. */
export interface FieldProblem {
  code: FieldErrorCode;
  params?: FieldErrorParams;
}

export interface TextRule {
  required: boolean;
  min?: number;
  max: number;
}

/** Length in characters (code points), as the database counts them, not UTF-16 units. */
export function textLength(value: string): number {
  return Array.from(value).length;
}

/** Checks the trimmed value against a rule. An empty optional value is always fine. */
export function checkText(value: string, rule: TextRule): FieldProblem | undefined {
  const length = textLength(value.trim());
  if (length === 0) {
    return rule.required ? { code: FieldErrorCode.REQUIRED } : undefined;
  }
  if (rule.min !== undefined && length < rule.min) {
    return { code: FieldErrorCode.TOO_SHORT, params: { min: rule.min } };
  }
  if (length > rule.max) {
    return { code: FieldErrorCode.TOO_LONG, params: { max: rule.max } };
  }
  return undefined;
}
