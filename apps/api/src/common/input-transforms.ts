/**
 * class-transformer `@Transform(...)` helpers shared by the input types, so every form treats
 * blanks and e-mail case the same way. Anything that is not a string is passed on untouched for
 * the validators to reject with a field-level message.
 */
interface TransformInput {
  value: unknown;
}

/** Leading and trailing blanks are never meant (pasted text, a stray space before submit). */
export const trim = ({ value }: TransformInput): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** E-mail addresses are compared and stored in lower case, so `Ola@Skole.no` finds `ola@skole.no`. */
export const normaliseEmail = ({ value }: TransformInput): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
