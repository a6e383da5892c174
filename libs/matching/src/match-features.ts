/**
 * The interpretable features of a youth–opportunity pair, each a number in [0, 1] where 1 is the
 * better match. Each feature is a small pure function so that a score can be read (and argued
 * with) term by term: score = Σ wᵢ·xᵢ / Σ wᵢ (match-weights.ts holds the wᵢ, match-score.ts sums).
 * Both sides share the pair features; recommending adds local demand, the waiting lift and
 * exposure, ranking candidates adds urgency under the 8-week rule.
 *
 * The ranking loops call into this one module for every pair: keeping the features together
 * keeps those calls cheap.
 */
import { Adaptation, daysBetween, isIsoDate } from '@akselerator/domain';
import type { Passed } from './hard-filters';
import type { MatchConfig } from './match-weights';
import type { OpportunityProfile, OpportunitySlot } from './opportunity-profile';
import type { PreparedYouth } from './prepared-youth';

/** Features of a pair that both sides see: recommending to a youth and ranking candidates. */
export const PAIR_FEATURES = [
  'TRADE_FIT',
  'PROGRAMME_FIT',
  'STRENGTHS_FIT',
  'DISTANCE',
  'DATE_FIT',
  'HOURS_FIT',
  'ADAPTATION_FIT',
] as const;

/** The pair features plus what only matters when one youth compares many places. */
export const RECOMMENDATION_FEATURES = [
  ...PAIR_FEATURES,
  'LOCAL_DEMAND',
  'WAITED_LIFT',
  'EXPOSURE',
] as const;

/** The pair features plus what only matters when one place compares many youths. */
export const CANDIDATE_FEATURES = [...PAIR_FEATURES, 'URGENCY'] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];
export type RecommendationFeatureName = (typeof RECOMMENDATION_FEATURES)[number];
export type CandidateFeatureName = (typeof CANDIDATE_FEATURES)[number];
export type FeatureName = RecommendationFeatureName | CandidateFeatureName;

export type PairFeatures = Record<PairFeatureName, number>;
export type RecommendationFeatures = Record<RecommendationFeatureName, number>;
export type CandidateFeatures = Record<CandidateFeatureName, number>;

/** NaN and ±∞ become 0; everything else is clamped into [0, 1]. */
export function clamp01(value: number): number {
  if (!Number.isFinite(value)) {
    return 0;
  }
  return Math.min(1, Math.max(0, value));
}

/** How many items of `wanted` appear in `available` (short lists: a nested loop beats a Set). */
export function countShared<T>(wanted: readonly T[], available: readonly T[]): number {
  let shared = 0;
  for (let index = 0; index < wanted.length; index++) {
    if (available.includes(wanted[index])) {
      shared++;
    }
  }
  return shared;
}

/** Share of the strengths the place looks for that the youth has; 0 when it names none. */
export function strengthsFit(strengths: readonly string[], sought: readonly string[]): number {
  return sought.length === 0 ? 0 : countShared(sought, strengths) / sought.length;
}

/** Share of the youth's adaptation needs the place offers; 1 when the youth needs none. */
export function adaptationFit(needed: readonly string[], offered: readonly string[]): number {
  return needed.length === 0 ? 1 : countShared(needed, offered) / needed.length;
}

/**
 * Nearness: 1 at the door, ½ at `halfScoreKm`, falling smoothly and never below 0 (a hyperbola, so
 * 2 km vs 4 km matters more than 32 km vs 34 km). Unknown distance is neutral: ½.
 */
export function distanceFit(km: number | null, halfScoreKm: number): number {
  if (km === null || !Number.isFinite(km)) {
    return 0.5;
  }
  return clamp01(halfScoreKm / (halfScoreKm + Math.max(0, km)));
}

/**
 * Sooner is better: a slot today scores 1, one `horizonDays` or more away scores 0. An open place
 * without slots (apprenticeship, job) has no date to fit and gets `openPlaceFit`.
 */
export function dateFit(
  daysToSlot: number | null,
  horizonDays: number,
  openPlaceFit: number,
): number {
  if (daysToSlot === null) {
    return clamp01(openPlaceFit);
  }
  return clamp01(1 - daysToSlot / horizonDays);
}

/** Length of a slot in hours; NaN when its times are not 'HH:MM'. */
export function slotHours(slot: OpportunitySlot): number {
  return (minutesOrNaN(slot.endTime) - minutesOrNaN(slot.startTime)) / 60;
}

