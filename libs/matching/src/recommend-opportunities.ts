/**
 * Recommend opportunities to one youth (DESIGN.md §5, job 1).
 *
 *   prepare the youth once (sets, age, waiting time, home and school)
 *   for each opportunity:
 *     screen it with the hard filters              → filtered out, with the first reason, or
 *     score it with its list features at their best → below the pool's floor: skip it, or
 *     compute the real features and the score      → offer it to a bounded pool: the best
 *                                                    overall, the best outside the interests,
 *                                                    the best of each trade (diversity-pool.ts)
 *   sort the small pool, re-rank the first page for diversity, cut to `limit`
 *   explain each result: its top reasons in Norwegian
 *
 * The page is exactly the one that scoring, sorting and re-ranking every opportunity gives: the
 * bound skips only places that cannot enter the pool, and the pool holds every place the re-rank
 * can reach. Linear in the opportunities; the loop reuses two scratch records and allocates only
 * for the places it keeps.
 */
import { isIsoDate } from '@akselerator/domain';
import { diversify } from './diversify';
import { DiversityPool } from './diversity-pool';
import { diversityReason, recommendationReasons, withReason, type Reason } from './explain';
import { describeFilter, type FilterExplanation } from './explain-filter';
import { filterFailure, screen, type Passed } from './hard-filters';
import {
  blankRecommendationFeatures,
  completeRecommendationFeatures,
  optimisticRecommendationFeatures,
  PairContext,
  RECOMMENDATION_FEATURES,
  type RecommendationFeatures,
} from './match-features';
import { normaliseWeights, recommendationScore } from './match-score';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './match-weights';
import type { OpportunityProfile } from './opportunity-profile';
import { prepareYouth, type PreparedYouth } from './prepared-youth';
import type { YouthProfile } from './youth-profile';

export interface RecommendOptions {
  /** 'YYYY-MM-DD': the engine has no clock. */
  today: string;
  /** How many results; `config.defaultLimit` when absent. */
  limit?: number;
  /** Also say, for every opportunity left out, why (a counsellor's "why is X missing?"). */
  explainFiltered?: boolean;
  config?: MatchConfig;
}

export interface Recommendation {
  opportunityId: string;
  /** In [0, 1]: Σ wᵢ·xᵢ / Σ wᵢ. */
  score: number;
  features: RecommendationFeatures;
  /** One to three reasons, the strongest first. */
  reasons: Reason[];
}

export interface FilteredOpportunity {
  opportunityId: string;
  filteredBecause: FilterExplanation;
}

export interface Recommendations {
  recommendations: Recommendation[];
  /** Empty unless `explainFiltered`. In input order. */
  filtered: FilteredOpportunity[];
  /** Opportunities that passed the hard filters. */
  passedCount: number;
}

interface Scored {
  id: string;
  score: number;
  opportunity: OpportunityProfile;
  passed: Passed;
  features: RecommendationFeatures;
  tradeCode: string;
  employerId: string;
  outsideInterests: boolean;
}

export function recommendOpportunities(
  youth: YouthProfile,
  opportunities: readonly OpportunityProfile[],
  options: RecommendOptions,
): Recommendations {
  const { today } = options;
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  }
  const config = options.config ?? DEFAULT_MATCH_CONFIG;
  const limit = Math.max(0, Math.floor(options.limit ?? config.defaultLimit));
  const prepared = prepareYouth(youth, today);
  const pool = new DiversityPool<Scored>(limit, config.diversity);
  const context = new PairContext(today, config);
  const scratch = blankRecommendationFeatures();
  const scratchPassed: Passed = { passed: true, slot: null, km: null, from: 'HOME' };
  const weights = normaliseWeights(config.recommendationWeights, RECOMMENDATION_FEATURES);
  const filtered: FilteredOpportunity[] = [];
  let passedCount = 0;

  // Indexed loops in the hot paths: no iterator objects for 100,000 items.
  for (let index = 0; index < opportunities.length; index++) {
    const opportunity = opportunities[index];
    const screening = screen(prepared, opportunity, today, scratchPassed);
    if (!screening.passed) {
      if (options.explainFiltered === true) {
        filtered.push({
          opportunityId: opportunity.id,
          filteredBecause: describeFilter(filterFailure(prepared, opportunity, screening.code)),
        });
      }
      continue;
    }
    passedCount++;
    // Bound first: if even perfect strengths, hours and adaptations cannot lift this place over
    // the pool's floor, it cannot make the page (scores only rise with features).
    const features = optimisticRecommendationFeatures(
      prepared,
      opportunity,
      screening,
      context,
      scratch,
    );
    const { tradeCode, employerId } = opportunity;
    const outsideInterests = isOutsideInterests(prepared, features);
    if (recommendationScore(features, weights) < pool.floor(tradeCode, outsideInterests)) {
      continue;
    }
    completeRecommendationFeatures(prepared, opportunity, screening, context, features);
    const score = recommendationScore(features, weights);
    if (pool.wants(score, opportunity.id, tradeCode, employerId, outsideInterests)) {
      pool.add({
        id: opportunity.id,
        score,
        tradeCode,
        employerId,
        outsideInterests,
        opportunity,
        passed: { ...screening },
        features: { ...features },
      });
    }
  }

  const { items, promoted } = diversify(pool.sorted(), config.diversity);
  const recommendations = items.slice(0, limit).map((item) => {
    const reasons = recommendationReasons({
      youth: prepared,
      opportunity: item.opportunity,
      passed: item.passed,
      features: item.features,
      config,
    });
    return {
      opportunityId: item.id,
      score: item.score,
      features: item.features,
      reasons:
        promoted.has(item) && item.outsideInterests
          ? withReason(reasons, diversityReason())
          : reasons,
    };
  });
  return { recommendations, filtered, passedCount };
}

/** A trade the youth did not type, in a programme they did not name: a place to discover. */
function isOutsideInterests(youth: PreparedYouth, features: RecommendationFeatures): boolean {
  const hasInterests = youth.tradeCodes.size > 0 || youth.programmeCodes.size > 0;
  return hasInterests && features.TRADE_FIT === 0 && features.PROGRAMME_FIT === 0;
}
