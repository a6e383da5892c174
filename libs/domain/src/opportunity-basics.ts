import { isAdaptation } from './adaptations';
import { FieldErrorCode, type FieldError } from './field-error';
import { createFieldError } from './field-error-message';
import { validateAddressDraft, type AddressDraft } from './hospitering-draft';
import { isIsoDate } from './iso-date';
import { LIMITS } from './limits';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { isStrength } from './strengths';
import { findTrade } from './taxonomy';
import { checkText, type FieldProblem, type TextRule } from './text-field';

/** What every kind of opportunity has: the texts, the trade, the place, and what it offers. */
export interface OpportunityBasicsDraft {
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
  tradeCode: string;
  address: AddressDraft;
  /** Adaptation codes (tilrettelegging) the workplace offers. */
  adaptationsOffered: readonly string[];
  /** Strength codes the employer looks for. */
  strengthsSought: readonly string[];
}

export const OPPORTUNITY_TEXT_RULES = {
  title: { required: true, min: LIMITS.titleMin, max: LIMITS.titleMax },
  description: { required: true, max: LIMITS.descriptionMax },
  tasks: { required: true, max: LIMITS.tasksMax },
  practicalInfo: { required: false, max: LIMITS.practicalInfoMax },
  /** What an apprenticeship expects of an applicant. */
  requirements: { required: false, max: 2000 },
  /** When a simple job's hours are, e.g. "Tirsdager 15–18". */
  schedule: { required: false, max: 200 },
} as const satisfies Record<string, TextRule>;

/** Collects field errors in one locale; shared by the per-kind validators. */
export class FieldErrorList {
  readonly list: FieldError[] = [];

  constructor(readonly locale: Locale = DEFAULT_LOCALE) {}

  add(field: string, problem: FieldProblem | undefined): void {
    if (problem !== undefined) {
      this.list.push(createFieldError(field, problem.code, this.locale, problem.params));
    }
  }

  addAll(errors: readonly FieldError[]): void {
    this.list.push(...errors);
  }
}

export function checkTradeCode(tradeCode: string): FieldProblem | undefined {
  const code = tradeCode.trim();
  if (code === '') return { code: FieldErrorCode.REQUIRED };
  return findTrade(code) === undefined ? { code: FieldErrorCode.UNKNOWN_TRADE } : undefined;
}

/** Every code must be on the fixed list; one error for the whole list, as the form shows one. */
export function checkAdaptations(codes: readonly string[]): FieldProblem | undefined {
  return codes.every(isAdaptation) ? undefined : { code: FieldErrorCode.UNKNOWN_ADAPTATION };
}

export function checkStrengths(codes: readonly string[]): FieldProblem | undefined {
  return codes.every(isStrength) ? undefined : { code: FieldErrorCode.UNKNOWN_STRENGTH };
}

/**
 * A calendar date the employer sets. `previous` is the stored value when editing: a date left as
 * it was is not refused for lying in the past (an old start date must not block fixing a typo).
 */
export function checkFutureDate(
  value: string | null,
  today: string,
  options: { required: boolean; previous?: string | null },
): FieldProblem | undefined {
  if (value === null || value.trim() === '') {
    return options.required ? { code: FieldErrorCode.REQUIRED } : undefined;
  }
  if (!isIsoDate(value)) return { code: FieldErrorCode.INVALID_DATE };
  if (value < today && value !== options.previous) return { code: FieldErrorCode.DATE_IN_PAST };
  return undefined;
}

/** Texts, trade, address, adaptations and strengths: the rules every kind shares. */
export function validateOpportunityBasics(
  draft: OpportunityBasicsDraft,
  locale: Locale = DEFAULT_LOCALE,
): FieldError[] {
  const errors = new FieldErrorList(locale);
  checkBasics(draft, errors);
  return errors.list;
}

export function checkBasics(draft: OpportunityBasicsDraft, errors: FieldErrorList): void {
  errors.add('title', checkText(draft.title, OPPORTUNITY_TEXT_RULES.title));
  errors.add('description', checkText(draft.description, OPPORTUNITY_TEXT_RULES.description));
  errors.add('tasks', checkText(draft.tasks, OPPORTUNITY_TEXT_RULES.tasks));
  errors.add('practicalInfo', checkText(draft.practicalInfo, OPPORTUNITY_TEXT_RULES.practicalInfo));
  errors.add('tradeCode', checkTradeCode(draft.tradeCode));
  errors.addAll(validateAddressDraft(draft.address, errors.locale));
  errors.add('adaptationsOffered', checkAdaptations(draft.adaptationsOffered));
  errors.add('strengthsSought', checkStrengths(draft.strengthsSought));
}

/** Stored form: texts trimmed, codes trimmed, each code once, in the order given. */
export function trimOpportunityBasics<T extends OpportunityBasicsDraft>(draft: T): T {
  const { address } = draft;
  return {
    ...draft,
    title: draft.title.trim(),
    description: draft.description.trim(),
    tasks: draft.tasks.trim(),
    practicalInfo: draft.practicalInfo.trim(),
    tradeCode: draft.tradeCode.trim(),
    address: {
      ...address,
      street: address.street.trim(),
      postalCode: address.postalCode.trim(),
      postalPlace: address.postalPlace.trim(),
      municipalityCode: address.municipalityCode.trim(),
    },
    adaptationsOffered: [...new Set(draft.adaptationsOffered.map((code) => code.trim()))],
    strengthsSought: [...new Set(draft.strengthsSought.map((code) => code.trim()))],
  };
}
