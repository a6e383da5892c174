import fc from 'fast-check';
import { Adaptation } from './adaptations';
import { FieldErrorCode, type FieldError } from './field-error';
import { checkHoursPerWeek, validateSimpleJobDraft, type SimpleJobDraft } from './simple-job-draft';

const today = '2027-01-10';

function simpleJob(overrides: Partial<SimpleJobDraft> = {}): SimpleJobDraft {
  return {
    title: 'Pakke varer i butikken',
    description: 'Matbutikk på Lund som trenger hjelp med varepåfylling etter skoletid.',
    tasks: 'Pakke ut varer, fylle hyller, sjekke datoer.',
    practicalInfo: 'Spør etter Ali i kassa.',
    tradeCode: 'salg',
    address: {
      street: 'Kuholmsveien 2',
      postalCode: '4632',
      postalPlace: 'Kristiansand S',
      municipalityCode: '4204',
      latitude: 58.1552,
      longitude: 8.0275,
    },
    adaptationsOffered: [Adaptation.SHORT_DAYS, Adaptation.FIXED_CONTACT_PERSON],
    strengthsSought: [],
    hoursPerWeek: 6,
    schedule: 'Tirsdager og torsdager 15–18',
    startDate: null,
    applicationDeadline: null,
    ...overrides,
  };
}

const codesOf = (errors: FieldError[]) => errors.map(({ field, code }) => ({ field, code }));

describe(validateSimpleJobDraft.name, () => {
  it('accepts a simple job without dates', () => {
    expect(validateSimpleJobDraft(simpleJob(), today)).toEqual([]);
  });

  it.each([-1, 0, 40.5, 7.25, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %p hours per week',
    (hoursPerWeek) => {
      const errors = validateSimpleJobDraft(simpleJob({ hoursPerWeek }), today);
      expect(codesOf(errors)).toEqual([
        { field: 'hoursPerWeek', code: FieldErrorCode.HOURS_OUT_OF_RANGE },
      ]);
      expect(errors[0]?.message).toContain('40');
    },
  );

  it('accepts any tenth of an hour from 0.1 to 40', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (tenths) => {
        expect(checkHoursPerWeek(tenths / 10)).toBeUndefined();
      }),
    );
  });

  it('refuses a deadline after the start, and a date in the past', () => {
    expect(
      codesOf(
        validateSimpleJobDraft(
          simpleJob({ startDate: '2027-02-01', applicationDeadline: '2027-02-02' }),
          today,
        ),
      ),
    ).toEqual([{ field: 'applicationDeadline', code: FieldErrorCode.DEADLINE_AFTER_START }]);
    expect(codesOf(validateSimpleJobDraft(simpleJob({ startDate: '2027-01-09' }), today))).toEqual([
      { field: 'startDate', code: FieldErrorCode.DATE_IN_PAST },
    ]);
  });

  it('accepts a deadline without a start date and the other way round', () => {
    expect(validateSimpleJobDraft(simpleJob({ applicationDeadline: '2027-02-02' }), today)).toEqual(
      [],
    );
    expect(validateSimpleJobDraft(simpleJob({ startDate: '2027-02-02' }), today)).toEqual([]);
  });

  it('refuses an overlong schedule text', () => {
    expect(
      codesOf(validateSimpleJobDraft(simpleJob({ schedule: 's'.repeat(201) }), today)),
    ).toEqual([{ field: 'schedule', code: FieldErrorCode.TOO_LONG }]);
  });
});
