import { isAdaptation } from './adaptations';
import { FieldErrorCode, type FieldError } from './field-error';
import { createFieldError } from './field-error-message';
import { isIsoDate } from './iso-date';
import { DEFAULT_LOCALE, Locale } from './locale';
import { isStrength } from './strengths';
import { checkText, type TextRule } from './text-field';

/**
 * The individual plan (handlingsplan) and the strength-based mapping (kartlegging) of issue 8 §2:
 * who owns a milestone, and the field rules the API and the web forms share.
 */

/** Who is to do a milestone (delmål). Values equal keys. */
export enum MilestoneOwner {
  YOUTH = 'YOUTH',
  COORDINATOR = 'COORDINATOR',
  TOGETHER = 'TOGETHER',
}

export interface MilestoneOwnerLabel {
  code: MilestoneOwner;
  /** As the coordinator reads it. */
  label: string;
  /** As the young person reads it about themself. */
  youthLabel: string;
  labelEn: string;
  youthLabelEn: string;
}

/** In the order the plan editor offers them. */
export const MILESTONE_OWNERS: readonly MilestoneOwnerLabel[] = [
  {
    code: MilestoneOwner.YOUTH,
    label: 'Ungdommen',
    youthLabel: 'Du',
    labelEn: 'The young person',
    youthLabelEn: 'You',
  },
  {
    code: MilestoneOwner.COORDINATOR,
    label: 'Koordinatoren',
    youthLabel: 'Koordinatoren din',
    labelEn: 'The coordinator',
    youthLabelEn: 'Your coordinator',
  },
  {
    code: MilestoneOwner.TOGETHER,
    label: 'Sammen',
    youthLabel: 'Dere sammen',
    labelEn: 'Together',
    youthLabelEn: 'The two of you',
  },
];

export function isMilestoneOwner(value: unknown): value is MilestoneOwner {
  return MILESTONE_OWNERS.some((owner) => owner.code === value);
}

export function milestoneOwnerLabel(
  owner: MilestoneOwner,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const found = MILESTONE_OWNERS.find((item) => item.code === owner);
  if (!found) return owner;
  return locale === Locale.EN ? found.labelEn : found.label;
}

/** At most this many interest tags, each a short phrase ("fotball", "matlaging"). */
export const INTEREST_TAGS_MAX = 10;

export const PLAN_TEXT_RULES = {
  goal: { required: true, min: 3, max: 300 },
  milestoneTitle: { required: true, min: 2, max: 200 },
  comment: { required: true, max: 2000 },
  interest: { required: true, max: 40 },
  /** Dreams, work experience and goals in the mapping: free text, optional. */
  mappingText: { required: false, max: 1000 },
} as const satisfies Record<string, TextRule>;

/**
 * Why the mapping has no field for diagnoses or health, shown on the form. The mapping is about
 * what the young person is good at and wants; what they need at work is asked as practical
 * adaptations ("korte dager"), never as the reason behind them.
 */
export const NO_HEALTH_DATA_NOTE = {
  nb: 'Her skriver vi ikke diagnoser eller noe om helse. Kartleggingen handler om hva du er god på, hva du liker og hva du drømmer om. Trenger du noe for at jobben skal fungere, velger vi en praktisk tilrettelegging, som korte dager eller en fast kontaktperson – uten at du trenger å si hvorfor. Det du forteller om helse, hører hjemme hos fastlegen eller NAV, ikke her.',
  en: 'We do not write down diagnoses or anything about health here. The mapping is about what you are good at, what you like and what you dream of. If you need something for work to go well, we pick a practical adaptation, such as short days or a fixed contact person – without you having to say why. Health matters belong with your GP or NAV, not here.',
} as const;

/** 2027-01-15 → 15.01.2027, as Norwegian readers write dates. */
export function formatNorwegianDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  return `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}`;
}

export interface PlanDraft {
  goal: string;
  startsOn: string;
}

export interface MilestoneDraft {
  title: string;
  dueOn: string;
  owner: string;
}

export interface StrengthMappingDraft {
  interests: readonly string[];
  strengths: readonly string[];
  adaptations: readonly string[];
  dreams: string;
  workExperience: string;
  goals: string;
}

function push(
  errors: FieldError[],
  field: string,
  value: string,
  rule: TextRule,
  locale: Locale,
): void {
  const problem = checkText(value, rule);
  if (problem) errors.push(createFieldError(field, problem.code, locale, problem.params));
}

