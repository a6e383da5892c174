import { Locale } from './locale';

/**
 * The few reasons an employer can give for declining a booking. Each gives the pupil a kind,
 * specific message they (and their counsellor) can act on: every request gets an answer.
 */
export enum DeclineReason {
  NO_SUPERVISOR_THAT_DAY = 'NO_SUPERVISOR_THAT_DAY',
  DAY_CANCELLED = 'DAY_CANCELLED',
  TOO_MANY_PUPILS = 'TOO_MANY_PUPILS',
  SAFETY_AGE_LIMIT = 'SAFETY_AGE_LIMIT',
}

interface DeclineText {
  /** What the employer picks from. */
  employerLabel: string;
  /** What the pupil reads. */
  pupilMessage: string;
}

const TEXTS: Record<Locale, Record<DeclineReason, DeclineText>> = {
  [Locale.NB]: {
    [DeclineReason.NO_SUPERVISOR_THAT_DAY]: {
      employerLabel: 'Vi har ingen som kan ta imot eleven denne dagen',
      pupilMessage:
        'Arbeidsgiveren har dessverre ingen som kan ta imot deg denne dagen. Det handler ikke om deg – velg gjerne en annen dag hos dem.',
    },
    [DeclineReason.DAY_CANCELLED]: {
      employerLabel: 'Dagen er avlyst',
      pupilMessage:
        'Denne hospiteringsdagen er avlyst av arbeidsgiveren. Plassen din er frigjort, så du kan booke en annen dag.',
    },
    [DeclineReason.TOO_MANY_PUPILS]: {
      employerLabel: 'Vi har fått flere elever enn vi klarer å ta imot',
      pupilMessage:
        'Arbeidsgiveren har fått flere elever enn de klarer å ta imot denne dagen. Prøv en annen dag, eller et lignende sted i nærheten.',
    },
    [DeclineReason.SAFETY_AGE_LIMIT]: {
      employerLabel: 'Arbeidet har en aldersgrense av sikkerhetshensyn',
      pupilMessage:
        'Arbeidsplassen har en aldersgrense av sikkerhetshensyn, så de kan ikke ta imot deg ennå. Rådgiveren din kan hjelpe deg å finne et lignende fag.',
    },
  },
  [Locale.EN]: {
    [DeclineReason.NO_SUPERVISOR_THAT_DAY]: {
      employerLabel: 'Nobody can look after the pupil that day',
      pupilMessage:
        'Sadly, nobody at the workplace can look after you that day. It is not about you – feel free to pick another day with them.',
    },
    [DeclineReason.DAY_CANCELLED]: {
      employerLabel: 'The day is cancelled',
      pupilMessage:
        'The employer has cancelled this day. Your seat is freed, so you can book another day.',
    },
    [DeclineReason.TOO_MANY_PUPILS]: {
      employerLabel: 'We have more pupils than we can take',
      pupilMessage:
        'The employer has more pupils than they can take that day. Try another day, or a similar place nearby.',
    },
    [DeclineReason.SAFETY_AGE_LIMIT]: {
      employerLabel: 'The work has an age limit for safety reasons',
      pupilMessage:
        'The workplace has an age limit for safety reasons, so they cannot take you yet. Your counsellor can help you find a similar trade.',
    },
  },
};

export function declineText(reason: DeclineReason, locale: Locale): DeclineText {
  return TEXTS[locale][reason];
}
