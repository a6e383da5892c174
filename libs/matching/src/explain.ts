/**
 * Explanations in plain Norwegian (and English): why a place is recommended to a youth, why a
 * youth is a good candidate for a place, and why a pair was filtered out. A reason is offered by
 * every feature that is strong enough to be worth telling; they are ranked by how much they add
 * to the score and the top three are kept, so the first reason is always the biggest one. When
 * nothing stands out, one plain fact is given instead, so there is always at least one reason.
 * (Why a pair was filtered out is told by explain-filter.ts.)
 */
import {
  findAdaptation,
  findProgramme,
  findStrength,
  findTrade,
  Locale,
} from '@akselerator/domain';
import type { Passed } from './hard-filters';
import {
  CANDIDATE_FEATURES,
  RECOMMENDATION_FEATURES,
  slotHours,
  type CandidateFeatures,
  type FeatureName,
  type RecommendationFeatures,
} from './match-features';
import { normaliseWeights } from './match-score';
import type { MatchConfig } from './match-weights';
import {
  formatDayDate,
  formatDistance,
  formatNumber,
  formatTimeRange,
  joinList,
  kindWords,
  lowerFirst,
} from './norwegian-format';
import type { OpportunityProfile } from './opportunity-profile';
import type { PreparedYouth } from './prepared-youth';

/** A feature, or one of the reasons that are not features. */
export type ReasonCode = FeatureName | 'DIVERSITY' | 'AVAILABLE' | 'ELIGIBLE';

export interface Reason {
  code: ReasonCode;
  /** Bokmål, shown in the UI. */
  text: string;
  textEn: string;
  /** What this reason adds to the score (its share of Σ wᵢ·xᵢ / Σ wᵢ); 0 for a plain fact. */
  weight: number;
}

/** Everything the reasons of one scored pair are told from. */
export interface ScoredPair<F> {
  youth: PreparedYouth;
  opportunity: OpportunityProfile;
  passed: Passed;
  features: F;
  config: MatchConfig;
}

export const MAX_REASONS = 3;

/** Reasons spoken to the youth: "Passer interessen din for elektrikerfaget", "4,2 km fra skolen". */
export function recommendationReasons(pair: ScoredPair<RecommendationFeatures>): Reason[] {
  const { youth, opportunity, passed, features, config } = pair;
  const share = shares(features, config.recommendationWeights, RECOMMENDATION_FEATURES);
  const reasons: Reason[] = [];
  const trade = tradeLabels(opportunity.tradeCode);
  if (features.TRADE_FIT === 1) {
    reasons.push(
      reason(
        'TRADE_FIT',
        share.TRADE_FIT + share.PROGRAMME_FIT,
        `Passer interessen din for ${trade.nb}`,
        `Matches your interest in ${trade.en}`,
      ),
    );
  } else if (features.PROGRAMME_FIT === 1) {
    const programme = programmeLabels(opportunity.programmeCode);
    reasons.push(
      reason(
        'PROGRAMME_FIT',
        share.PROGRAMME_FIT,
        `Passer interessen din for ${programme.nb}`,
        `Matches your interest in ${programme.en}`,
      ),
    );
  }
  const strengths = sharedStrengths(youth, opportunity);
  if (strengths.nb.length > 0) {
    reasons.push(
      reason(
        'STRENGTHS_FIT',
        share.STRENGTHS_FIT,
        `De ser etter det du er god på: ${joinList(strengths.nb, Locale.NB)}`,
        `They look for what you are good at: ${joinList(strengths.en, Locale.EN)}`,
      ),
    );
  }
  if (passed.km !== null && features.DISTANCE >= config.reasonMinFeature) {
    const nb = formatDistance(passed.km, Locale.NB);
    const en = formatDistance(passed.km, Locale.EN);
    reasons.push(
      passed.from === 'SCHOOL'
        ? reason('DISTANCE', share.DISTANCE, `${nb} fra skolen`, `${en} from school`)
        : reason('DISTANCE', share.DISTANCE, `${nb} hjemmefra`, `${en} from home`),
    );
  }
  if (passed.slot !== null && features.DATE_FIT >= config.reasonMinFeature) {
    reasons.push(freeSlotReason(passed.slot.date, share.DATE_FIT));
  }
  const hours = hoursReason(pair, 'YOUTH');
  if (hours !== null) {
    reasons.push({ ...hours, weight: share.HOURS_FIT });
  }
  const adaptations = sharedAdaptations(youth, opportunity);
  if (adaptations.nb.length > 0) {
    reasons.push(
      reason(
        'ADAPTATION_FIT',
        share.ADAPTATION_FIT,
        `Tilbyr ${joinList(adaptations.nb, Locale.NB)}`,
        `Offers ${joinList(adaptations.en, Locale.EN)}`,
      ),
    );
  }
  if (features.LOCAL_DEMAND >= config.reasonMinFeature) {
    reasons.push(
      reason(
        'LOCAL_DEMAND',
        share.LOCAL_DEMAND,
        `Lokale bedrifter trenger folk i ${trade.nb}`,
        'Local employers need people in this trade',
      ),
    );
  }
  if (features.WAITED_LIFT >= config.reasonMinFeature) {
    reasons.push(
      reason(
        'WAITED_LIFT',
        share.WAITED_LIFT,
        'Du har ventet lenge – denne løftes fram',
        'You have waited a long time – this one is moved up',
      ),
    );
  }
  if (features.EXPOSURE >= config.reasonMinFeature) {
    reasons.push(
      reason(
        'EXPOSURE',
        share.EXPOSURE,
        'Få har oppdaget denne plassen ennå',
        'Few have found this place yet',
      ),
    );
  }
  return topReasons(reasons, () => availableReason(opportunity, passed));
}

