import { daysInMonth } from './iso-date';
import { FieldErrorCode, type FieldError } from './field-error';
import { createFieldError } from './field-error-message';
import { Locale } from './locale';
import { checkText, type TextRule } from './text-field';

/**
 * "En dør inn": the programme's five short screening questions a young person answers when asking
 * for a personal coordinator. Strength-based on purpose: they ask what the young person wants help
 * with and what matters to them, never about health or diagnoses. Codes are stable on the wire and
 * in the stored answers (intake_request.answers); labels in bokmål first, English second.
 */
export enum IntakeQuestion {
  FOLLOW_UP_NEED = 'FOLLOW_UP_NEED',
  TIME_OUTSIDE = 'TIME_OUTSIDE',
  HELP_WANTED = 'HELP_WANTED',
  CURRENT_SITUATION = 'CURRENT_SITUATION',
  WHAT_MATTERS = 'WHAT_MATTERS',
}

export type IntakeQuestionKind = 'SINGLE' | 'MULTIPLE' | 'TEXT';

export interface IntakeOption {
  code: string;
  label: string;
  labelEn: string;
}

export interface IntakeQuestionDefinition {
  code: IntakeQuestion;
  /** The answers' field name (IntakeAnswers) and the form field's name. */
  field: keyof IntakeAnswers;
  kind: IntakeQuestionKind;
  label: string;
  labelEn: string;
  hint: string;
  hintEn: string;
  required: boolean;
  options: readonly IntakeOption[];
}

/** The answers as stored and sent: one field per question, option codes for the choices. */
export interface IntakeAnswers {
  followUpNeed: string;
  timeOutside: string;
  helpWanted: readonly string[];
  currentSituation: string;
  whatMatters: string;
}

export type IntakePriority = 'HIGH' | 'NORMAL' | 'LOW';

/** Room for a few sentences, not a life story: the coordinator hears the rest in person. */
export const WHAT_MATTERS_RULE: TextRule = { required: false, max: 500 };

