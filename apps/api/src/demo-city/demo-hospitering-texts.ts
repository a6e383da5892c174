import { LIMITS } from '@akselerator/domain';
import { programmePractice } from './demo-programme-practice';
import type { SeededRandom } from '@akselerator/matching';
import { tradeProfile } from './demo-trade-profiles';

export interface HospiteringTextInput {
  employerName: string;
  /** Completes "<name> er …". */
  business: string;
  /** 0 leaves the headcount out. */
  employees: number;
  /** "på Lund", "i Vågsbygd". */
  at: string;
  tradeCode: string;
  programmeCode: string;
  startTime: string;
  endTime: string;
  contactName: string;
}

export interface HospiteringTexts {
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
}

const CLOSINGS = [
  'Du trenger ingen forkunnskaper – vi viser deg alt.',
  'Du får prøve selv så mye som mulig, med en erfaren fagarbeider ved siden av deg.',
  'Vi har lærlinger i bedriften, og du får snakke med en av dem om hvordan det er å gå i lære her.',
  'Spør om alt du lurer på – det er derfor du er her.',
  'Flere av dem som jobber her, begynte selv med en hospiteringsdag.',
] as const;

const LAST_TASKS = [
  'Spise lunsj sammen med resten av gjengen',
  'Snakke med en lærling om veien fra skole til fagbrev',
  'Oppsummere dagen sammen med kontaktpersonen din',
] as const;

const BRING = [
  'Matpakke og drikkeflaske.',
  'Matpakke. Vi har kaffe, te og frukt.',
  'Ingenting – vi spanderer lunsj.',
] as const;

const ADAPTATION = [
  'Trenger du tilrettelegging, for eksempel en kortere dag eller et roligere sted å starte, så si fra på forhånd.',
  'Vi kan tilpasse dagen om du trenger det. Ta kontakt med oss før du kommer.',
] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Sørlandet Rør AS" → "Sørlandet Rør", "Kristiansand kommune – Lundsiden sykehjem" → "Lundsiden sykehjem". */
export function shortEmployerName(name: string): string {
  const afterDash = name.includes(' – ') ? name.slice(name.indexOf(' – ') + 3) : name;
  return afterDash.replace(/ (AS|SA|DA)$/, '');
}

function title(random: SeededRandom, person: string, employerName: string): string {
  const short = shortEmployerName(employerName);
  const candidates = [
    `Bli med en ${person} på jobb`,
    `En dag som ${person} hos ${short}`,
    `Prøv deg som ${person}`,
    `Hvordan er det å være ${person}?`,
    `${capitalise(person)} for en dag`,
    `Hospitering hos ${short}: ${person}`,
  ];
  const chosen = random.pick(candidates);
  return chosen.length <= LIMITS.titleMax ? chosen : `Prøv deg som ${person}`;
}

/** Title, description, tasks and practical information for one listing, in bokmål. */
export function composeHospiteringTexts(
  random: SeededRandom,
  input: HospiteringTextInput,
): HospiteringTexts {
  const profile = tradeProfile(input.tradeCode);
  const practice = programmePractice(input.programmeCode);
  const headcount = input.employees > 0 ? ` Vi er rundt ${input.employees} ansatte.` : '';

  const description = [
    `${input.employerName} er ${input.business} ${input.at}.${headcount} ${profile.about}`,
    `På hospiteringsdagen følger du en av våre ${profile.people} gjennom en vanlig arbeidsdag, fra ${input.startTime} til ${input.endTime}. ${random.pick(CLOSINGS)}`,
    random.pick(practice.suits),
  ].join('\n\n');

  const taskLines = [...random.sample(profile.tasks, random.int(3, 4)), random.pick(LAST_TASKS)];
  const tasks = [
    'Dette skal du gjøre i løpet av dagen:',
    ...taskLines.map((line) => `- ${line}`),
  ].join('\n');

  const meet = random.pick(profile.meet ?? practice.meet);
  const contactRole = random.pick(practice.contactRoles);
  const practicalInfo = [
    `Oppmøte ${meet} kl. ${input.startTime}. Dagen er ferdig kl. ${input.endTime}.`,
    `Kontaktpersonen din er ${input.contactName} (${contactRole}), som tar imot deg når du kommer.`,
    `Klær: ${practice.wear}`,
    `Ta med: ${random.pick(BRING)}`,
    ...(practice.note === undefined ? [] : [practice.note]),
    random.pick(ADAPTATION),
  ].join('\n');

  return {
    title: title(random, profile.person, input.employerName),
    description,
    tasks,
    practicalInfo,
  };
}
