/**
 * Benchmark: recommendations for one youth among 100,000 opportunities, and candidates for one
 * opportunity among 20,000 youths, on synthetic Agder data from a fixed seed.
 *
 * Each figure is printed next to a baseline measured in the same run: the obvious algorithm that
 * redoes the youth's taxonomy look-ups for every opportunity, explains every item that passes the
 * filters and sorts them all. The engine explains only the page and keeps a bounded top-k.
 * Both must return the same page; the run stops if they do not.
 *
 *   npx tsx libs/matching/bench/rank.bench.ts [--runs 21] [--opportunities 100000] [--youths 20000]
 *
 * Targets: one youth's recommendations < 50 ms; candidates for one opportunity < 100 ms.
 */
import {
  Adaptation,
  addDays,
  AGDER_MUNICIPALITIES,
  OpportunityKind,
  PROGRAMMES,
  Strength,
  TRADES,
  type GeoPoint,
} from '@akselerator/domain';
import { performance } from 'node:perf_hooks';
import { diversify } from '../src/diversify';
import {
  candidateReasons,
  diversityReason,
  recommendationReasons,
  withReason,
} from '../src/explain';
import { screen, type Passed } from '../src/hard-filters';
import {
  CANDIDATE_FEATURES,
  candidateFeatures,
  PairContext,
  RECOMMENDATION_FEATURES,
  recommendationFeatures,
  type CandidateFeatures,
  type RecommendationFeatures,
} from '../src/match-features';
import { weightedScore } from '../src/match-score';
import { DEFAULT_MATCH_CONFIG } from '../src/match-weights';
import type { OpportunityProfile, OpportunitySlot } from '../src/opportunity-profile';
import { prepareYouth, type PreparedYouth } from '../src/prepared-youth';
import { rankCandidates } from '../src/rank-candidates';
import { recommendOpportunities } from '../src/recommend-opportunities';
import { hashToSeed, SeededRandom } from '../src/seeded-random';
import { compareRanked } from '../src/top-k';
import type { YouthProfile } from '../src/youth-profile';

const TODAY = '2026-03-02';
const LIMIT = 20;
const config = DEFAULT_MATCH_CONFIG;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

// ---------------------------------------------------------------------------------------------
// Synthetic data
// ---------------------------------------------------------------------------------------------

const STRENGTHS = Object.values(Strength);
const ADAPTATIONS = Object.values(Adaptation);
const OPEN_KINDS = [
  OpportunityKind.APPRENTICESHIP,
  OpportunityKind.SIMPLE_JOB,
  OpportunityKind.TRAINEE,
  OpportunityKind.WORK_TRIAL,
];

/** A point near a municipality centre, Kristiansand three times as likely as any other. */
function somewhere(random: SeededRandom): GeoPoint {
  const kristiansand = AGDER_MUNICIPALITIES.find((item) => item.name === 'Kristiansand');
  const centre =
    kristiansand !== undefined && random.chance(0.5)
      ? kristiansand
      : random.pick(AGDER_MUNICIPALITIES);
  const km = random.next() * 8;
  const angle = random.next() * 2 * Math.PI;
  return {
    latitude: centre.latitude + (km * Math.cos(angle)) / 111.2,
    longitude:
      centre.longitude +
      (km * Math.sin(angle)) / (111.2 * Math.cos((centre.latitude * Math.PI) / 180)),
  };
}

function makeOpportunities(count: number, random: SeededRandom): OpportunityProfile[] {
  const demand = new Map(TRADES.map((trade) => [trade.code, random.next()]));
  const employers = Math.max(1, Math.round(count / 8));
  return Array.from({ length: count }, (_, index) => {
    const trade = random.pick(TRADES);
    const hospitering = random.chance(0.7);
    const slots: OpportunitySlot[] = hospitering
      ? Array.from({ length: random.int(1, 4) }, () => ({
          date: addDays(TODAY, random.int(-10, 90)),
          startTime: random.pick(['08:00', '09:00']),
          endTime: random.pick(['13:00', '15:00', '15:30']),
          seatsLeft: random.int(0, 4),
        }))
      : [];
    return {
      id: `o${String(index).padStart(6, '0')}`,
      kind: hospitering ? OpportunityKind.HOSPITERING : random.pick(OPEN_KINDS),
      tradeCode: trade.code,
      programmeCode: trade.programmeCode,
      employerId: `e${random.int(0, employers - 1)}`,
      location: somewhere(random),
      slots,
      minAge: hospitering ? 14 : random.pick([15, 16, 18]),
      maxAge: hospitering ? 17 : 29,
      strengthsSought: random.sample(STRENGTHS, random.int(0, 4)),
      adaptationsOffered: random.sample(ADAPTATIONS, random.int(0, 3)),
      hoursPerWeek: hospitering ? undefined : random.int(8, 37),
      bookingsCount: random.int(0, 60),
      localDemand: demand.get(trade.code) ?? 0,
    };
  });
}

