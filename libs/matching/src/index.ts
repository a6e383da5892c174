// The matching engine: pure functions over plain data (DESIGN.md §5). Randomness is always
// handed in as a seeded generator, so every ranking and allocation can be replayed.
export { deterministicUuid, hashToSeed, SeededRandom } from './seeded-random';
// Cohort allocation (job 3): deferred acceptance with two days per pupil, its report and baselines.
export {
  allocateCohort,
  allocateCohortAssignment,
  type CohortAllocation,
  type CohortAllocationReport,
} from './allocate-cohort';
export {
  summariseCohortAssignment,
  type AssignmentSummary,
  type UnassignedPupil,
  type UnassignedReason,
} from './allocation-report';
export { findBlockingPairs, type BlockingPair } from './blocking-pairs';
export {
  explainCohortAssignment,
  type AssignedSlotReason,
  type PupilAllocationExplanation,
} from './explain-assignment';
export {
  CohortInstanceError,
  DEFAULT_DAYS,
  DEFAULT_MAX_CHOICES,
  lotteryFromSeed,
  parseCohortInstance,
  type CohortAssignment,
  type CohortInstance,
  type CohortPupil,
  type CohortSlot,
  type ParseCohortOptions,
} from './cohort-instance';
export { firstComeFirstServed } from './first-come-first-served';
export {
  measureManipulation,
  type ManipulationReport,
  type ManipulationTrial,
  type Misreport,
} from './manipulation';
export { minCostAssignment } from './min-cost-assignment';
export { choosePupilSlots, dominates, isWeaklyBetter, type PupilPreferences } from './pupil-choice';
// Recommendation (job 1) and candidate ranking (job 2): hard filters, interpretable features,
// explanations in Norwegian.
export {
  recommendOpportunities,
  type FilteredOpportunity,
  type Recommendation,
  type Recommendations,
  type RecommendOptions,
} from './recommend-opportunities';
export {
  rankCandidates,
  type Candidate,
  type CandidateRanking,
  type FilteredCandidate,
  type RankCandidatesOptions,
} from './rank-candidates';
export type { YouthInterests, YouthProfile } from './youth-profile';
export type { OpportunityProfile, OpportunitySlot } from './opportunity-profile';
export { DEFAULT_MATCH_CONFIG, type DiversityConfig, type MatchConfig } from './match-weights';
export {
  CANDIDATE_FEATURES,
  RECOMMENDATION_FEATURES,
  type CandidateFeatureName,
  type CandidateFeatures,
  type FeatureName,
  type RecommendationFeatureName,
  type RecommendationFeatures,
} from './match-features';
export { FilterCode } from './hard-filters';
export type { FilterExplanation } from './explain-filter';
export type { Reason, ReasonCode } from './explain';
