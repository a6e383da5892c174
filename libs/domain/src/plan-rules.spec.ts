import { Adaptation } from './adaptations';
import { FieldErrorCode } from './field-error';
import { Locale } from './locale';
import {
  formatNorwegianDate,
  INTEREST_TAGS_MAX,
  isMilestoneOwner,
  MILESTONE_OWNERS,
  MilestoneOwner,
  NO_HEALTH_DATA_NOTE,
  normaliseInterests,
  validateMilestoneDraft,
  validatePlanDraft,
  validateStrengthMappingDraft,
  type StrengthMappingDraft,
} from './plan-rules';
import { PlanActor, planChangeSummary, summaryForReader } from './plan-rules-summary';
import { Strength } from './strengths';

const emptyMapping: StrengthMappingDraft = {
  interests: [],
  strengths: [],
  adaptations: [],
  dreams: '',
  workExperience: '',
  goals: '',
};

describe('MilestoneOwner', () => {
  it('has values equal to keys and a label for each, in both languages', () => {
    expect(MILESTONE_OWNERS.map((owner) => owner.code).sort()).toEqual(
      Object.values(MilestoneOwner).sort(),
    );
    for (const owner of MILESTONE_OWNERS) {
      expect(owner.code).toBe(MilestoneOwner[owner.code]);
      for (const text of [owner.label, owner.youthLabel, owner.labelEn, owner.youthLabelEn])
        expect(text.trim()).not.toBe('');
    }
    expect(isMilestoneOwner('TOGETHER')).toBe(true);
    expect(isMilestoneOwner('PARENT')).toBe(false);
  });
});

describe('validatePlanDraft', () => {
  it('accepts a goal and a real start date', () => {
    expect(
      validatePlanDraft({ goal: 'Lærlingplass som elektriker', startsOn: '2026-12-01' }),
    ).toEqual([]);
  });

  it('refuses an empty goal, one too long, and a date that does not exist', () => {
    const errors = validatePlanDraft({ goal: '  ', startsOn: '2026-02-30' });
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['goal', FieldErrorCode.REQUIRED],
      ['startsOn', FieldErrorCode.INVALID_DATE],
    ]);
    expect(validatePlanDraft({ goal: 'x'.repeat(301), startsOn: '2026-12-01' })[0]?.code).toBe(
      FieldErrorCode.TOO_LONG,
    );
    expect(validatePlanDraft({ goal: 'ab', startsOn: '2026-12-01' })[0]?.code).toBe(
      FieldErrorCode.TOO_SHORT,
    );
  });
});

describe('validateMilestoneDraft', () => {
  const start = '2026-12-01';

  it('accepts a milestone due on the start day or later', () => {
    expect(
      validateMilestoneDraft({ title: 'Skrive CV', dueOn: start, owner: 'YOUTH' }, start),
    ).toEqual([]);
  });

  it('refuses a milestone due before the plan starts, naming the start date', () => {
    const [error] = validateMilestoneDraft(
      { title: 'Skrive CV', dueOn: '2026-11-30', owner: 'TOGETHER' },
      start,
      Locale.NB,
      'milestone.',
    );
    expect(error).toEqual({
      field: 'milestone.dueOn',
      code: FieldErrorCode.DATE_RANGE_REVERSED,
      message:
        'Fristen kan ikke være før planen starter (01.12.2026). Velg den dagen eller en senere dag.',
    });
    expect(
      validateMilestoneDraft(
        { title: 'CV', dueOn: '2026-11-30', owner: 'YOUTH' },
        start,
        Locale.EN,
      )[0]?.message,
    ).toContain('before the plan starts (01.12.2026)');
  });

  it('refuses a short title, a missing date and an unknown owner', () => {
    const errors = validateMilestoneDraft({ title: 'x', dueOn: '', owner: 'MUM' }, start);
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['title', FieldErrorCode.TOO_SHORT],
      ['dueOn', FieldErrorCode.REQUIRED],
      ['owner', FieldErrorCode.OUT_OF_RANGE],
    ]);
  });
});