/** Reasons spoken to a counsellor or employer about a youth: "Bor 3,1 km unna". */
export function candidateReasons(pair: ScoredPair<CandidateFeatures>): Reason[] {
  const { youth, opportunity, passed, features, config } = pair;
  const share = shares(features, config.candidateWeights, CANDIDATE_FEATURES);
  const reasons: Reason[] = [];
  if (features.TRADE_FIT === 1) {
    const trade = tradeLabels(opportunity.tradeCode);
    reasons.push(
      reason(
        'TRADE_FIT',
        share.TRADE_FIT + share.PROGRAMME_FIT,
        `Interessert i ${trade.nb}`,
        `Interested in ${trade.en}`,
      ),
    );
  } else if (features.PROGRAMME_FIT === 1) {
    const programme = programmeLabels(opportunity.programmeCode);
    reasons.push(
      reason(
        'PROGRAMME_FIT',
        share.PROGRAMME_FIT,
        `Interessert i ${programme.nb}`,
        `Interested in ${programme.en}`,
      ),
    );
  }
  const strengths = sharedStrengths(youth, opportunity);
  if (strengths.nb.length > 0) {
    reasons.push(
      reason(
        'STRENGTHS_FIT',
        share.STRENGTHS_FIT,
        `Har styrkene plassen ser etter: ${joinList(strengths.nb, Locale.NB)}`,
        `Has the strengths the place looks for: ${joinList(strengths.en, Locale.EN)}`,
      ),
    );
  }
  if (passed.km !== null && features.DISTANCE >= config.reasonMinFeature) {
    const nb = formatDistance(passed.km, Locale.NB);
    const en = formatDistance(passed.km, Locale.EN);
    reasons.push(
      passed.from === 'SCHOOL'
        ? reason('DISTANCE', share.DISTANCE, `Skolen er ${nb} unna`, `School is ${en} away`)
        : reason('DISTANCE', share.DISTANCE, `Bor ${nb} unna`, `Lives ${en} away`),
    );
  }
  if (
    passed.slot !== null &&
    youth.availableDates !== null &&
    features.DATE_FIT >= config.reasonMinFeature
  ) {
    const date = passed.slot.date;
    reasons.push(
      reason(
        'DATE_FIT',
        share.DATE_FIT,
        `Kan komme ${formatDayDate(date, Locale.NB)}`,
        `Can come on ${formatDayDate(date, Locale.EN)}`,
      ),
    );
  }
  const hours = hoursReason(pair, 'COUNSELLOR');
  if (hours !== null) {
    reasons.push({ ...hours, weight: share.HOURS_FIT });
  }
  const adaptations = sharedAdaptations(youth, opportunity);
  if (adaptations.nb.length > 0) {
    reasons.push(
      reason(
        'ADAPTATION_FIT',
        share.ADAPTATION_FIT,
        `Plassen tilbyr ${joinList(adaptations.nb, Locale.NB)}`,
        `The place offers ${joinList(adaptations.en, Locale.EN)}`,
      ),
    );
  }
  if (youth.daysWithoutOffer !== null && features.URGENCY >= config.reasonMinFeature) {
    reasons.push({ ...waitingReason(youth.daysWithoutOffer, config), weight: share.URGENCY });
  }
  return topReasons(reasons, () =>
    reason('ELIGIBLE', 0, 'Oppfyller kravene til plassen', "Meets the place's requirements"),
  );
}

/** Told when the diversity re-rank moved a place up: a trade outside the youth's interests. */
export function diversityReason(): Reason {
  return reason(
    'DIVERSITY',
    0,
    'Et fag du ikke har valgt – kanskje noe for deg?',
    'A trade you did not choose – maybe something for you?',
  );
}

/** Appends a reason, keeping at most three: the weakest one makes room. */
export function withReason(reasons: readonly Reason[], extra: Reason): Reason[] {
  return [...reasons.slice(0, MAX_REASONS - 1), extra];
}

function reason(code: ReasonCode, weight: number, text: string, textEn: string): Reason {
  return { code, text, textEn, weight };
}