function minutesOrNaN(time: string): number {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    return Number.NaN;
  }
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export interface HoursWanted {
  /** The youth's own ceiling, if they gave one. */
  maxHoursPerWeek: number | null;
  /** The youth needs short days and the place does not offer them as an adaptation. */
  needsShortDays: boolean;
}

export interface HoursOffered {
  hoursPerWeek: number | null;
  /** Length of the day the youth would come (the chosen slot), if known. */
  dayHours: number | null;
}

/**
 * How well the working hours fit what the youth can do: the worse of two ratios, each 1 when
 * within the limit and limit/actual above it. No wish: 1. A wish but unknown hours: ½.
 */
export function hoursFit(
  wanted: HoursWanted,
  offered: HoursOffered,
  shortDayHours: number,
): number {
  let fit = 1;
  if (wanted.maxHoursPerWeek !== null) {
    fit = Math.min(fit, ratioWithin(wanted.maxHoursPerWeek, offered.hoursPerWeek));
  }
  if (wanted.needsShortDays) {
    const dayHours =
      offered.dayHours ?? (offered.hoursPerWeek === null ? null : offered.hoursPerWeek / 5);
    fit = Math.min(fit, ratioWithin(shortDayHours, dayHours));
  }
  return fit;
}

function ratioWithin(limit: number, actual: number | null): number {
  if (actual === null || !Number.isFinite(actual) || actual <= 0) {
    return 0.5;
  }
  return clamp01(limit / actual);
}

/** Share of the 8-week limit a youth has waited without an offer (1 at or past the limit). */
export function waitedShare(daysWithoutOffer: number | null, ruleDays: number): number {
  return daysWithoutOffer === null ? 0 : clamp01(daysWithoutOffer / ruleDays);
}

/** Few bookings, more exposure: 1 with none, ½ at `halfBookings`, towards 0 for the busiest. */
export function exposureFit(bookingsCount: number, halfBookings: number): number {
  return clamp01(halfBookings / (halfBookings + Math.max(0, bookingsCount)));
}

/**
 * What every pair of one ranking shares: the date, the configuration, and a memo of day counts
 * (thousands of slots fall on the same hundred dates; parsing each once keeps the loop cheap).
 */
export class PairContext {
  private readonly daysUntilDate = new Map<string, number>();

  constructor(
    readonly today: string,
    readonly config: MatchConfig,
  ) {}

  /** Days from today to the slot; null for an open place; ∞ for a malformed date. */
  daysToSlot(slot: OpportunitySlot | null): number | null {
    if (slot === null) {
      return null;
    }
    let days = this.daysUntilDate.get(slot.date);
    if (days === undefined) {
      days = isIsoDate(slot.date) ? daysBetween(this.today, slot.date) : Number.POSITIVE_INFINITY;
      this.daysUntilDate.set(slot.date, days);
    }
    return days;
  }
}

/** The features both sides share, one function each (the side functions below list them). */
export const pairFeature = {
  trade: (youth: PreparedYouth, opportunity: OpportunityProfile): number =>
    youth.tradeCodes.has(opportunity.tradeCode) ? 1 : 0,
  programme: (youth: PreparedYouth, opportunity: OpportunityProfile): number =>
    youth.programmeCodes.has(opportunity.programmeCode) ? 1 : 0,
  strengths: (youth: PreparedYouth, opportunity: OpportunityProfile): number =>
    strengthsFit(youth.profile.strengths, opportunity.strengthsSought),
  distance: (passed: Passed, context: PairContext): number =>
    distanceFit(passed.km, context.config.distanceHalfScoreKm),
  date: (passed: Passed, context: PairContext): number =>
    dateFit(
      context.daysToSlot(passed.slot),
      context.config.dateHorizonDays,
      context.config.openPlaceDateFit,
    ),
  hours: (
    youth: PreparedYouth,
    opportunity: OpportunityProfile,
    passed: Passed,
    context: PairContext,
  ): number => pairHoursFit(youth, opportunity, passed, context.config),
  adaptations: (youth: PreparedYouth, opportunity: OpportunityProfile): number =>
    adaptationFit(youth.profile.adaptationsNeeded, opportunity.adaptationsOffered),
};

