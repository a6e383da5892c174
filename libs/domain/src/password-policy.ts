import { FieldErrorCode } from './field-error';
import { COMMON_PASSWORDS } from './common-passwords';
import { LIMITS } from './limits';
import { textLength, type FieldProblem } from './text-field';

/** A short number, year or symbol that people put around a common word ("Passord123!"). */
const AFFIXES = /^[\p{N}\p{P}\p{S}\s]{0,4}(.*?)[\p{N}\p{P}\p{S}\s]{0,6}$/u;

/** The shortest core that counts as "a common word with something around it". */
const MIN_CORE = 5;

/** A common password, as it is or as a common word with a short number or symbol around it. */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/\s+/g, ''))) {
    return true;
  }
  const core = AFFIXES.exec(lower)?.[1] ?? lower;
  return core.length >= MIN_CORE && COMMON_PASSWORDS.has(core);
}

function lettersAndDigits(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Length first (the one rule that matters most), then a few cheap guesses an attacker tries
 * first: common and breached passwords (an offline list, matched without regard to case, also
 * with a short number or symbol around them), too few different characters, the person's own
 * e-mail address, its local part, or name.
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
    isCommonPassword(password) ||
    new Set(lower).size < 4 ||
    guessable.some((token) => core.includes(token) && token.length * 2 >= core.length)
  ) {
    return { code: FieldErrorCode.WEAK_PASSWORD };
  }
  return undefined;
}
