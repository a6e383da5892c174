import { interestCodes } from './mapping-interests';

describe(interestCodes.name, () => {
  it('takes trade and programme codes as they are, and a trade named in words', () => {
    expect(interestCodes(['frisor', 'EL', ' Rørleggerfaget ', 'sykkel'])).toEqual({
      programmeCodes: ['EL'],
      tradeCodes: ['frisor', 'rorlegger'],
    });
  });

  it('leaves free-text interests out of the ranking', () => {
    expect(interestCodes(['musikk', ''])).toEqual({ programmeCodes: [], tradeCodes: [] });
  });
});
