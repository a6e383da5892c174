import { daysBetween, todayInOslo } from '@akselerator/domain';

/** No young NAV user should wait more than 8 weeks without an offer (8-ukersregelen). */
export const EIGHT_WEEKS_DAYS = 56;

export type OfferKind = 'PROPOSAL' | 'APPLICATION_OFFER';

export interface WaitingFacts {
  /** The earliest caseload start of the young person. */
  firstCaseload: Date;
  firstIntake: Date | null;
  lastProposal: Date | null;
  lastApplicationOffer: Date | null;
}

export interface Waiting {
  since: Date;
  /** Whole days in the Norwegian calendar from `since` to `today`. */
  days: number;
  lastOfferKind: OfferKind | null;
}

/**
 * Since when a young person has waited: the latest offer (a proposal made for them, or an employer
 * offering a place on their application), or first contact (the earliest of caseload start and
 * intake request) when there was none.
 */
export function waitingSince(facts: WaitingFacts, today: string): Waiting {
  const { lastProposal, lastApplicationOffer } = facts;
  const proposalIsLater =
    lastProposal !== null &&
    (lastApplicationOffer === null || lastProposal >= lastApplicationOffer);
  const lastOffer = proposalIsLater ? lastProposal : lastApplicationOffer;
  const firstContact =
    facts.firstIntake && facts.firstIntake < facts.firstCaseload
      ? facts.firstIntake
      : facts.firstCaseload;
  const since = lastOffer ?? firstContact;
  return {
    since,
    days: Math.max(0, daysBetween(todayInOslo(since), today)),
    lastOfferKind: lastOffer === null ? null : proposalIsLater ? 'PROPOSAL' : 'APPLICATION_OFFER',
  };
}

export function isPastEightWeeks(waiting: Waiting): boolean {
  return waiting.days >= EIGHT_WEEKS_DAYS;
}
