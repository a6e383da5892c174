import type { Operation } from './graphql';

/**
 * Cohort allocation rounds: the counsellor's rounds, preview and publish, and the pupil's ranking.
 * A module of its own, so other routes' islands do not carry these strings.
 */

export type AllocationRoundStatus = 'OPEN' | 'PUBLISHED';

export interface RoundSlot {
  slotId: string;
  opportunityId: string;
  title: string;
  employerName: string;
  tradeCode: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  seatsLeft: number;
}

export interface RoundPupil {
  youthId: string;
  name: string;
  choicesCount: number;
}

export interface AllocationRound {
  id: string;
  title: string;
  cohortId: string;
  cohortName: string;
  status: AllocationRoundStatus;
  choicesDeadline: string;
  daysPerPupil: number;
  minChoices: number;
  maxChoices: number;
  seed: number;
  publishedAt: string | null;
  slots: RoundSlot[];
  pupils: RoundPupil[];
}

export interface AssignedDay {
  slotId: string;
  rank: number;
  title: string;
  employerName: string;
  date: string;
  startTime: string;
  endTime: string;
  reason: string;
  reasonEn: string;
  bookingId: string | null;
}

export interface PupilAllocation {
  youthId: string;
  name: string;
  days: AssignedDay[];
  shortfall: string | null;
  shortfallEn: string | null;
}

export interface AllocationReport {
  algorithm: string;
  seed: number;
  pupils: number;
  pupilsFullyAssigned: number;
  pupilsPartiallyAssigned: number;
  pupilsUnassigned: number;
  seats: number;
  seatsAssigned: number;
  seatsLeft: number;
  rankDistribution: number[];
  gotFirstChoice: number;
  gotSecondChoice: number;
  blockingPairs: number;
  runTimeMs: number;
}

export interface AllocationPreview {
  roundId: string;
  status: AllocationRoundStatus;
  report: AllocationReport;
  pupils: PupilAllocation[];
  bookingsCreated: number;
}

export interface PupilRound {
  id: string;
  title: string;
  status: AllocationRoundStatus;
  choicesDeadline: string;
  canRank: boolean;
  daysPerPupil: number;
  minChoices: number;
  maxChoices: number;
  slots: RoundSlot[];
  myRanking: string[];
  suggestedRanking: string[];
  assignedDays: AssignedDay[];
  shortfall: string | null;
  shortfallEn: string | null;
}

export interface CounsellorCohort {
  id: string;
  name: string;
  schoolYear: string;
  schoolName: string;
}

const SLOT =
  'slotId opportunityId title employerName tradeCode date startTime endTime capacity seatsLeft';
const ROUND = `id title cohortId cohortName status choicesDeadline daysPerPupil minChoices maxChoices seed publishedAt
  slots { ${SLOT} } pupils { youthId name choicesCount }`;
const DAY = 'slotId rank title employerName date startTime endTime reason reasonEn bookingId';
const PREVIEW = `roundId status bookingsCreated
  report { algorithm seed pupils pupilsFullyAssigned pupilsPartiallyAssigned pupilsUnassigned seats seatsAssigned
           seatsLeft rankDistribution gotFirstChoice gotSecondChoice blockingPairs runTimeMs }
  pupils { youthId name days { ${DAY} } shortfall shortfallEn }`;
const PUPIL_ROUND = `id title status choicesDeadline canRank daysPerPupil minChoices maxChoices
  slots { ${SLOT} } myRanking suggestedRanking assignedDays { ${DAY} } shortfall shortfallEn`;

export interface AllocationRoundsData {
  allocationRounds: AllocationRound[];
  myCohorts: CounsellorCohort[];
}
export const ALLOCATION_ROUNDS_QUERY: Operation<AllocationRoundsData> = {
  query: `query AllocationRounds { allocationRounds { ${ROUND} } myCohorts { id name schoolYear schoolName } }`,
};

export interface AllocationRoundData {
  allocationRound: AllocationRound;
}
export const ALLOCATION_ROUND_QUERY: Operation<AllocationRoundData, { id: string }> = {
  query: `query AllocationRound($id: ID!) { allocationRound(id: $id) { ${ROUND} } }`,
};

export interface SlotOptionsData {
  allocationSlotOptions: RoundSlot[];
}
export const SLOT_OPTIONS_QUERY: Operation<SlotOptionsData> = {
  query: `query AllocationSlotOptions { allocationSlotOptions { ${SLOT} } }`,
};

export interface OpenRoundInput {
  cohortId: string;
  title: string;
  slotIds: string[];
  choicesDeadline: string;
  daysPerPupil: number;
  minChoices: number;
}
export const OPEN_ROUND_MUTATION: Operation<
  { openAllocationRound: { id: string } },
  { input: OpenRoundInput }
> = {
  query: `mutation OpenAllocationRound($input: OpenAllocationRoundInput!) { openAllocationRound(input: $input) { id } }`,
};

export const PREVIEW_QUERY: Operation<
  { allocationPreview: AllocationPreview },
  { roundId: string }
> = {
  query: `query AllocationPreview($roundId: ID!) { allocationPreview(roundId: $roundId) { ${PREVIEW} } }`,
};

export const PUBLISH_MUTATION: Operation<
  { publishAllocation: AllocationPreview },
  { roundId: string }
> = {
  query: `mutation PublishAllocation($roundId: ID!) { publishAllocation(roundId: $roundId) { ${PREVIEW} } }`,
};

export type PublishPhase = 'IDLE' | 'LOCKING' | 'ALLOCATING' | 'BOOKING' | 'COMMITTING';
export interface PublishProgress {
  phase: PublishPhase;
  done: number;
  total: number;
}
export const PUBLISH_PROGRESS_QUERY: Operation<
  { allocationPublishProgress: PublishProgress },
  { roundId: string }
> = {
  query: `query AllocationPublishProgress($roundId: ID!) { allocationPublishProgress(roundId: $roundId) { phase done total } }`,
};

export interface MyRoundsData {
  myAllocationRounds: PupilRound[];
}
export const MY_ROUNDS_QUERY: Operation<MyRoundsData> = {
  query: `query MyAllocationRounds { myAllocationRounds { ${PUPIL_ROUND} } }`,
};

export const RANK_MUTATION: Operation<
  { rankAllocationChoices: { id: string; myRanking: string[] } },
  { input: { roundId: string; slotIds: string[] } }
> = {
  query: `mutation RankAllocationChoices($input: RankChoicesInput!) { rankAllocationChoices(input: $input) { id myRanking } }`,
};

// —— The employer's candidate list for one opportunity (rankedCandidates) ——

export interface RankedCandidate {
  youthId: string;
  displayName: string;
  score: number;
  reasons: { code: string; text: string; textEn: string }[];
  daysWithoutOffer: number | null;
  pastEightWeeks: boolean;
}
export const RANKED_CANDIDATES_QUERY: Operation<
  { rankedCandidates: RankedCandidate[] },
  { opportunityId: string }
> = {
  query: `query RankedCandidates($opportunityId: ID!) {
  rankedCandidates(opportunityId: $opportunityId, first: 20) {
    youthId displayName score reasons { code text textEn } daysWithoutOffer pastEightWeeks
  }
}`,
};
