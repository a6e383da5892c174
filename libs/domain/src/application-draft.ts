import { FieldErrorCode, type FieldError } from './field-error';
import { createFieldError } from './field-error-message';
import { Locale } from './locale';
import { checkText, type TextRule } from './text-field';

/**
 * The profile fields a young person may choose to share with an employer when applying. Nothing is
 * shared unless chosen; an application with none is anonymous (the employer reads the motivation
 * and answers through the platform), which is a deliberate option: equal access, not who you know.
 * Values equal keys.
 */
export enum ApplicationSharedField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  /** Age in whole years at the time of applying (never the birth date). */
  AGE = 'AGE',
  HOME_MUNICIPALITY = 'HOME_MUNICIPALITY',
  /** The programmes and trades the youth is interested in. */
  INTERESTS = 'INTERESTS',
  STRENGTHS = 'STRENGTHS',
  /** Practical adaptations (tilrettelegging), never diagnoses. */
  ADAPTATIONS_NEEDED = 'ADAPTATIONS_NEEDED',
}

export interface ApplicationSharedFieldLabel {
  code: ApplicationSharedField;
  label: string;
  labelEn: string;
}

/** In the order the application form shows them. */
export const APPLICATION_SHARED_FIELDS: readonly ApplicationSharedFieldLabel[] = [
  { code: ApplicationSharedField.NAME, label: 'Navn', labelEn: 'Name' },
  { code: ApplicationSharedField.EMAIL, label: 'E-postadresse', labelEn: 'E-mail address' },
  { code: ApplicationSharedField.AGE, label: 'Alder', labelEn: 'Age' },
  {
    code: ApplicationSharedField.HOME_MUNICIPALITY,
    label: 'Hjemkommune',
    labelEn: 'Home municipality',
  },
  {
    code: ApplicationSharedField.INTERESTS,
    label: 'Interesser (utdanningsprogram og fag)',
    labelEn: 'Interests (programmes and trades)',
  },
  { code: ApplicationSharedField.STRENGTHS, label: 'Styrker', labelEn: 'Strengths' },
  {
    code: ApplicationSharedField.ADAPTATIONS_NEEDED,
    label: 'Tilrettelegging jeg trenger',
    labelEn: 'Adaptations I need',
  },
];

export function isApplicationSharedField(value: unknown): value is ApplicationSharedField {
  return APPLICATION_SHARED_FIELDS.some((field) => field.code === value);
}

/** A short motivation: required, so the employer hears a few words from the young person. */
export const MOTIVATION_RULE: TextRule = { required: true, min: 10, max: 1000 };

export interface ApplicationDraft {
  motivation: string;
  sharedFields: readonly string[];
}

/** Field-level problems with an application, in the given locale; empty when it can be sent. */
export function validateApplicationDraft(
  draft: ApplicationDraft,
  locale: Locale = Locale.NB,
): FieldError[] {
  const errors: FieldError[] = [];
  const motivation = checkText(draft.motivation, MOTIVATION_RULE);
  if (motivation) {
    errors.push(createFieldError('motivation', motivation.code, locale, motivation.params));
  }
  draft.sharedFields.forEach((field, index) => {
    if (!isApplicationSharedField(field)) {
      errors.push(createFieldError(`sharedFields.${index}`, FieldErrorCode.OUT_OF_RANGE, locale));
    }
  });
  return errors;
}

/** The chosen fields once each, in the form's order (so snapshots compare equal). */
export function normaliseSharedFields(fields: readonly string[]): ApplicationSharedField[] {
  return APPLICATION_SHARED_FIELDS.map((field) => field.code).filter((code) =>
    fields.includes(code),
  );
}
