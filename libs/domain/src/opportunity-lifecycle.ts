import { OpportunityKind } from './opportunity-kind';
import { OpportunityStatus } from './opportunity-status';

/**
 * draft → published → closed → archived. A closed opportunity may be published again (reopened,
 * e.g. when a place falls through); archiving is the end and only follows a draft (never used) or
 * a closed one, so nothing live disappears from search in one step without being closed first.
 */
const MOVES: Record<OpportunityStatus, readonly OpportunityStatus[]> = {
  [OpportunityStatus.DRAFT]: [OpportunityStatus.PUBLISHED, OpportunityStatus.ARCHIVED],
  [OpportunityStatus.PUBLISHED]: [OpportunityStatus.CLOSED],
  [OpportunityStatus.CLOSED]: [OpportunityStatus.PUBLISHED, OpportunityStatus.ARCHIVED],
  [OpportunityStatus.ARCHIVED]: [],
};

export enum StatusChange {
  /** A legal move: write the new status. */
  MOVE = 'MOVE',
  /** Already there: a repeated request changes nothing and is not an error. */
  UNCHANGED = 'UNCHANGED',
  ILLEGAL = 'ILLEGAL',
}

export function canMoveOpportunity(from: OpportunityStatus, to: OpportunityStatus): boolean {
  return MOVES[from].includes(to);
}

/** What asking to go from `from` to `to` means. */
export function planStatusChange(from: OpportunityStatus, to: OpportunityStatus): StatusChange {
  if (from === to) return StatusChange.UNCHANGED;
  return canMoveOpportunity(from, to) ? StatusChange.MOVE : StatusChange.ILLEGAL;
}

/** Archived opportunities are kept as history and no longer edited. */
export function isEditable(status: OpportunityStatus): boolean {
  return status !== OpportunityStatus.ARCHIVED;
}

/** Only published opportunities are in the search index. */
export function isSearchable(status: OpportunityStatus): boolean {
  return status === OpportunityStatus.PUBLISHED;
}

/** What publishing (or reopening) needs to know about an opportunity. */
export interface PublishFacts {
  kind: OpportunityKind;
  /** Hospitering days on or after today. */
  upcomingSlots: number;
  startDate: string | null;
  applicationDeadline: string | null;
}

/**
 * Whether it may be shown to pupils now: a hospitering needs a day ahead; anything with an
 * application deadline needs that deadline not passed; an apprenticeship also needs a start date
 * not passed. `today` is the date in Oslo.
 */
export function isPublishable(facts: PublishFacts, today: string): boolean {
  if (facts.applicationDeadline !== null && facts.applicationDeadline < today) return false;
  switch (facts.kind) {
    case OpportunityKind.HOSPITERING:
      return facts.upcomingSlots > 0;
    case OpportunityKind.APPRENTICESHIP:
      return facts.startDate !== null && facts.startDate >= today;
    case OpportunityKind.SIMPLE_JOB:
    case OpportunityKind.TRAINEE:
    case OpportunityKind.WORK_TRIAL:
      return true;
  }
}
