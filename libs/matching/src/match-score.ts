/**
 * The score of a pair: Σ ŵᵢ·xᵢ with the weights ŵ scaled to sum to 1, so the score is in [0, 1]
 * and each term is that feature's share of it. The features are in [0, 1] by construction
 * (match-features.ts); the sum is clamped once more against rounding.
 */
import { clamp01, type CandidateFeatures, type RecommendationFeatures } from './match-features';

/**
 * Weights scaled to sum to 1 (ŵᵢ = wᵢ / Σ w), negative or non-finite ones counted as 0; all 0 when
 * no weight is left. Computed once per ranking.
 */
export function normaliseWeights<N extends string>(
  weights: Readonly<Record<N, number>>,
  names: readonly N[],
): Record<N, number> {
  let total = 0;
  for (const name of names) {
    total += usableWeight(weights[name]);
  }
  const normalised = {} as Record<N, number>;
  for (const name of names) {
    normalised[name] = total === 0 ? 0 : usableWeight(weights[name]) / total;
  }
  return normalised;
}

/** Σ ŵᵢ·xᵢ, summed in the order of `names`. In [0, 1]. */
export function scoreWith<N extends string>(
  features: Readonly<Record<N, number>>,
  normalised: Readonly<Record<N, number>>,
  names: readonly N[],
): number {
  let sum = 0;
  for (let index = 0; index < names.length; index++) {
    const name = names[index];
    sum += normalised[name] * features[name];
  }
  return clamp01(sum);
}

/** Σ wᵢ·xᵢ / Σ wᵢ over `names`: the score, from raw weights. */
export function weightedScore<N extends string>(
  features: Readonly<Record<N, number>>,
  weights: Readonly<Record<N, number>>,
  names: readonly N[],
): number {
  return scoreWith(features, normaliseWeights(weights, names), names);
}

export function usableWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

/**
 * Σ ŵᵢ·xᵢ for a recommendation, written out term by term for the hot loop; the same sum, in the
 * same order, as `scoreWith(features, normalised, RECOMMENDATION_FEATURES)`.
 */
export function recommendationScore(
  f: RecommendationFeatures,
  w: Readonly<RecommendationFeatures>,
): number {
  let sum = 0;
  sum += w.TRADE_FIT * f.TRADE_FIT;
  sum += w.PROGRAMME_FIT * f.PROGRAMME_FIT;
  sum += w.STRENGTHS_FIT * f.STRENGTHS_FIT;
  sum += w.DISTANCE * f.DISTANCE;
  sum += w.DATE_FIT * f.DATE_FIT;
  sum += w.HOURS_FIT * f.HOURS_FIT;
  sum += w.ADAPTATION_FIT * f.ADAPTATION_FIT;
  sum += w.LOCAL_DEMAND * f.LOCAL_DEMAND;
  sum += w.WAITED_LIFT * f.WAITED_LIFT;
  sum += w.EXPOSURE * f.EXPOSURE;
  return clamp01(sum);
}

/** Σ ŵᵢ·xᵢ for a candidate, term by term, in CANDIDATE_FEATURES order. */
export function candidateScore(f: CandidateFeatures, w: Readonly<CandidateFeatures>): number {
  let sum = 0;
  sum += w.TRADE_FIT * f.TRADE_FIT;
  sum += w.PROGRAMME_FIT * f.PROGRAMME_FIT;
  sum += w.STRENGTHS_FIT * f.STRENGTHS_FIT;
  sum += w.DISTANCE * f.DISTANCE;
  sum += w.DATE_FIT * f.DATE_FIT;
  sum += w.HOURS_FIT * f.HOURS_FIT;
  sum += w.ADAPTATION_FIT * f.ADAPTATION_FIT;
  sum += w.URGENCY * f.URGENCY;
  return clamp01(sum);
}