/** Field errors of the plan's goal and start date; empty when it can be saved. */
export function validatePlanDraft(draft: PlanDraft, locale: Locale = DEFAULT_LOCALE): FieldError[] {
  const errors: FieldError[] = [];
  push(errors, 'goal', draft.goal, PLAN_TEXT_RULES.goal, locale);
  if (draft.startsOn.trim() === '') {
    errors.push(createFieldError('startsOn', FieldErrorCode.REQUIRED, locale));
  } else if (!isIsoDate(draft.startsOn)) {
    errors.push(createFieldError('startsOn', FieldErrorCode.INVALID_DATE, locale));
  }
  return errors;
}

/** The refusal of a milestone due before its plan starts, naming the plan's start date. */
export function dueBeforeStartError(
  field: string,
  startsOn: string,
  locale: Locale = DEFAULT_LOCALE,
): FieldError {
  const start = formatNorwegianDate(startsOn);
  return {
    field,
    code: FieldErrorCode.DATE_RANGE_REVERSED,
    message:
      locale === Locale.EN
        ? `The due date cannot be before the plan starts (${start}). Pick that day or a later one.`
        : `Fristen kan ikke være før planen starter (${start}). Velg den dagen eller en senere dag.`,
  };
}

/**
 * Field errors of one milestone. `planStartsOn` is the plan's start: a milestone may not fall due
 * before the plan begins. `prefix` places the fields in a larger input ("milestones.2.").
 */
export function validateMilestoneDraft(
  draft: MilestoneDraft,
  planStartsOn: string,
  locale: Locale = DEFAULT_LOCALE,
  prefix = '',
): FieldError[] {
  const errors: FieldError[] = [];
  push(errors, `${prefix}title`, draft.title, PLAN_TEXT_RULES.milestoneTitle, locale);
  if (draft.dueOn.trim() === '') {
    errors.push(createFieldError(`${prefix}dueOn`, FieldErrorCode.REQUIRED, locale));
  } else if (!isIsoDate(draft.dueOn)) {
    errors.push(createFieldError(`${prefix}dueOn`, FieldErrorCode.INVALID_DATE, locale));
  } else if (isIsoDate(planStartsOn) && draft.dueOn < planStartsOn) {
    errors.push(dueBeforeStartError(`${prefix}dueOn`, planStartsOn, locale));
  }
  if (!isMilestoneOwner(draft.owner)) {
    errors.push(createFieldError(`${prefix}owner`, FieldErrorCode.OUT_OF_RANGE, locale));
  }
  return errors;
}

/** Trimmed, inner spaces collapsed, empty ones dropped, each once (case-insensitively). */
export function normaliseInterests(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ');
    const key = clean.toLocaleLowerCase('nb');
    if (clean === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(clean);
  }
  return result;
}

/**
 * Field errors of the mapping. Strengths and adaptations must come from the fixed lists (one error
 * per list, as the form shows one group of checkboxes); there is deliberately no field for health.
 */
export function validateStrengthMappingDraft(
  draft: StrengthMappingDraft,
  locale: Locale = DEFAULT_LOCALE,
): FieldError[] {
  const errors: FieldError[] = [];
  const interests = normaliseInterests(draft.interests);
  if (interests.length > INTEREST_TAGS_MAX) {
    errors.push({
      field: 'interests',
      code: FieldErrorCode.OUT_OF_RANGE,
      message:
        locale === Locale.EN
          ? `There is room for ${INTEREST_TAGS_MAX} interests. Keep the ones that matter most.`
          : `Det er plass til ${INTEREST_TAGS_MAX} interesser. Behold de som betyr mest.`,
    });
  }
  interests.forEach((tag, index) => {
    push(errors, `interests.${index}`, tag, PLAN_TEXT_RULES.interest, locale);
  });
  if (!draft.strengths.every(isStrength)) {
    errors.push(createFieldError('strengths', FieldErrorCode.UNKNOWN_STRENGTH, locale));
  }
  if (!draft.adaptations.every(isAdaptation)) {
    errors.push(createFieldError('adaptations', FieldErrorCode.UNKNOWN_ADAPTATION, locale));
  }
  push(errors, 'dreams', draft.dreams, PLAN_TEXT_RULES.mappingText, locale);
  push(errors, 'workExperience', draft.workExperience, PLAN_TEXT_RULES.mappingText, locale);
  push(errors, 'goals', draft.goals, PLAN_TEXT_RULES.mappingText, locale);
  return errors;
}