function pairHoursFit(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
  passed: Passed,
  config: MatchConfig,
): number {
  const needsShortDays =
    youth.needsShortDays && !opportunity.adaptationsOffered.includes(Adaptation.SHORT_DAYS);
  if (youth.maxHoursPerWeek === null && !needsShortDays) {
    return 1;
  }
  return hoursFit(
    { maxHoursPerWeek: youth.maxHoursPerWeek, needsShortDays },
    {
      hoursPerWeek: opportunity.hoursPerWeek ?? null,
      dayHours: passed.slot === null ? null : slotHours(passed.slot),
    },
    config.shortDayHours,
  );
}

/**
 * Seen from the youth. WAITED_LIFT = (share of the 8 weeks waited) × (can this place be had
 * soon?): the longer the wait, the more a place that takes people now, or has a day within two
 * weeks, is lifted.
 */
export function recommendationFeatures(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
  passed: Passed,
  context: PairContext,
  into?: RecommendationFeatures,
): RecommendationFeatures {
  const features = optimisticRecommendationFeatures(youth, opportunity, passed, context, into);
  return completeRecommendationFeatures(youth, opportunity, passed, context, features);
}

/**
 * The cheap features, with the three that compare lists (strengths, hours, adaptations) set to
 * their best, 1. Scored, this is the most the place can reach: the ranking loop skips a place
 * whose best cannot enter the page, without comparing its lists.
 */
export function optimisticRecommendationFeatures(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
  passed: Passed,
  context: PairContext,
  into?: RecommendationFeatures,
): RecommendationFeatures {
  const { config } = context;
  const days = context.daysToSlot(passed.slot);
  const soon = days === null || days <= config.quickOfferDays ? 1 : 0;
  const features = into ?? blankRecommendationFeatures();
  features.TRADE_FIT = pairFeature.trade(youth, opportunity);
  features.PROGRAMME_FIT = pairFeature.programme(youth, opportunity);
  features.STRENGTHS_FIT = 1;
  features.DISTANCE = pairFeature.distance(passed, context);
  features.DATE_FIT = pairFeature.date(passed, context);
  features.HOURS_FIT = 1;
  features.ADAPTATION_FIT = 1;
  features.LOCAL_DEMAND = clamp01(opportunity.localDemand);
  features.WAITED_LIFT = waitedShare(youth.daysWithoutOffer, config.eightWeekRuleDays) * soon;
  features.EXPOSURE = exposureFit(opportunity.bookingsCount, config.exposureHalfBookings);
  return features;
}

/** Replaces the optimistic list features by their real values. */
export function completeRecommendationFeatures(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
  passed: Passed,
  context: PairContext,
  features: RecommendationFeatures,
): RecommendationFeatures {
  features.STRENGTHS_FIT = pairFeature.strengths(youth, opportunity);
  features.HOURS_FIT = pairFeature.hours(youth, opportunity, passed, context);
  features.ADAPTATION_FIT = pairFeature.adaptations(youth, opportunity);
  return features;
}

/**
 * A record to fill. The ranking loop fills one scratch record per opportunity and copies it only
 * for the few that are kept, so 100,000 opportunities do not leave 100,000 records to collect.
 */
export function blankRecommendationFeatures(): RecommendationFeatures {
  return {
    TRADE_FIT: 0,
    PROGRAMME_FIT: 0,
    STRENGTHS_FIT: 0,
    DISTANCE: 0,
    DATE_FIT: 0,
    HOURS_FIT: 0,
    ADAPTATION_FIT: 0,
    LOCAL_DEMAND: 0,
    WAITED_LIFT: 0,
    EXPOSURE: 0,
  };
}

/** Seen from the place: URGENCY is the share of the 8 weeks the youth has waited. */
export function candidateFeatures(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
  passed: Passed,
  context: PairContext,
): CandidateFeatures {
  return {
    TRADE_FIT: pairFeature.trade(youth, opportunity),
    PROGRAMME_FIT: pairFeature.programme(youth, opportunity),
    STRENGTHS_FIT: pairFeature.strengths(youth, opportunity),
    DISTANCE: pairFeature.distance(passed, context),
    DATE_FIT: pairFeature.date(passed, context),
    HOURS_FIT: pairFeature.hours(youth, opportunity, passed, context),
    ADAPTATION_FIT: pairFeature.adaptations(youth, opportunity),
    URGENCY: waitedShare(youth.daysWithoutOffer, context.config.eightWeekRuleDays),
  };
}
