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
