import fc from 'fast-check';
import { FieldErrorCode } from './field-error';
import { checkText, textLength } from './text-field';

describe(textLength.name, () => {
  it('counts characters, not UTF-16 units', () => {
    expect(textLength('Tømrer')).toBe(6);
    expect(textLength('🔨🪚')).toBe(2);
  });
});

describe(checkText.name, () => {
  const rule = { required: true, min: 3, max: 10 };

  it('requires something other than whitespace', () => {
    expect(checkText('   ', rule)).toEqual({ code: FieldErrorCode.REQUIRED });
    expect(checkText('', { required: false, max: 10 })).toBeUndefined();
  });

  it('counts the trimmed text', () => {
    expect(checkText('  ab  ', rule)).toEqual({
      code: FieldErrorCode.TOO_SHORT,
      params: { min: 3 },
    });
    expect(checkText('  abc  ', rule)).toBeUndefined();
    expect(checkText(' 0123456789 ', rule)).toBeUndefined();
    expect(checkText('0123456789x', rule)).toEqual({
      code: FieldErrorCode.TOO_LONG,
      params: { max: 10 },
    });
  });

  it('accepts exactly the texts whose trimmed length is within the rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        const length = textLength(value.trim());
        expect(checkText(value, rule) === undefined).toBe(length >= 3 && length <= 10);
      }),
    );
  });
});
