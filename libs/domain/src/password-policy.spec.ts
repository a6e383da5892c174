import fc from 'fast-check';
import { FieldErrorCode } from './field-error';
import { LIMITS } from './limits';
import { checkPassword } from './password-policy';

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