function makeYouth(index: number, random: SeededRandom): YouthProfile {
  const pupil = random.chance(0.6);
  const trades = random.sample(TRADES, random.int(1, 3)).map((trade) => trade.code);
  const birthYear = pupil ? 2010 : random.int(1997, 2009);
  const firstContact = addDays(TODAY, -random.int(0, 200));
  return {
    id: `y${String(index).padStart(6, '0')}`,
    birthDate: `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-15`,
    interests: {
      programmeCodes: random.chance(0.3) ? [random.pick(PROGRAMMES).code] : [],
      tradeCodes: trades,
    },
    strengths: random.sample(STRENGTHS, random.int(1, 5)),
    home: somewhere(random),
    school: pupil ? somewhere(random) : undefined,
    maxTravelKm: random.chance(0.7) ? random.int(10, 60) : undefined,
    kindsWanted: pupil ? [OpportunityKind.HOSPITERING] : random.sample(OPEN_KINDS, 2),
    availableDates: random.chance(0.3)
      ? Array.from({ length: 20 }, (_, day) => addDays(TODAY, day * 2))
      : undefined,
    maxHoursPerWeek: !pupil && random.chance(0.3) ? random.int(10, 30) : undefined,
    adaptationsNeeded: random.chance(0.4) ? random.sample(ADAPTATIONS, random.int(1, 2)) : [],
    lastOfferDate: random.chance(0.5) ? null : addDays(firstContact, random.int(0, 30)),
    firstContactDate: firstContact,
    consentToBeProposed: random.chance(0.85),
  };
}

// ---------------------------------------------------------------------------------------------
// Baselines: the obvious algorithm, same answer
// ---------------------------------------------------------------------------------------------

interface NaiveRecommendation {
  id: string;
  score: number;
  opportunity: OpportunityProfile;
  passed: Passed;
  features: RecommendationFeatures;
  youth: PreparedYouth;
  tradeCode: string;
  employerId: string;
  outsideInterests: boolean;
}

/** Prepares the youth (taxonomy look-ups) per opportunity, explains all, sorts all. */
function naiveRecommend(
  youth: YouthProfile,
  opportunities: readonly OpportunityProfile[],
): { id: string; score: number; reasons: number }[] {
  const context = new PairContext(TODAY, config);
  const all: (NaiveRecommendation & { reasons: ReturnType<typeof recommendationReasons> })[] = [];
  for (const opportunity of opportunities) {
    const prepared = prepareYouth(youth, TODAY);
    const passed = screen(prepared, opportunity, TODAY);
    if (!passed.passed) {
      continue;
    }
    const features = recommendationFeatures(prepared, opportunity, passed, context);
    const score = weightedScore(features, config.recommendationWeights, RECOMMENDATION_FEATURES);
    const hasInterests = prepared.tradeCodes.size > 0 || prepared.programmeCodes.size > 0;
    all.push({
      id: opportunity.id,
      score,
      opportunity,
      passed,
      features,
      youth: prepared,
      tradeCode: opportunity.tradeCode,
      employerId: opportunity.employerId,
      outsideInterests: hasInterests && features.TRADE_FIT === 0 && features.PROGRAMME_FIT === 0,
      reasons: recommendationReasons({ youth: prepared, opportunity, passed, features, config }),
    });
  }
  all.sort(compareRanked);
  const { items, promoted } = diversify(all, config.diversity);
  return items.slice(0, LIMIT).map((item) => ({
    id: item.id,
    score: item.score,
    reasons: (promoted.has(item) && item.outsideInterests
      ? withReason(item.reasons, diversityReason())
      : item.reasons
    ).length,
  }));
}

/** Explains every youth that passes and sorts them all. */
function naiveCandidates(
  opportunity: OpportunityProfile,
  youths: readonly YouthProfile[],
): { id: string; score: number }[] {
  const context = new PairContext(TODAY, config);
  const all: { id: string; score: number; features: CandidateFeatures; reasons: number }[] = [];
  for (const youth of youths) {
    if (!youth.consentToBeProposed) {
      continue;
    }
    const prepared = prepareYouth(youth, TODAY);
    const passed = screen(prepared, opportunity, TODAY);
    if (!passed.passed) {
      continue;
    }
    const features = candidateFeatures(prepared, opportunity, passed, context);
    const score = weightedScore(features, config.candidateWeights, CANDIDATE_FEATURES);
    const reasons = candidateReasons({ youth: prepared, opportunity, passed, features, config });
    all.push({ id: youth.id, score, features, reasons: reasons.length });
  }
  return all.sort(compareRanked).slice(0, LIMIT);
}

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

