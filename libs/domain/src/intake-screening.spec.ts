import { FieldErrorCode } from './field-error';
import {
  addMonths,
  caseloadFree,
  DEFAULT_CASELOAD_MAX,
  followUpDueDates,
  hasCaseloadRoom,
  INTAKE_QUESTIONS,
  normaliseIntakeAnswers,
  suggestIntakePriority,
  validateIntakeAnswers,
  type IntakeAnswers,
} from './intake-screening';

const answers = (overrides: Partial<IntakeAnswers> = {}): IntakeAnswers => ({
  followUpNeed: 'SOME',
  timeOutside: 'UNDER_3_MONTHS',
  helpWanted: ['FIND_JOB'],
  currentSituation: 'PART_TIME_WORK',
  whatMatters: '',
  ...overrides,
});

describe('intake screening', () => {
  it('has five questions with stable, unique option codes and labels in both languages', () => {
    expect(INTAKE_QUESTIONS).toHaveLength(5);
    for (const question of INTAKE_QUESTIONS) {
      const codes = question.options.map((option) => option.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const option of question.options) {
        expect(option.label).not.toBe('');
        expect(option.labelEn).not.toBe('');
      }
    }
  });

  it('never asks about health or diagnoses', () => {
    const text = JSON.stringify(INTAKE_QUESTIONS).toLowerCase();
    for (const word of ['helse', 'diagnose', 'sykdom', 'health', 'diagnos', 'illness']) {
      expect(text).not.toContain(word);
    }
  });

  it('accepts complete answers', () => {
    expect(validateIntakeAnswers(answers())).toEqual([]);
  });

  it('refuses missing and unknown choices, no help chosen, duplicates and a too long text', () => {
    const errors = validateIntakeAnswers(
      answers({
        followUpNeed: '',
        timeOutside: 'FOREVER',
        helpWanted: [],
        whatMatters: 'x'.repeat(501),
      }),
    );
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['followUpNeed', FieldErrorCode.REQUIRED],
      ['timeOutside', FieldErrorCode.OUT_OF_RANGE],
      ['helpWanted', FieldErrorCode.REQUIRED],
      ['whatMatters', FieldErrorCode.TOO_LONG],
    ]);
    expect(
      validateIntakeAnswers(answers({ helpWanted: ['FIND_JOB', 'FIND_JOB', 'DIAGNOSIS'] })).map(
        (error) => error.field,
      ),
    ).toEqual(['helpWanted.1', 'helpWanted.2']);
  });

  it('suggests HIGH for long time outside with nothing to go to and a wish for close follow-up', () => {
    expect(
      suggestIntakePriority(
        answers({
          timeOutside: 'OVER_12_MONTHS',
          currentSituation: 'NO_ACTIVITY',
          followUpNeed: 'CLOSE',
        }),
      ),
    ).toBe('HIGH');
    expect(
      suggestIntakePriority(
        answers({ timeOutside: 'OVER_12_MONTHS', currentSituation: 'NO_ACTIVITY' }),
      ),
    ).toBe('HIGH');
    expect(
      suggestIntakePriority(
        answers({
          timeOutside: 'MONTHS_3_TO_12',
          currentSituation: 'NO_ACTIVITY',
          followUpNeed: 'CLOSE',
        }),
      ),
    ).toBe('HIGH');
  });

  it('suggests NORMAL in between and LOW when in an activity and not asking for close follow-up', () => {
    expect(suggestIntakePriority(answers({ timeOutside: 'MONTHS_3_TO_12' }))).toBe('NORMAL');
    expect(suggestIntakePriority(answers({ followUpNeed: 'CLOSE' }))).toBe('NORMAL');
    expect(suggestIntakePriority(answers())).toBe('LOW');
  });

  it('normalises: trimmed text, help once each in the form order', () => {
    expect(
      normaliseIntakeAnswers(
        answers({ helpWanted: ['SCHOOL', 'FIND_JOB'], whatMatters: '  Dyr  ' }),
      ),
    ).toMatchObject({ helpWanted: ['FIND_JOB', 'SCHOOL'], whatMatters: 'Dyr' });
  });
});

describe('caseload maximum', () => {
  it('has room below the maximum only', () => {
    expect(DEFAULT_CASELOAD_MAX).toBe(25);
    expect(hasCaseloadRoom(24, 25)).toBe(true);
    expect(hasCaseloadRoom(25, 25)).toBe(false);
    expect(caseloadFree(12, 25)).toBe(13);
    expect(caseloadFree(30, 25)).toBe(0);
  });
});

describe('follow-up reminders', () => {
  it('falls due monthly for six months, on the last day of shorter months', () => {
    expect(followUpDueDates('2026-01-31')).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
    ]);
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });
});