export const INTAKE_QUESTIONS: readonly IntakeQuestionDefinition[] = [
  {
    code: IntakeQuestion.FOLLOW_UP_NEED,
    field: 'followUpNeed',
    kind: 'SINGLE',
    label: 'Hvor mye hjelp ønsker du på veien mot jobb eller skole?',
    labelEn: 'How much help would you like on the way to work or school?',
    hint: 'Det finnes ingen feil svar. Du kan ombestemme deg senere.',
    hintEn: 'There are no wrong answers. You can change your mind later.',
    required: true,
    options: [
      {
        code: 'CLOSE',
        label: 'Jeg vil gjerne ha noen som følger meg tett',
        labelEn: 'I would like someone to follow me closely',
      },
      {
        code: 'SOME',
        label: 'Litt hjelp og noen å spørre innimellom',
        labelEn: 'Some help and someone to ask now and then',
      },
      {
        code: 'UNSURE',
        label: 'Jeg vet ikke helt ennå',
        labelEn: "I'm not sure yet",
      },
    ],
  },
  {
    code: IntakeQuestion.TIME_OUTSIDE,
    field: 'timeOutside',
    kind: 'SINGLE',
    label: 'Hvor lenge har du vært uten jobb eller skole?',
    labelEn: 'How long have you been without work or school?',
    hint: 'Omtrent er godt nok.',
    hintEn: 'Roughly is good enough.',
    required: true,
    options: [
      {
        code: 'NOT_OUTSIDE',
        label: 'Jeg er i jobb eller skole nå, men vil ha hjelp videre',
        labelEn: 'I am in work or school now, but want help going forward',
      },
      { code: 'UNDER_3_MONTHS', label: 'Mindre enn 3 måneder', labelEn: 'Less than 3 months' },
      { code: 'MONTHS_3_TO_12', label: 'Fra 3 til 12 måneder', labelEn: '3 to 12 months' },
      { code: 'OVER_12_MONTHS', label: 'Mer enn ett år', labelEn: 'More than a year' },
    ],
  },
  {
    code: IntakeQuestion.HELP_WANTED,
    field: 'helpWanted',
    kind: 'MULTIPLE',
    label: 'Hva vil du ha hjelp til?',
    labelEn: 'What would you like help with?',
    hint: 'Velg så mange du vil.',
    hintEn: 'Choose as many as you like.',
    required: true,
    options: [
      { code: 'FIND_JOB', label: 'Finne en jobb', labelEn: 'Finding a job' },
      { code: 'APPRENTICESHIP', label: 'Få læreplass', labelEn: 'Getting an apprenticeship' },
      {
        code: 'SCHOOL',
        label: 'Begynne på eller fullføre skole',
        labelEn: 'Starting or finishing school',
      },
      {
        code: 'TRY_A_WORKPLACE',
        label: 'Prøve meg på en arbeidsplass',
        labelEn: 'Trying out a workplace',
      },
      {
        code: 'CV_AND_APPLICATIONS',
        label: 'CV, søknader og jobbintervju',
        labelEn: 'CV, applications and job interviews',
      },
      {
        code: 'FIND_OUT_WHAT_I_WANT',
        label: 'Finne ut hva jeg vil og er god til',
        labelEn: 'Finding out what I want and am good at',
      },
      {
        code: 'PRACTICAL_THINGS',
        label: 'Praktiske ting, som økonomi, bolig eller førerkort',
        labelEn: "Practical things, such as money, housing or a driver's licence",
      },
    ],
  },
  {
    code: IntakeQuestion.CURRENT_SITUATION,
    field: 'currentSituation',
    kind: 'SINGLE',
    label: 'Hva gjør du mest av nå for tiden?',
    labelEn: 'What do you mostly do these days?',
    hint: 'Velg det som passer best.',
    hintEn: 'Choose what fits best.',
    required: true,
    options: [
      {
        code: 'NO_ACTIVITY',
        label: 'Jeg har ingen fast jobb, skole eller aktivitet nå',
        labelEn: 'I have no regular work, school or activity right now',
      },
      {
        code: 'PART_TIME_WORK',
        label: 'Jeg jobber litt, deltid eller ekstravakter',
        labelEn: 'I work a little, part-time or extra shifts',
      },
      {
        code: 'COURSE_OR_ACTIVITY',
        label: 'Jeg er på et kurs, tiltak eller en fritidsaktivitet',
        labelEn: 'I take a course, a programme or a leisure activity',
      },
      {
        code: 'SCHOOL',
        label: 'Jeg går på skole',
        labelEn: 'I go to school',
      },
      { code: 'OTHER', label: 'Noe annet', labelEn: 'Something else' },
    ],
  },
  {
    code: IntakeQuestion.WHAT_MATTERS,
    field: 'whatMatters',
    kind: 'TEXT',
    label: 'Hva er viktig for deg?',
    labelEn: 'What matters to you?',
    hint: 'Valgfritt. For eksempel noe du liker å gjøre, er god til eller drømmer om.',
    hintEn: 'Optional. For example something you like doing, are good at or dream of.',
    required: false,
    options: [],
  },
];

function question(code: IntakeQuestion): IntakeQuestionDefinition {
  const found = INTAKE_QUESTIONS.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`Unknown intake question ${code}`);
  return found;
}

function isOption(code: IntakeQuestion, value: unknown): boolean {
  return question(code).options.some((option) => option.code === value);
}

/** The label of an answer option in the given locale; the code itself when it is unknown. */
export function intakeOptionLabel(
  code: IntakeQuestion,
  value: string,
  locale: Locale = Locale.NB,
): string {
  const option = question(code).options.find((candidate) => candidate.code === value);
  if (!option) return value;
  return locale === Locale.EN ? option.labelEn : option.label;
}

/**
 * Field-level problems with the answers, in the given locale; empty when they can be sent.
 * Single choices must be one of the options, at least one kind of help is chosen (each once), and
 * "what matters to you" is optional with a maximum length.
 */
