import { FieldErrorCode } from './field-error';
import { LIMITS } from './limits';
import { textLength, type FieldProblem } from './text-field';

/** Passwords people really choose that pass the length rule; lower case. */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '0123456789',
  '1234567890',
  '12345678910',
  '0987654321',
  'abcdefghij',
  'abc1234567',
  'qwertyuiop',
  'qwerty1234',
  '1qaz2wsx3edc',
  'asdfghjkl1',
  'iloveyou12',
  'password123',
  'password1234',
  'passord123',
  'passord1234',
  'passordpassord',
  'sommer2025',
  'sommer2026',
  'vinter2025',
  'vinter2026',
  'kristiansand',
  'kristiansand1',
  'akselerator',
  'akselerator1',
]);

function lettersAndDigits(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Length first (the one rule that matters most), then a few cheap guesses an attacker tries
 * first: common passwords, too few different characters, the person's own e-mail or name.
 * No rules about digits or symbols: long and memorable beats short and complicated.
 */
export function checkPassword(
  password: string,
  personal: readonly string[] = [],
): FieldProblem | undefined {
  const length = textLength(password);
  if (length === 0) {
    return { code: FieldErrorCode.REQUIRED };
  }
  if (length < LIMITS.passwordMin) {
    return { code: FieldErrorCode.TOO_SHORT, params: { min: LIMITS.passwordMin } };
  }
  if (length > LIMITS.passwordMax) {
    return { code: FieldErrorCode.TOO_LONG, params: { max: LIMITS.passwordMax } };
  }
  const lower = password.toLowerCase();
  const core = lettersAndDigits(password);
  const guessable = personal
    .flatMap((value) => [value, value.split('@')[0] ?? ''])
    .map(lettersAndDigits)
    .filter((value) => value.length >= 4);
  if (
    COMMON_PASSWORDS.has(lower) ||
    new Set(lower).size < 4 ||
    guessable.some((token) => core.includes(token) && token.length * 2 >= core.length)
  ) {
    return { code: FieldErrorCode.WEAK_PASSWORD };
  }
  return undefined;
}
