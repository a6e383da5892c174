/**
 * Every tunable number of recommendation and candidate ranking in one configuration object, each
 * with the reason for its value. Weights are relative (the score divides by their sum), so a
 * weight of 2 counts twice as much as 1; a weight of 0 switches a feature off.
 */
import type { CandidateFeatureName, RecommendationFeatureName } from './match-features';

export interface DiversityConfig {
  /** How many top places the re-rank looks after. */
  window: number;
  /** At most this many places of one trade in the window (while others are left). */
  maxPerTrade: number;
  /** At most this many places of one employer in the window: big names do not fill the page. */
  maxPerEmployer: number;
  /** At least this many places outside the youth's stated interests in the window. */
  minOutsideInterests: number;
}

export interface MatchConfig {
  recommendationWeights: Readonly<Record<RecommendationFeatureName, number>>;
  candidateWeights: Readonly<Record<CandidateFeatureName, number>>;
  /** Distance at which the distance feature is ½. */
  distanceHalfScoreKm: number;
  /** A slot this many days away or more gets a date fit of 0. */
  dateHorizonDays: number;
  /** Date fit of an open place without slots (apprenticeship, job). */
  openPlaceDateFit: number;
  /** A slot within this many days counts as an offer the youth can have soon. */
  quickOfferDays: number;
  /** Longest day, in hours, that counts as a short day. */
  shortDayHours: number;
  /** Bookings at which the exposure feature is ½. */
  exposureHalfBookings: number;
  /** The 8-week rule: no young NAV user should wait longer than this without an offer. */
  eightWeekRuleDays: number;
  /** A feature explains a result only when it is at least this strong (lists: one shared item). */
  reasonMinFeature: number;
  diversity: DiversityConfig;
  /** Results returned when the caller does not say. */
  defaultLimit: number;
}

export const DEFAULT_MATCH_CONFIG: MatchConfig = {
  recommendationWeights: {
    /** The youth named this very trade: the strongest sign of what they want to try. */
    TRADE_FIT: 3,
    /** Same programme as an interest (or as a trade they named): a neighbouring trade. */
    PROGRAMME_FIT: 1.5,
    /** The place looks for strengths the youth has: strength-based matching. */
    STRENGTHS_FIT: 1.5,
    /** Nearness matters for 15-year-olds on the bus, but should not trump interest. */
    DISTANCE: 2,
    /** A day soon beats a day in three months; the date filter already removed misfits. */
    DATE_FIT: 1,
    /** Working hours within what the youth can manage. */
    HOURS_FIT: 1,
    /** The place offers the practical adaptations the youth needs: a good first day depends on it. */
    ADAPTATION_FIT: 2,
    /** Local demand first: trades local employers need people in. */
    LOCAL_DEMAND: 1,
    /** A youth who has waited long without an offer is lifted towards places they can get soon. */
    WAITED_LIFT: 1,
    /** Places with few bookings get exposure: equal access, small employers next to big names. */
    EXPOSURE: 0.75,
  },
  candidateWeights: {
    /** The youth named this trade. */
    TRADE_FIT: 3,
    /** The youth is interested in the programme the trade belongs to. */
    PROGRAMME_FIT: 1.5,
    /** The youth has strengths the place looks for. */
    STRENGTHS_FIT: 1.5,
    /** The youth lives or goes to school near the place. */
    DISTANCE: 2,
    /** The youth can come on an early slot. */
    DATE_FIT: 1,
    /** The hours fit what the youth can manage. */
    HOURS_FIT: 1,
    /** The place offers what the youth needs. */
    ADAPTATION_FIT: 2,
    /** Time since last offer against the 8-week rule: the longest waiting come first among equals. */
    URGENCY: 3,
  },
  /** 10 km: across Kristiansand by bus; a neighbouring town scores about ⅓. */
  distanceHalfScoreKm: 10,
  /** About a school term's planning horizon. */
  dateHorizonDays: 60,
  /** Neutral: an open place is neither sooner nor later than a slot. */
  openPlaceDateFit: 0.5,
  /** Two weeks: soon enough to count as an offer for someone who has waited. */
  quickOfferDays: 14,
  /** A school-length day; longer days are scored down for youths who need short days. */
  shortDayHours: 6,
  /** A place with 10 bookings gets half the exposure lift of one with none. */
  exposureHalfBookings: 10,
  /** 8 weeks. */
  eightWeekRuleDays: 56,
  /** Half-strength features are not worth telling. */
  reasonMinFeature: 0.5,
  diversity: {
    /** The first page a pupil sees. */
    window: 10,
    /** Room for three of the trade they love, and seven other things. */
    maxPerTrade: 3,
    /** Two per employer leaves room for small employers. */
    maxPerEmployer: 2,
    /** Two surprises: trades the pupil did not type. */
    minOutsideInterests: 2,
  },
  defaultLimit: 20,
};