export function validateIntakeAnswers(
  answers: IntakeAnswers,
  locale: Locale = Locale.NB,
): FieldError[] {
  const errors: FieldError[] = [];
  const single: [keyof IntakeAnswers, IntakeQuestion][] = [
    ['followUpNeed', IntakeQuestion.FOLLOW_UP_NEED],
    ['timeOutside', IntakeQuestion.TIME_OUTSIDE],
    ['currentSituation', IntakeQuestion.CURRENT_SITUATION],
  ];
  for (const [field, code] of single) {
    const value = answers[field];
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push(createFieldError(field, FieldErrorCode.REQUIRED, locale));
    } else if (!isOption(code, value)) {
      errors.push(createFieldError(field, FieldErrorCode.OUT_OF_RANGE, locale));
    }
  }
  const help = Array.isArray(answers.helpWanted) ? answers.helpWanted : [];
  if (help.length === 0) {
    errors.push(createFieldError('helpWanted', FieldErrorCode.REQUIRED, locale));
  }
  help.forEach((value, index) => {
    if (!isOption(IntakeQuestion.HELP_WANTED, value) || help.indexOf(value) !== index) {
      errors.push(createFieldError(`helpWanted.${index}`, FieldErrorCode.OUT_OF_RANGE, locale));
    }
  });
  const whatMatters = typeof answers.whatMatters === 'string' ? answers.whatMatters : '';
  const problem = checkText(whatMatters, WHAT_MATTERS_RULE);
  if (problem) errors.push(createFieldError('whatMatters', problem.code, locale, problem.params));
  return errors;
}

/** Trimmed, help in the form's order and once each: what is stored. */
export function normaliseIntakeAnswers(answers: IntakeAnswers): IntakeAnswers {
  const help = question(IntakeQuestion.HELP_WANTED).options.map((option) => option.code);
  return {
    followUpNeed: answers.followUpNeed.trim(),
    timeOutside: answers.timeOutside.trim(),
    helpWanted: help.filter((code) => answers.helpWanted.includes(code)),
    currentSituation: answers.currentSituation.trim(),
    whatMatters: answers.whatMatters.trim(),
  };
}

/**
 * The suggested priority, a starting point the office lead may overrule by routing. Points:
 * time outside work/school (more than a year 2, 3–12 months 1), no regular activity now 1, wants
 * to be followed closely 1. HIGH from 3 points (e.g. more than a year outside with nothing to go
 * to, or 3–12 months outside, no activity and asking for close follow-up); LOW at 0 points (in
 * work, school or an activity recently, and not asking for close follow-up); NORMAL otherwise.
 * "What kind of help" and "what matters" never change the priority: they shape the help, not the
 * place in the queue.
 */
export function suggestIntakePriority(answers: IntakeAnswers): IntakePriority {
  let points = 0;
  if (answers.timeOutside === 'OVER_12_MONTHS') points += 2;
  else if (answers.timeOutside === 'MONTHS_3_TO_12') points += 1;
  if (answers.currentSituation === 'NO_ACTIVITY') points += 1;
  if (answers.followUpNeed === 'CLOSE') points += 1;
  if (points >= 3) return 'HIGH';
  return points === 0 ? 'LOW' : 'NORMAL';
}

/** Young people one coordinator follows at most, unless configured (the programme's seed: 25). */
export const DEFAULT_CASELOAD_MAX = 25;

/**
 * The caseload rule, one function for routing and for manual assignment: a coordinator with
 * `active` young people may take one more while below the maximum.
 */
export function hasCaseloadRoom(active: number, max: number): boolean {
  return active < max;
}

/** Places left in a caseload (never negative, even if a lowered maximum leaves it over). */
export function caseloadFree(active: number, max: number): number {
  return Math.max(0, max - active);
}

/** After the goal is reached (job, apprenticeship, school, activity), follow-up goes on this long. */
export const FOLLOW_UP_MONTHS = 6;

export type GoalKind = 'JOB' | 'APPRENTICESHIP' | 'SCHOOL' | 'ACTIVITY';
export const GOAL_KINDS: readonly GoalKind[] = ['JOB', 'APPRENTICESHIP', 'SCHOOL', 'ACTIVITY'];

export function isGoalKind(value: unknown): value is GoalKind {
  return GOAL_KINDS.includes(value as GoalKind);
}

/** `date` (YYYY-MM-DD) plus `months` calendar months, on the month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = (((month % 12) + 12) % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, last), 2)}`;
}

/** The monthly follow-up reminders after the goal was reached on `goalReachedOn`: months 1..6. */
export function followUpDueDates(goalReachedOn: string): string[] {
  return Array.from({ length: FOLLOW_UP_MONTHS }, (_, index) =>
    addMonths(goalReachedOn, index + 1),
  );
}