interface Figures {
  median: number;
  p95: number;
}

function measure(runs: number, work: (run: number) => void): Figures {
  for (let run = 0; run < 3; run++) {
    work(run); // warm-up: let the JIT settle before timing
  }
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor((times.length - 1) / 2)] ?? Number.NaN,
    p95: times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)] ?? Number.NaN,
  };
}

function row(label: string, engine: Figures, baseline: Figures, target: number): string {
  const ms = (value: number): string => `${value.toFixed(1).padStart(7)} ms`;
  const verdict = engine.p95 < target ? 'meets' : 'MISSES';
  return [
    label.padEnd(42),
    `engine median ${ms(engine.median)}  p95 ${ms(engine.p95)}`,
    `| baseline median ${ms(baseline.median)}  p95 ${ms(baseline.p95)}`,
    `| ×${(baseline.median / engine.median).toFixed(1)}  (${verdict} < ${target} ms at p95)`,
  ].join('  ');
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((item, index) => item.id === b[index]?.id);
}

function main(): void {
  const runs = argument('runs', 21);
  const opportunityCount = argument('opportunities', 100_000);
  const youthCount = argument('youths', 20_000);
  const random = new SeededRandom(hashToSeed('rank.bench', 2026));
  const buildStart = performance.now();
  const opportunities = makeOpportunities(opportunityCount, random);
  const youths = Array.from({ length: youthCount }, (_, index) => makeYouth(index, random));
  const probes = youths.slice(0, runs + 3);
  console.log(
    `rank.bench: ${opportunityCount} opportunities, ${youthCount} youths, ${runs} timed runs ` +
      `(+3 warm-up), node ${process.version}, data built in ` +
      `${(performance.now() - buildStart).toFixed(0)} ms`,
  );

  // Same answers first: the baseline is only a fair comparison if it computes the same page.
  for (const youth of probes.slice(0, 5)) {
    const engine = recommendOpportunities(youth, opportunities, { today: TODAY, limit: LIMIT });
    const baseline = naiveRecommend(youth, opportunities);
    const ids = engine.recommendations.map((item) => ({ id: item.opportunityId }));
    if (!sameIds(ids, baseline)) {
      throw new Error(`Recommendations differ from the baseline for ${youth.id}`);
    }
  }
  // Every 997th opportunity: a spread of trades, kinds and places.
  const probeOpportunities = probes.map(
    (_, index) => opportunities[(index * 997) % opportunityCount],
  );
  for (const opportunity of probeOpportunities.slice(0, 5)) {
    const engine = rankCandidates(opportunity, youths, { today: TODAY, limit: LIMIT });
    const ids = engine.candidates.map((item) => ({ id: item.youthId }));
    if (!sameIds(ids, naiveCandidates(opportunity, youths))) {
      throw new Error(`Candidates differ from the baseline for ${opportunity.id}`);
    }
  }

  let passed = 0;
  const recommendEngine = measure(runs, (run) => {
    const youth = probes[run % probes.length];
    passed += recommendOpportunities(youth, opportunities, {
      today: TODAY,
      limit: LIMIT,
    }).passedCount;
  });
  const recommendBaseline = measure(runs, (run) => {
    naiveRecommend(probes[run % probes.length], opportunities);
  });
  let candidates = 0;
  const candidatesEngine = measure(runs, (run) => {
    const opportunity = probeOpportunities[run % probeOpportunities.length];
    candidates += rankCandidates(opportunity, youths, { today: TODAY, limit: LIMIT }).passedCount;
  });
  const candidatesBaseline = measure(runs, (run) => {
    naiveCandidates(probeOpportunities[run % probeOpportunities.length], youths);
  });

  console.log('same page as the baseline: yes (5 youths, 5 opportunities checked)');
  console.log(
    `on average ${Math.round(passed / (runs + 3))} of ${opportunityCount} opportunities pass ` +
      `a youth's hard filters; ${Math.round(candidates / (runs + 3))} of ${youthCount} youths ` +
      `pass an opportunity's`,
  );
  console.log(
    row(
      `recommend: 1 youth × ${opportunityCount} opportunities`,
      recommendEngine,
      recommendBaseline,
      50,
    ),
  );
  console.log(
    row(
      `candidates: 1 opportunity × ${youthCount} youths`,
      candidatesEngine,
      candidatesBaseline,
      100,
    ),
  );
}

main();
