import fc from 'fast-check';
import {
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
  organisationNumberCheckDigit,
} from './organisation-number';

const eightDigits = fc.string({
  unit: fc.constantFrom(...Array.from('0123456789')),
  minLength: 8,
  maxLength: 8,
});

describe(isValidOrganisationNumber.name, () => {
  it.each(['923609016', '974760673', '971524960', '983887457'])(
    'accepts the real number %s',
    (value) => {
      expect(isValidOrganisationNumber(value)).toBe(true);
    },
  );

  it.each(['923609017', '12345678', '1234567890', '92360901a', ' 923609016', '923 609 016', ''])(
    'rejects %j',
    (value) => {
      expect(isValidOrganisationNumber(value)).toBe(false);
    },
  );

  it('accepts exactly one check digit for every eight digits that have one', () => {
    fc.assert(
      fc.property(eightDigits, (firstEight) => {
        const accepted = Array.from('0123456789').filter((digit) =>
          isValidOrganisationNumber(firstEight + digit),
        );
        const check = organisationNumberCheckDigit(firstEight);
        expect(accepted).toEqual(check === undefined ? [] : [String(check)]);
      }),
    );
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(
        eightDigits.filter((digits) => organisationNumberCheckDigit(digits) !== undefined),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (firstEight, position, shift) => {
          const valid = firstEight + String(organisationNumberCheckDigit(firstEight));
          const typo =
            valid.slice(0, position) +
            String((Number(valid[position]) + shift) % 10) +
            valid.slice(position + 1);
          expect(isValidOrganisationNumber(typo)).toBe(false);
        },
      ),
    );
  });

  it('rejects anything that is not nine digits', () => {
    fc.assert(
      fc.property(
        fc.string().filter((value) => !/^\d{9}$/.test(value)),
        (value) => !isValidOrganisationNumber(value),
      ),
    );
  });
});

describe(organisationNumberCheckDigit.name, () => {
  it('has no check digit when the remainder is 1', () => {
    // weighted sum 3 * 4 = 12, and 12 % 11 === 1
    expect(organisationNumberCheckDigit('40000000')).toBeUndefined();
  });

  it('uses 0 when the remainder is 0', () => {
    expect(organisationNumberCheckDigit('00000000')).toBe(0);
  });

  it('refuses input that is not eight digits', () => {
    expect(organisationNumberCheckDigit('1234567')).toBeUndefined();
    expect(organisationNumberCheckDigit('1234567a')).toBeUndefined();
  });
});

describe(normaliseOrganisationNumber.name, () => {
  it('removes spaces', () => {
    expect(normaliseOrganisationNumber(' 923 609\t016 ')).toBe('923609016');
  });
});
