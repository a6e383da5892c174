import { ApplicationSharedField } from './application-draft';
import { Locale } from './locale';
import type { TextRule } from './text-field';
import { OpportunityKind } from './opportunity-kind';

/**
 * A proposal's life (forslag, `MatchProposal`): a counsellor proposes one opportunity to a young
 * person; the young person says yes (and chooses what the employer may see) or no; on yes the
 * employer answers; an employer's yes can end in a placement. The counsellor may withdraw a
 * proposal the young person has not answered yet. Every move is made by one party only, so nobody
 * is placed somewhere they did not agree to. Values equal keys.
 */
export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EMPLOYER_ACCEPTED = 'EMPLOYER_ACCEPTED',
  EMPLOYER_DECLINED = 'EMPLOYER_DECLINED',
  PLACED = 'PLACED',
}

/** Who makes a move on a proposal. */
export enum ProposalParty {
  YOUTH = 'YOUTH',
  COUNSELLOR = 'COUNSELLOR',
  EMPLOYER = 'EMPLOYER',
}

/** Statuses that still wait for someone; at most one such proposal per youth and opportunity. */
export const OPEN_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.PROPOSED,
  ProposalStatus.ACCEPTED,
  ProposalStatus.EMPLOYER_ACCEPTED,
];

/** Statuses the employer may see: only after the young person said yes. */
export const EMPLOYER_VISIBLE_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.ACCEPTED,
  ProposalStatus.EMPLOYER_ACCEPTED,
  ProposalStatus.EMPLOYER_DECLINED,
  ProposalStatus.PLACED,
];

const { YOUTH, COUNSELLOR, EMPLOYER } = ProposalParty;

/** from → (to → who may make that move). Anything not listed is illegal. */
const TRANSITIONS: Record<
  ProposalStatus,
  Partial<Record<ProposalStatus, readonly ProposalParty[]>>
> = {
  [ProposalStatus.PROPOSED]: {
    [ProposalStatus.ACCEPTED]: [YOUTH],
    [ProposalStatus.DECLINED]: [YOUTH],
    [ProposalStatus.WITHDRAWN]: [COUNSELLOR],
  },
  [ProposalStatus.ACCEPTED]: {
    [ProposalStatus.EMPLOYER_ACCEPTED]: [EMPLOYER],
    [ProposalStatus.EMPLOYER_DECLINED]: [EMPLOYER],
  },
  [ProposalStatus.EMPLOYER_ACCEPTED]: { [ProposalStatus.PLACED]: [EMPLOYER, COUNSELLOR] },
  [ProposalStatus.DECLINED]: {},
  [ProposalStatus.WITHDRAWN]: {},
  [ProposalStatus.EMPLOYER_DECLINED]: {},
  [ProposalStatus.PLACED]: {},
};

/** Whether `by` may move a proposal from `from` to `to`. */
export function canMoveProposal(
  from: ProposalStatus,
  to: ProposalStatus,
  by: ProposalParty,
): boolean {
  return TRANSITIONS[from][to]?.includes(by) ?? false;
}

/** The moves `by` can make from `from` (for buttons). */
export function proposalMovesFor(from: ProposalStatus, by: ProposalParty): ProposalStatus[] {
  return Object.values(ProposalStatus).filter((to) => canMoveProposal(from, to, by));
}

export function isOpenProposal(status: ProposalStatus): boolean {
  return OPEN_PROPOSAL_STATUSES.includes(status);
}

const STATUS_LABELS: Record<Locale, Record<ProposalStatus, string>> = {
  [Locale.NB]: {
    [ProposalStatus.PROPOSED]: 'Venter på svar fra ungdommen',
    [ProposalStatus.ACCEPTED]: 'Takket ja – venter på arbeidsgiveren',
    [ProposalStatus.DECLINED]: 'Takket nei',
    [ProposalStatus.WITHDRAWN]: 'Trukket tilbake',
    [ProposalStatus.EMPLOYER_ACCEPTED]: 'Arbeidsgiveren sa ja',
    [ProposalStatus.EMPLOYER_DECLINED]: 'Arbeidsgiveren sa nei',
    [ProposalStatus.PLACED]: 'Fått plass',
  },
  [Locale.EN]: {
    [ProposalStatus.PROPOSED]: 'Waiting for the young person',
    [ProposalStatus.ACCEPTED]: 'Accepted – waiting for the employer',
    [ProposalStatus.DECLINED]: 'Declined',
    [ProposalStatus.WITHDRAWN]: 'Withdrawn',
    [ProposalStatus.EMPLOYER_ACCEPTED]: 'The employer said yes',
    [ProposalStatus.EMPLOYER_DECLINED]: 'The employer said no',
    [ProposalStatus.PLACED]: 'Placed',
  },
};

