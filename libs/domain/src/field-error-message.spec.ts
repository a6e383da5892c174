import fc from 'fast-check';
import { FieldErrorCode } from './field-error';
import { createFieldError, fieldErrorMessage } from './field-error-message';
import { Locale } from './locale';

const codes = Object.values(FieldErrorCode);

describe(fieldErrorMessage.name, () => {
  it.each(codes)('has a bokmål and an English text for %s that differ', (code) => {
    const nb = fieldErrorMessage(code, Locale.NB);
    const en = fieldErrorMessage(code, Locale.EN);
    expect(nb.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(nb).not.toBe(en);
    expect(nb).toMatch(/[.?]$/);
    expect(en).toMatch(/[.?]$/);
  });

  it('gives a different text for every code', () => {
    for (const locale of Object.values(Locale)) {
      const texts = codes.map((code) => fieldErrorMessage(code, locale));
      expect(new Set(texts).size).toBe(codes.length);
    }
  });

  it('explains a wrong organisation number in plain bokmål', () => {
    expect(fieldErrorMessage(FieldErrorCode.INVALID_ORGANISATION_NUMBER, Locale.NB)).toBe(
      'Organisasjonsnummeret er ikke gyldig. Sjekk at du har skrevet ni siffer riktig.',
    );
  });

  it('weaves in limits when given', () => {
    expect(fieldErrorMessage(FieldErrorCode.TOO_SHORT, Locale.NB, { min: 10 })).toBe(
      'Skriv minst 10 tegn.',
    );
    expect(fieldErrorMessage(FieldErrorCode.TOO_LONG, Locale.EN, { max: 120 })).toContain('120');
    expect(
      fieldErrorMessage(FieldErrorCode.CAPACITY_OUT_OF_RANGE, Locale.NB, { min: 1, max: 500 }),
    ).toBe('Antall plasser må være et helt tall fra 1 til 500.');
  });

  it('never leaves a placeholder or "undefined" in the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom(...Object.values(Locale)),
        fc.option(fc.record({ min: fc.nat(), max: fc.nat() }, { requiredKeys: [] }), {
          nil: undefined,
        }),
        (code, locale, params) => {
          const sut = fieldErrorMessage(code, locale, params);
          expect(sut).not.toMatch(/undefined|\$\{|\{min\}|\{max\}/);
        },
      ),
    );
  });
});

describe(createFieldError.name, () => {
  it('fills in the message for the field', () => {
    expect(createFieldError('slots.1.capacity', FieldErrorCode.REQUIRED, Locale.EN)).toEqual({
      field: 'slots.1.capacity',
      code: FieldErrorCode.REQUIRED,
      message: 'Please fill in this field.',
    });
  });
});
