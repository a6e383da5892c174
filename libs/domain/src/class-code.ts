/**
 * Class codes (klassekoder): a school counsellor hands one to a class, a pupil types it at sign-up.
 * Eight characters from an alphabet without look-alikes (no 0/O, 1/I), shown in two groups of four
 * ("K7PX-4QXM"). Typing is forgiving: lower case, spaces and a missing or extra hyphen are accepted.
 */
export const CLASS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CLASS_CODE_LENGTH = 8;
/** How long a new class code works unless the counsellor says otherwise. */
export const CLASS_CODE_DEFAULT_VALID_DAYS = 30;
export const CLASS_CODE_MAX_VALID_DAYS = 365;

const CANONICAL = new RegExp(`^[${CLASS_CODE_ALPHABET}]{${String(CLASS_CODE_LENGTH)}}$`);

/** The canonical form (eight upper-case characters, no hyphen), or null when it cannot be a code. */
export function normaliseClassCode(input: string): string | null {
  const compact = input.replace(/[\s\-–—]/g, '').toUpperCase();
  return CANONICAL.test(compact) ? compact : null;
}

export function isClassCode(input: string): boolean {
  return normaliseClassCode(input) !== null;
}

/** "K7PX4QXM" → "K7PX-4QXM", the way a code is shown and printed. */
export function formatClassCode(code: string): string {
  const canonical = normaliseClassCode(code);
  if (canonical === null) throw new RangeError(`not a class code: ${code}`);
  return `${canonical.slice(0, 4)}-${canonical.slice(4)}`;
}

/**
 * A new code in canonical form. `randomIndex(n)` must return a uniform integer in [0, n); pass
 * `crypto.randomInt` in production (32^8 ≈ 10^12 codes, so guessing one is impractical).
 */
export function generateClassCode(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < CLASS_CODE_LENGTH; i++) {
    const index = randomIndex(CLASS_CODE_ALPHABET.length);
    const char = CLASS_CODE_ALPHABET[index];
    if (char === undefined) throw new RangeError(`randomIndex gave ${String(index)}`);
    code += char;
  }
  return code;
}
