import { GraphQLError } from 'graphql';

export enum ProposalErrorCode {
  /** Also for a proposal or young person the caller may not see: no leaking whether it exists. */
  NOT_FOUND = 'PROPOSAL_NOT_FOUND',
  /** The young person is not in the caller's caseload (nor a pupil of the caller's school). */
  YOUTH_NOT_FOLLOWED = 'YOUTH_NOT_FOLLOWED',
  /** Unknown opportunity, or an employer's draft the counsellor cannot see. */
  OPPORTUNITY_NOT_FOUND = 'PROPOSAL_OPPORTUNITY_NOT_FOUND',
  /** The opportunity is not published (closed, draft, archived). */
  OPPORTUNITY_CLOSED = 'OPPORTUNITY_CLOSED',
  /** This young person already has an open proposal for this opportunity. */
  ALREADY_PROPOSED = 'ALREADY_PROPOSED',
  /** The status machine does not allow this move, by this party, from the current status. */
  ILLEGAL_STATUS_CHANGE = 'ILLEGAL_PROPOSAL_STATUS_CHANGE',
  /** Only NAV coordinators and office leads keep an 8-week list. */
  NO_NAV_OFFICE = 'NO_NAV_OFFICE',
}

const MESSAGES_NB: Record<ProposalErrorCode, string> = {
  [ProposalErrorCode.NOT_FOUND]: 'Vi fant ikke forslaget.',
  [ProposalErrorCode.YOUTH_NOT_FOLLOWED]:
    'Du kan bare foreslå noe for ungdommer du følger opp. Vi fant ikke denne ungdommen blant dem.',
  [ProposalErrorCode.OPPORTUNITY_NOT_FOUND]: 'Vi fant ikke muligheten.',
  [ProposalErrorCode.OPPORTUNITY_CLOSED]:
    'Muligheten er stengt. Den er ikke publisert lenger, så den kan ikke foreslås eller takkes ja til nå.',
  [ProposalErrorCode.ALREADY_PROPOSED]:
    'Denne ungdommen har allerede et åpent forslag om denne muligheten.',
  [ProposalErrorCode.ILLEGAL_STATUS_CHANGE]:
    'Dette kan ikke gjøres med forslaget slik det står nå. Last siden på nytt og se status.',
  [ProposalErrorCode.NO_NAV_OFFICE]:
    'Åtteukerslisten er for koordinatorer og ledere ved et NAV-kontor.',
};

/** Refusals that hide whether the thing exists answer with the common NOT_FOUND code. */
const NOT_FOUND_ALIKE: ReadonlySet<ProposalErrorCode> = new Set([
  ProposalErrorCode.NOT_FOUND,
  ProposalErrorCode.YOUTH_NOT_FOLLOWED,
  ProposalErrorCode.OPPORTUNITY_NOT_FOUND,
]);

function publicCode(reason: ProposalErrorCode): string {
  if (NOT_FOUND_ALIKE.has(reason)) return 'NOT_FOUND';
  // The same refusal as every other "your organisation does not give access to this".
  return reason === ProposalErrorCode.NO_NAV_OFFICE ? 'NO_ORGANISATION' : reason;
}

/**
 * The proposals module's one exception: a GraphQLError carrying its code, so the shared exception
 * filter passes it through unchanged. `reason` tells the precise case apart.
 */
export class ProposalException extends GraphQLError {
  constructor(readonly reason: ProposalErrorCode) {
    super(MESSAGES_NB[reason], {
      extensions: { code: publicCode(reason), reason },
    });
  }
}
