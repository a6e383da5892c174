import { Adaptation } from './adaptations';
import {
  checkDeadlineBeforeStart,
  validateApprenticeshipDraft,
  type ApprenticeshipDraft,
} from './apprenticeship-draft';
import { FieldErrorCode, type FieldError } from './field-error';
import { Locale } from './locale';
import { trimOpportunityBasics } from './opportunity-basics';
import { Strength } from './strengths';

const today = '2027-01-10';

function apprenticeship(overrides: Partial<ApprenticeshipDraft> = {}): ApprenticeshipDraft {
  return {
    title: 'Lærling i elektrikerfaget',
    description: 'Vi er et elektrofirma i Kristiansand med tolv ansatte og egen lærlingansvarlig.',
    tasks: 'Installasjon i bolig og næringsbygg sammen med en erfaren montør.',
    practicalInfo: '',
    tradeCode: 'elektriker',
    address: {
      street: 'Rigedalen 40',
      postalCode: '4626',
      postalPlace: 'Kristiansand S',
      municipalityCode: '4204',
      latitude: 58.1523,
      longitude: 8.0118,
    },
    adaptationsOffered: [Adaptation.FIXED_CONTACT_PERSON],
    strengthsSought: [Strength.HANDS_ON, Strength.ACCURATE],
    places: 2,
    startDate: '2027-08-16',
    applicationDeadline: '2027-03-01',
    requirements: 'Bestått Vg2 elektro.',
    ...overrides,
  };
}

const codesOf = (errors: FieldError[]) => errors.map(({ field, code }) => ({ field, code }));

describe(validateApprenticeshipDraft.name, () => {
  it('accepts a complete apprenticeship', () => {
    expect(validateApprenticeshipDraft(apprenticeship(), today)).toEqual([]);
  });

  it('refuses a deadline after the start date, on the deadline, and allows the same day', () => {
    const errors = validateApprenticeshipDraft(
      apprenticeship({ startDate: '2027-08-16', applicationDeadline: '2027-08-17' }),
      today,
    );
    expect(codesOf(errors)).toEqual([
      { field: 'applicationDeadline', code: FieldErrorCode.DEADLINE_AFTER_START },
    ]);
    expect(errors[0]?.message).toContain('Søknadsfristen');
    expect(
      validateApprenticeshipDraft(
        apprenticeship({ startDate: '2027-08-16', applicationDeadline: '2027-08-16' }),
        today,
      ),
    ).toEqual([]);
  });

  it.each([0, -1, 1.5, 501, Number.NaN])('refuses %p places', (places) => {
    expect(codesOf(validateApprenticeshipDraft(apprenticeship({ places }), today))).toEqual([
      { field: 'places', code: FieldErrorCode.CAPACITY_OUT_OF_RANGE },
    ]);
  });

  it('needs both dates, real and not in the past', () => {
    expect(
      codesOf(
        validateApprenticeshipDraft(
          apprenticeship({ startDate: '', applicationDeadline: '2027-02-30' }),
          today,
        ),
      ),
    ).toEqual([
      { field: 'startDate', code: FieldErrorCode.REQUIRED },
      { field: 'applicationDeadline', code: FieldErrorCode.INVALID_DATE },
    ]);
    expect(
      codesOf(
        validateApprenticeshipDraft(apprenticeship({ applicationDeadline: '2027-01-09' }), today),
      ),
    ).toEqual([{ field: 'applicationDeadline', code: FieldErrorCode.DATE_IN_PAST }]);
  });

  it('lets a stored date that has since passed stay when editing something else', () => {
    const old = apprenticeship({ applicationDeadline: '2027-01-05' });
    expect(
      validateApprenticeshipDraft(old, today, Locale.NB, { applicationDeadline: '2027-01-05' }),
    ).toEqual([]);
    expect(
      codesOf(
        validateApprenticeshipDraft(old, today, Locale.NB, { applicationDeadline: '2027-01-06' }),
      ),
    ).toEqual([{ field: 'applicationDeadline', code: FieldErrorCode.DATE_IN_PAST }]);
  });

  it('refuses an unknown trade, adaptation or strength and reports every field at once', () => {
    const errors = validateApprenticeshipDraft(
      apprenticeship({
        title: '',
        tradeCode: 'astronaut',
        adaptationsOffered: ['SHORT_DAYS', 'HEATED_SEATS'],
        strengthsSought: ['MIND_READER'],
        requirements: 'x'.repeat(2001),
      }),
      today,
      Locale.EN,
    );
    expect(codesOf(errors)).toEqual([
      { field: 'title', code: FieldErrorCode.REQUIRED },
      { field: 'tradeCode', code: FieldErrorCode.UNKNOWN_TRADE },
      { field: 'adaptationsOffered', code: FieldErrorCode.UNKNOWN_ADAPTATION },
      { field: 'strengthsSought', code: FieldErrorCode.UNKNOWN_STRENGTH },
      { field: 'requirements', code: FieldErrorCode.TOO_LONG },
    ]);
    expect(errors[2]?.message).toContain('adaptation');
  });

  it('throws when today is not a date (a programming error, not bad input)', () => {
    expect(() => validateApprenticeshipDraft(apprenticeship(), '10.01.2027')).toThrow(RangeError);
  });
});

describe(checkDeadlineBeforeStart.name, () => {
  it('has nothing to say when either date is missing', () => {
    expect(checkDeadlineBeforeStart(null, '2027-01-01')).toBeUndefined();
    expect(checkDeadlineBeforeStart('2027-01-02', null)).toBeUndefined();
  });
});

describe(trimOpportunityBasics.name, () => {
  it('trims texts and keeps each code once', () => {
    const trimmed = trimOpportunityBasics(
      apprenticeship({
        title: '  Lærling  ',
        adaptationsOffered: [Adaptation.SHORT_DAYS, Adaptation.SHORT_DAYS],
        strengthsSought: [],
      }),
    );
    expect(trimmed.title).toBe('Lærling');
    expect(trimmed.adaptationsOffered).toEqual([Adaptation.SHORT_DAYS]);
    expect(trimmed.places).toBe(2);
  });
});