export function proposalStatusLabel(status: ProposalStatus, locale: Locale = Locale.NB): string {
  return STATUS_LABELS[locale][status];
}

/**
 * Optional reasons a young person may give for saying no. Kind wording, about the fit and never
 * about the person; the counsellor uses them to propose something better. Values equal keys.
 */
export enum ProposalDeclineReason {
  NOT_MY_TRADE = 'NOT_MY_TRADE',
  TOO_FAR = 'TOO_FAR',
  HOURS_DO_NOT_FIT = 'HOURS_DO_NOT_FIT',
  NOT_READY_YET = 'NOT_READY_YET',
  WANT_TO_TALK_FIRST = 'WANT_TO_TALK_FIRST',
  OTHER = 'OTHER',
}

const DECLINE_LABELS: Record<Locale, Record<ProposalDeclineReason, string>> = {
  [Locale.NB]: {
    [ProposalDeclineReason.NOT_MY_TRADE]: 'Det er ikke noe jeg har lyst til å jobbe med',
    [ProposalDeclineReason.TOO_FAR]: 'Det er for langt å reise',
    [ProposalDeclineReason.HOURS_DO_NOT_FIT]: 'Tidene passer ikke for meg nå',
    [ProposalDeclineReason.NOT_READY_YET]: 'Jeg trenger litt mer tid før jeg begynner',
    [ProposalDeclineReason.WANT_TO_TALK_FIRST]: 'Jeg vil gjerne snakke med veilederen min først',
    [ProposalDeclineReason.OTHER]: 'Noe annet',
  },
  [Locale.EN]: {
    [ProposalDeclineReason.NOT_MY_TRADE]: "It's not something I want to work with",
    [ProposalDeclineReason.TOO_FAR]: "It's too far to travel",
    [ProposalDeclineReason.HOURS_DO_NOT_FIT]: "The hours don't suit me right now",
    [ProposalDeclineReason.NOT_READY_YET]: 'I need a little more time before I start',
    [ProposalDeclineReason.WANT_TO_TALK_FIRST]: "I'd like to talk to my counsellor first",
    [ProposalDeclineReason.OTHER]: 'Something else',
  },
};

export const PROPOSAL_DECLINE_REASONS: readonly ProposalDeclineReason[] =
  Object.values(ProposalDeclineReason);

export function proposalDeclineLabel(
  reason: ProposalDeclineReason,
  locale: Locale = Locale.NB,
): string {
  return DECLINE_LABELS[locale][reason];
}

export function isProposalDeclineReason(value: unknown): value is ProposalDeclineReason {
  return PROPOSAL_DECLINE_REASONS.some((reason) => reason === value);
}

/**
 * What a young person may agree to share with the employer when saying yes: the same fields as
 * an application (nothing unless chosen; the employer sees a frozen copy).
 */
export const PROPOSAL_SHAREABLE_FIELDS: readonly ApplicationSharedField[] =
  Object.values(ApplicationSharedField);

/** The goal a placement reaches, for the coordinator's follow-up (caseload.goal_kind). */
export type PlacementGoalKind = 'JOB' | 'APPRENTICESHIP' | 'ACTIVITY';

export function placementGoalKind(kind: OpportunityKind): PlacementGoalKind {
  switch (kind) {
    case OpportunityKind.APPRENTICESHIP:
      return 'APPRENTICESHIP';
    case OpportunityKind.SIMPLE_JOB:
      return 'JOB';
    // A hospitering day, a trainee place or work practice is an activity (tiltak) on the way.
    case OpportunityKind.HOSPITERING:
    case OpportunityKind.TRAINEE:
    case OpportunityKind.WORK_TRIAL:
      return 'ACTIVITY';
  }
}

/** A personal message is required, so a proposal is never just a link. */
export const PROPOSAL_MESSAGE_RULE: TextRule = { required: true, min: 10, max: 1000 };
/** The employer's answer and the youth's note are optional and short. */
export const PROPOSAL_NOTE_MAX = 1000;