describe('validateStrengthMappingDraft', () => {
  it('accepts codes from the fixed lists and short texts', () => {
    expect(
      validateStrengthMappingDraft({
        ...emptyMapping,
        interests: ['fotball', 'matlaging'],
        strengths: [Strength.CARING, Strength.HANDS_ON],
        adaptations: [Adaptation.SHORT_DAYS],
        dreams: 'Å jobbe med dyr',
      }),
    ).toEqual([]);
  });

  it('refuses unknown strength and adaptation codes, one error per list', () => {
    const errors = validateStrengthMappingDraft({
      ...emptyMapping,
      strengths: ['CARING', 'ADHD'],
      adaptations: ['DIAGNOSIS', 'EPILEPSY'],
    });
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['strengths', FieldErrorCode.UNKNOWN_STRENGTH],
      ['adaptations', FieldErrorCode.UNKNOWN_ADAPTATION],
    ]);
  });

  it('refuses too many or too long interests, and texts over 1000 characters', () => {
    const many = Array.from({ length: INTEREST_TAGS_MAX + 1 }, (_, index) => `interesse ${index}`);
    const errors = validateStrengthMappingDraft({
      ...emptyMapping,
      interests: [...many, 'x'.repeat(41)],
      goals: 'y'.repeat(1001),
    });
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['interests', FieldErrorCode.OUT_OF_RANGE],
      [`interests.${INTEREST_TAGS_MAX + 1}`, FieldErrorCode.TOO_LONG],
      ['goals', FieldErrorCode.TOO_LONG],
    ]);
  });
});

describe('normaliseInterests', () => {
  it('trims, collapses spaces and keeps each tag once', () => {
    expect(normaliseInterests(['  fotball ', 'Fotball', '', 'data   spill'])).toEqual([
      'fotball',
      'data spill',
    ]);
  });
});

describe('NO_HEALTH_DATA_NOTE', () => {
  it('explains in both languages that health and diagnoses are not asked about', () => {
    expect(NO_HEALTH_DATA_NOTE.nb).toContain('diagnoser');
    expect(NO_HEALTH_DATA_NOTE.en).toContain('diagnoses');
  });
});

describe('planChangeSummary', () => {
  it('writes one Norwegian sentence per change, in the third person', () => {
    expect(
      planChangeSummary(PlanActor.COORDINATOR, {
        kind: 'MILESTONE_ADDED',
        title: 'Søke på lærlingplass',
        dueOn: '2027-01-15',
      }),
    ).toBe('Koordinator la til delmålet «Søke på lærlingplass» (frist 15.01.2027).');
    expect(planChangeSummary(PlanActor.YOUTH, { kind: 'MILESTONE_DONE', title: 'Skrive CV' })).toBe(
      'Ungdommen markerte «Skrive CV» som gjort.',
    );
    expect(
      planChangeSummary(PlanActor.COORDINATOR, {
        kind: 'PLAN_EDITED',
        goal: 'Fagbrev',
        startsOn: '2026-12-01',
      }),
    ).toBe('Koordinator endret målet til «Fagbrev» og startdatoen til 01.12.2026.');
    expect(
      planChangeSummary(PlanActor.COORDINATOR, {
        kind: 'MILESTONE_CHANGED',
        title: 'Skrive CV',
        dueOn: '2026-12-10',
        owner: MilestoneOwner.TOGETHER,
      }),
    ).toBe('Koordinator endret delmålet «Skrive CV» (frist 10.12.2026, ansvar: sammen).');
  });

  it('reads "Du" for whoever made the change', () => {
    const summary = planChangeSummary(PlanActor.YOUTH, { kind: 'MILESTONE_DONE', title: 'CV' });
    expect(summaryForReader(summary, PlanActor.YOUTH, true)).toBe('Du markerte «CV» som gjort.');
    expect(summaryForReader(summary, PlanActor.YOUTH, false)).toBe(summary);
  });

  it('formats dates the Norwegian way', () => {
    expect(formatNorwegianDate('2027-01-15')).toBe('15.01.2027');
  });
});