/** Each feature's share of the score: ŵᵢ·xᵢ (so the shares add up to the score). */
function shares<N extends string>(
  features: Readonly<Record<N, number>>,
  weights: Readonly<Record<N, number>>,
  names: readonly N[],
): Record<N, number> {
  const normalised = normaliseWeights(weights, names);
  const result = {} as Record<N, number>;
  for (const name of names) {
    result[name] = normalised[name] * features[name];
  }
  return result;
}

/** The strongest reasons first (ties keep the order above), at most three; never none. */
function topReasons(reasons: readonly Reason[], fallback: () => Reason): Reason[] {
  const told = reasons
    .filter((item) => item.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_REASONS);
  return told.length > 0 ? told : [fallback()];
}

function freeSlotReason(date: string, weight: number): Reason {
  return reason(
    'DATE_FIT',
    weight,
    `Har ledig plass ${formatDayDate(date, Locale.NB)}`,
    `Has a free place on ${formatDayDate(date, Locale.EN)}`,
  );
}

function availableReason(opportunity: OpportunityProfile, passed: Passed): Reason {
  if (passed.slot !== null) {
    return { ...freeSlotReason(passed.slot.date, 0), code: 'AVAILABLE' };
  }
  const kind = kindWords(opportunity.kind);
  return reason('AVAILABLE', 0, `Ledig nå: ${kind.nbLower}`, `Open now: ${kind.enLower}`);
}

/** Only for a youth who limited their hours, and only when the hours are within the limit. */
function hoursReason(
  pair: ScoredPair<{ HOURS_FIT: number }>,
  audience: 'YOUTH' | 'COUNSELLOR',
): Omit<Reason, 'weight'> | null {
  const { youth, opportunity, passed, features, config } = pair;
  if (features.HOURS_FIT < 1) {
    return null;
  }
  const hoursPerWeek = opportunity.hoursPerWeek;
  if (youth.maxHoursPerWeek !== null && hoursPerWeek !== undefined) {
    const nb = formatNumber(hoursPerWeek, Locale.NB);
    const en = formatNumber(hoursPerWeek, Locale.EN);
    return audience === 'YOUTH'
      ? {
          code: 'HOURS_FIT',
          text: `${nb} timer i uka – innenfor det du ønsker`,
          textEn: `${en} hours a week – within what you want`,
        }
      : {
          code: 'HOURS_FIT',
          text: `Arbeidstiden passer: ${nb} timer i uka`,
          textEn: `The hours fit: ${en} hours a week`,
        };
  }
  if (
    youth.needsShortDays &&
    passed.slot !== null &&
    slotHours(passed.slot) <= config.shortDayHours
  ) {
    const { startTime, endTime } = passed.slot;
    return {
      code: 'HOURS_FIT',
      text: `Kort dag: ${formatTimeRange(startTime, endTime, Locale.NB)}`,
      textEn: `A short day: ${formatTimeRange(startTime, endTime, Locale.EN)}`,
    };
  }
  return null;
}

function waitingReason(days: number, config: MatchConfig): Omit<Reason, 'weight'> {
  const weeks = Math.floor(days / 7);
  const nb = `Har ventet ${weeks} ${weeks === 1 ? 'uke' : 'uker'} uten tilbud`;
  const en = `Has waited ${weeks} ${weeks === 1 ? 'week' : 'weeks'} without an offer`;
  if (days > config.eightWeekRuleDays) {
    const limitWeeks = Math.round(config.eightWeekRuleDays / 7);
    return {
      code: 'URGENCY',
      text: `${nb} – over ${limitWeeks}-ukersgrensen`,
      textEn: `${en} – past the ${limitWeeks}-week limit`,
    };
  }
  return { code: 'URGENCY', text: nb, textEn: en };
}

interface Labels {
  nb: string;
  en: string;
}

function tradeLabels(code: string): Labels {
  const trade = findTrade(code);
  return trade
    ? { nb: lowerFirst(trade.label), en: lowerFirst(trade.labelEn) }
    : { nb: code, en: code };
}

function programmeLabels(code: string): Labels {
  const programme = findProgramme(code);
  return programme
    ? { nb: lowerFirst(programme.label), en: lowerFirst(programme.labelEn) }
    : { nb: code, en: code };
}

/** The strengths the place looks for that the youth has, in the place's order. */
function sharedStrengths(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
): { nb: string[]; en: string[] } {
  const nb: string[] = [];
  const en: string[] = [];
  for (const code of opportunity.strengthsSought) {
    const label = findStrength(code);
    if (label && youth.profile.strengths.includes(code)) {
      nb.push(lowerFirst(label.label));
      en.push(lowerFirst(label.labelEn));
    }
  }
  return { nb, en };
}

/** The adaptations the youth needs that the place offers, in the youth's order. */
function sharedAdaptations(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
): { nb: string[]; en: string[] } {
  const nb: string[] = [];
  const en: string[] = [];
  for (const code of youth.profile.adaptationsNeeded) {
    const label = findAdaptation(code);
    if (label && opportunity.adaptationsOffered.includes(code)) {
      nb.push(label.offered);
      en.push(label.offeredEn);
    }
  }
  return { nb, en };
}
