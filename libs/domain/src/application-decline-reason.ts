import { Locale } from './locale';

/**
 * The fixed reasons an employer picks from when declining an application. Each gives the young
 * person a kind, specific message that says what happens next, so they (and their counsellor) can
 * act on it: every application gets an answer. Values equal keys.
 */
export enum ApplicationDeclineReason {
  /** The places went to other applicants. */
  PLACES_TAKEN = 'PLACES_TAKEN',
  /** A formal requirement in the posting is not met yet (a subject, a certificate, an age). */
  REQUIREMENTS_NOT_MET = 'REQUIREMENTS_NOT_MET',
  /** Start date or working hours do not fit together. */
  TIMING_DOES_NOT_FIT = 'TIMING_DOES_NOT_FIT',
  /** The employer cannot follow up a new person right now. */
  NO_CAPACITY_TO_FOLLOW_UP = 'NO_CAPACITY_TO_FOLLOW_UP',
  /** The place is withdrawn; nobody gets it this time. */
  PLACE_WITHDRAWN = 'PLACE_WITHDRAWN',
  /** Another applicant matched what the job needs more closely. */
  OTHER_APPLICANT_CLOSER_MATCH = 'OTHER_APPLICANT_CLOSER_MATCH',
}

export interface ApplicationDeclineText {
  /** What the employer picks from. */
  employerLabel: string;
  /** What the young person reads. */
  youthMessage: string;
}

const TEXTS: Record<Locale, Record<ApplicationDeclineReason, ApplicationDeclineText>> = {
  [Locale.NB]: {
    [ApplicationDeclineReason.PLACES_TAKEN]: {
      employerLabel: 'Plassene er besatt',
      youthMessage:
        'Plassene er dessverre gitt til andre søkere. Det sier ikke noe om hva du er god for – søk gjerne på lignende plasser, så hjelper veilederen din deg videre.',
    },
    [ApplicationDeclineReason.REQUIREMENTS_NOT_MET]: {
      employerLabel: 'Søkeren oppfyller ikke kravene i utlysningen ennå',
      youthMessage:
        'Arbeidsgiveren trenger noe du ikke har ennå, for eksempel et fag eller et sertifikat. Les kravene i utlysningen, og snakk med veilederen din om hvordan du kan komme dit.',
    },
    [ApplicationDeclineReason.TIMING_DOES_NOT_FIT]: {
      employerLabel: 'Oppstart eller arbeidstid passer ikke',
      youthMessage:
        'Oppstarten eller arbeidstiden passet ikke sammen denne gangen. Følg med på arbeidsgiveren – de kan legge ut nye plasser senere.',
    },
    [ApplicationDeclineReason.NO_CAPACITY_TO_FOLLOW_UP]: {
      employerLabel: 'Vi har ikke kapasitet til å følge opp en ny person nå',
      youthMessage:
        'Arbeidsgiveren har ikke nok folk til å følge opp en ny person akkurat nå. Det handler ikke om deg – søk gjerne på andre plasser i mellomtiden.',
    },
    [ApplicationDeclineReason.PLACE_WITHDRAWN]: {
      employerLabel: 'Plassen er trukket tilbake',
      youthMessage:
        'Arbeidsgiveren har trukket tilbake denne plassen, så ingen får den denne gangen. Det handler ikke om deg – se etter lignende plasser i nærheten.',
    },
    [ApplicationDeclineReason.OTHER_APPLICANT_CLOSER_MATCH]: {
      employerLabel: 'En annen søker passet bedre til akkurat denne jobben',
      youthMessage:
        'Arbeidsgiveren valgte en annen søker som passet litt bedre til akkurat denne jobben. Du kom langt – bruk motivasjonen din igjen når du søker neste plass.',
    },
  },
  [Locale.EN]: {
    [ApplicationDeclineReason.PLACES_TAKEN]: {
      employerLabel: 'The places are taken',
      youthMessage:
        'Sadly, the places went to other applicants. It says nothing about what you are good at – apply for similar places, and your counsellor will help you on.',
    },
    [ApplicationDeclineReason.REQUIREMENTS_NOT_MET]: {
      employerLabel: 'The applicant does not meet the requirements yet',
      youthMessage:
        'The employer needs something you do not have yet, such as a subject or a certificate. Read the requirements, and talk to your counsellor about how to get there.',
    },
    [ApplicationDeclineReason.TIMING_DOES_NOT_FIT]: {
      employerLabel: 'Start date or working hours do not fit',
      youthMessage:
        'The start date or working hours did not fit this time. Keep an eye on the employer – they may post new places later.',
    },
    [ApplicationDeclineReason.NO_CAPACITY_TO_FOLLOW_UP]: {
      employerLabel: 'We cannot follow up a new person right now',
      youthMessage:
        'The employer does not have enough people to follow up someone new right now. It is not about you – apply for other places meanwhile.',
    },
    [ApplicationDeclineReason.PLACE_WITHDRAWN]: {
      employerLabel: 'The place is withdrawn',
      youthMessage:
        'The employer has withdrawn this place, so nobody gets it this time. It is not about you – look for similar places nearby.',
    },
    [ApplicationDeclineReason.OTHER_APPLICANT_CLOSER_MATCH]: {
      employerLabel: 'Another applicant was a closer match for this job',
      youthMessage:
        'The employer chose another applicant who matched this particular job a little more closely. You got far – use your motivation again for the next place.',
    },
  },
};

export function applicationDeclineText(
  reason: ApplicationDeclineReason,
  locale: Locale,
): ApplicationDeclineText {
  return TEXTS[locale][reason];
}
