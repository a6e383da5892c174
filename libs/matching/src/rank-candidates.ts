/**
 * Rank candidates for one opportunity, for a counsellor or the employer (DESIGN.md §5, job 2).
 *
 *   for each youth:
 *     only those who agreed to be proposed       → otherwise filtered: NO_CONSENT
 *     the same hard filters as recommending      → filtered, with the first reason, or
 *     the same pair features seen from the place, plus URGENCY under the 8-week rule
 *     score, offered to a bounded top-k heap
 *   explain the kept ones: their top reasons
 *
 * Every youth is prepared once (a few small sets); reasons are built only for those returned.
 */
import { isIsoDate } from '@akselerator/domain';
import { candidateReasons, type Reason } from './explain';
import { describeFilter, type FilterExplanation } from './explain-filter';
import { FilterCode, filterFailure, screen, type Passed } from './hard-filters';
import {
  CANDIDATE_FEATURES,
  candidateFeatures,
  PairContext,
  type CandidateFeatures,
} from './match-features';
import { candidateScore, normaliseWeights } from './match-score';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './match-weights';
import type { OpportunityProfile } from './opportunity-profile';
import { prepareYouth, type PreparedYouth } from './prepared-youth';
import { TopK } from './top-k';
import type { YouthProfile } from './youth-profile';

export interface RankCandidatesOptions {
  /** 'YYYY-MM-DD': the engine has no clock. */
  today: string;
  /** How many candidates; `config.defaultLimit` when absent. */
  limit?: number;
  /**
   * Also say, for every youth left out, why. For counsellors: the caller decides who may see
   * this (a youth without consent is only ever named with NO_CONSENT).
   */
  explainFiltered?: boolean;
  config?: MatchConfig;
}

export interface Candidate {
  youthId: string;
  /** In [0, 1]: Σ wᵢ·xᵢ / Σ wᵢ. */
  score: number;
  features: CandidateFeatures;
  /** One to three reasons, the strongest first. */
  reasons: Reason[];
  /** Days since the last offer (or first contact); null when unknown. */
  daysWithoutOffer: number | null;
  /** Waited longer than the 8-week rule allows. */
  pastEightWeeks: boolean;
}

export interface FilteredCandidate {
  youthId: string;
  filteredBecause: FilterExplanation;
}

export interface CandidateRanking {
  candidates: Candidate[];
  /** Empty unless `explainFiltered`. In input order. */
  filtered: FilteredCandidate[];
  /** Youths who passed consent and the hard filters. */
  passedCount: number;
}

interface Scored {
  id: string;
  score: number;
  youth: PreparedYouth;
  passed: Passed;
  features: CandidateFeatures;
}

export function rankCandidates(
  opportunity: OpportunityProfile,
  youths: readonly YouthProfile[],
  options: RankCandidatesOptions,
): CandidateRanking {
  const { today } = options;
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  }
  const config = options.config ?? DEFAULT_MATCH_CONFIG;
  const limit = Math.max(0, Math.floor(options.limit ?? config.defaultLimit));
  const best = new TopK<Scored>(limit);
  const context = new PairContext(today, config);
  const weights = normaliseWeights(config.candidateWeights, CANDIDATE_FEATURES);
  const filtered: FilteredCandidate[] = [];
  let passedCount = 0;

  for (let index = 0; index < youths.length; index++) {
    const youth = youths[index];
    // Consent and kind are read off the raw profile: most youths stop here, unprepared.
    const kinds = youth.kindsWanted;
    const early = !youth.consentToBeProposed
      ? FilterCode.NO_CONSENT
      : kinds !== undefined && kinds.length > 0 && !kinds.includes(opportunity.kind)
        ? FilterCode.KIND_NOT_WANTED
        : null;
    if (early !== null) {
      if (options.explainFiltered === true) {
        filtered.push({
          youthId: youth.id,
          filteredBecause: describeFilter(
            early === FilterCode.NO_CONSENT
              ? { code: early }
              : { code: early, kind: opportunity.kind },
          ),
        });
      }
      continue;
    }
    const prepared = prepareYouth(youth, today);
    const screening = screen(prepared, opportunity, today);
    if (!screening.passed) {
      if (options.explainFiltered === true) {
        filtered.push({
          youthId: youth.id,
          filteredBecause: describeFilter(filterFailure(prepared, opportunity, screening.code)),
        });
      }
      continue;
    }
    passedCount++;
    const features = candidateFeatures(prepared, opportunity, screening, context);
    const score = candidateScore(features, weights);
    if (best.admits(score, youth.id)) {
      best.push({ id: youth.id, score, youth: prepared, passed: screening, features });
    }
  }

  const candidates = best.sorted().map((item) => {
    const days = item.youth.daysWithoutOffer;
    return {
      youthId: item.id,
      score: item.score,
      features: item.features,
      reasons: candidateReasons({
        youth: item.youth,
        opportunity,
        passed: item.passed,
        features: item.features,
        config,
      }),
      daysWithoutOffer: days,
      pastEightWeeks: days !== null && days > config.eightWeekRuleDays,
    };
  });
  return { candidates, filtered, passedCount };
}
