import fc from 'fast-check';
import { FieldErrorCode } from './field-error';
import { LIMITS } from './limits';
import { COMMON_PASSWORDS } from './common-passwords';
import { checkPassword, isCommonPassword } from './password-policy';

describe(checkPassword.name, () => {
  it.each(['Sommerfugl-2026', 'korrekt hest batteri stift', 'Jeg liker å bake boller!'])(
    'accepts %j',
    (password) => {
      expect(checkPassword(password)).toBeUndefined();
    },
  );

  it('requires a password', () => {
    expect(checkPassword('')).toEqual({ code: FieldErrorCode.REQUIRED });
  });

  it('wants at least the minimum length, counted in characters', () => {
    expect(checkPassword('Bålpanne7')).toEqual({
      code: FieldErrorCode.TOO_SHORT,
      params: { min: LIMITS.passwordMin },
    });
    expect(checkPassword('Bålpanne7!')).toBeUndefined();
  });

  it('refuses more than the maximum length', () => {
    expect(checkPassword('abcd-'.repeat(26))).toEqual({
      code: FieldErrorCode.TOO_LONG,
      params: { max: LIMITS.passwordMax },
    });
  });

  it.each([
    '1234567890',
    'Passord123',
    'QWERTYUIOP',
    'aaaaaaaaaaaa',
    'ababababababab',
    'Kristiansand',
  ])('calls %j weak', (password) => {
    expect(checkPassword(password)).toEqual({ code: FieldErrorCode.WEAK_PASSWORD });
  });

  it('calls a password made of the e-mail address or name weak', () => {
    expect(checkPassword('kari.nordmann1', ['kari.nordmann@example.no'])).toEqual({
      code: FieldErrorCode.WEAK_PASSWORD,
    });
    expect(checkPassword('Ole Olsen 2026', ['ole@example.no', 'Ole Olsen'])).toEqual({
      code: FieldErrorCode.WEAK_PASSWORD,
    });
    expect(checkPassword('Ole har en rød sykkel', ['Ole Olsen'])).toBeUndefined();
  });

  it('accepts any long enough password with varied characters that is not personal', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzæøå0123456789-!')),
          minLength: 16,
          maxLength: 64,
        }),
        (password) => {
          fc.pre(new Set(password).size >= 4);
          expect(checkPassword(password)).toBeUndefined();
        },
      ),
    );
  });
});

describe(isCommonPassword.name, () => {
  it('holds a few thousand breached passwords, lower case, with Norwegian favourites', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(4000);
    for (const password of COMMON_PASSWORDS) expect(password).toBe(password.toLowerCase());
    expect(COMMON_PASSWORDS.has('passord')).toBe(true);
    expect(COMMON_PASSWORDS.has('qwertyuiop')).toBe(true);
  });

  it.each([
    'passord123',
    'Passord123!',
    'PASSORD1234',
    'sommer2024',
    'Sommer2024!',
    'vinter-2025',
    'qwerty123!!',
    'Qwerty12345',
    'password123',
    '123password',
    'football1234',
    'Kristiansand',
    'Jegelskerdeg',
    'jeg elsker deg',
    'Rosenborg2026',
    'Vålerenga1913',
    'superman2000',
    'basketball',
    'iloveyou12',
  ])('knows %j, whatever the case and the short number around it', (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(checkPassword(password)).toEqual({ code: FieldErrorCode.WEAK_PASSWORD });
  });

  it.each([
    'Sommerfugl-2026',
    'korrekt hest batteri stift',
    'Bålpanne7!',
    'monkey-4711-9921',
    'Pizza og taco på fredag',
  ])('lets %j through', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  it("refuses the e-mail address's local part with a few digits, in any case", () => {
    expect(checkPassword('Nordmann.Kari2026', ['kari.nordmann@example.no'])).toBeUndefined();
    expect(checkPassword('KARI.NORDMANN2026', ['kari.nordmann@example.no'])).toEqual({
      code: FieldErrorCode.WEAK_PASSWORD,
    });
    expect(checkPassword('elev-4711-skole', ['elev4711skole@example.no'])).toEqual({
      code: FieldErrorCode.WEAK_PASSWORD,
    });
  });
});
