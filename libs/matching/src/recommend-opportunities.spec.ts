import { Adaptation, OpportunityKind } from '@akselerator/domain';
import fc from 'fast-check';
import { screen } from './hard-filters';
import {
  aSlot,
  aYouth,
  anOpportunity,
  KRISTIANSAND,
  northOf,
  opportunitiesArbitrary,
  opportunityArbitrary,
  TODAY,
  youthArbitrary,
} from './match-arbitrary.testing';
import { PairContext, RECOMMENDATION_FEATURES, recommendationFeatures } from './match-features';
import { weightedScore } from './match-score';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './match-weights';
import type { OpportunityProfile } from './opportunity-profile';
import { prepareYouth, reachOf } from './prepared-youth';
import { recommendOpportunities, type Recommendation } from './recommend-opportunities';
import { compareRanked } from './top-k';
import { diversify } from './diversify';
import type { YouthProfile } from './youth-profile';

const NO_DIVERSITY: MatchConfig = {
  ...DEFAULT_MATCH_CONFIG,
  diversity: { ...DEFAULT_MATCH_CONFIG.diversity, window: 0 },
};

const ids = (items: readonly Recommendation[]): string[] => items.map((item) => item.opportunityId);

/** The obvious algorithm: score every place that passes, sort them all, re-rank the list. */
function referencePage(
  youth: YouthProfile,
  opportunities: readonly OpportunityProfile[],
  limit: number,
  config: MatchConfig,
): { id: string; score: number }[] {
  const prepared = prepareYouth(youth, TODAY);
  const hasInterests = prepared.tradeCodes.size > 0 || prepared.programmeCodes.size > 0;
  const scored = [];
  for (const opportunity of opportunities) {
    const passed = screen(prepared, opportunity, TODAY);
    if (passed.passed) {
      const features = recommendationFeatures(
        prepared,
        opportunity,
        passed,
        new PairContext(TODAY, config),
      );
      scored.push({
        id: opportunity.id,
        score: weightedScore(features, config.recommendationWeights, RECOMMENDATION_FEATURES),
        tradeCode: opportunity.tradeCode,
        employerId: opportunity.employerId,
        outsideInterests: hasInterests && features.TRADE_FIT === 0 && features.PROGRAMME_FIT === 0,
      });
    }
  }
  return diversify(scored.sort(compareRanked), config.diversity)
    .items.slice(0, limit)
    .map(({ id, score }) => ({ id, score }));
}

/** The obvious algorithm without diversity: score every place that passes, sort them all. */
function reference(
  youth: YouthProfile,
  opportunities: readonly OpportunityProfile[],
  limit: number,
): { id: string; score: number }[] {
  const prepared = prepareYouth(youth, TODAY);
  const scored: { id: string; score: number }[] = [];
  for (const opportunity of opportunities) {
    const passed = screen(prepared, opportunity, TODAY);
    if (passed.passed) {
      const features = recommendationFeatures(
        prepared,
        opportunity,
        passed,
        new PairContext(TODAY, NO_DIVERSITY),
      );
      const score = weightedScore(
        features,
        NO_DIVERSITY.recommendationWeights,
        RECOMMENDATION_FEATURES,
      );
      scored.push({ id: opportunity.id, score });
    }
  }
  return scored.sort(compareRanked).slice(0, limit);
}

describe(recommendOpportunities.name, () => {
  const sut = recommendOpportunities;

  it('puts the place that fits the interest, nearby, first, and explains it', () => {
    const youth = aYouth({
      interests: { programmeCodes: [], tradeCodes: ['elektriker'] },
      school: northOf(KRISTIANSAND, 4.2),
      adaptationsNeeded: [Adaptation.SHORT_DAYS],
    });
    const result = sut(
      youth,
      [
        anOpportunity({ id: 'kokk', tradeCode: 'kokk', programmeCode: 'RM' }),
        anOpportunity({ id: 'el', adaptationsOffered: [Adaptation.SHORT_DAYS] }),
      ],
      { today: TODAY },
    );
    expect(ids(result.recommendations)).toEqual(['el', 'kokk']);
    expect(result.recommendations[0]?.reasons.map((reason) => reason.text)).toEqual([
      'Passer interessen din for elektrikerfaget',
      'Tilbyr korte dager',
      '4,2 km fra skolen',
    ]);
  });

  it('says why a place is missing only when asked', () => {
    const youth = aYouth({
      kindsWanted: [OpportunityKind.HOSPITERING],
      school: KRISTIANSAND,
      maxTravelKm: 10,
    });
    const places = [
      anOpportunity({ id: 'job', kind: OpportunityKind.SIMPLE_JOB, slots: [] }),
      anOpportunity({ id: 'far', location: northOf(KRISTIANSAND, 25) }),
      anOpportunity({ id: 'ok' }),
    ];
    expect(sut(youth, places, { today: TODAY }).filtered).toEqual([]);
    const asked = sut(youth, places, { today: TODAY, explainFiltered: true });
    expect(ids(asked.recommendations)).toEqual(['ok']);
    expect(asked.filtered.map((item) => [item.opportunityId, item.filteredBecause.text])).toEqual([
      ['job', 'Enkel jobb er ikke blant typene som er valgt'],
      ['far', '25 km unna – lenger enn grensen på 10 km'],
    ]);
  });

  it('lifts places with few bookings above equal places with many', () => {
    const result = sut(
      aYouth(),
      [
        anOpportunity({ id: 'big', bookingsCount: 80 }),
        anOpportunity({ id: 'small', bookingsCount: 0 }),
      ],
      { today: TODAY },
    );
    expect(ids(result.recommendations)).toEqual(['small', 'big']);
  });

  it('lifts a place that can be had soon for a youth who has waited long', () => {
    const places = [
      anOpportunity({ id: 'soon', slots: [aSlot({ date: '2026-03-12' })], bookingsCount: 30 }),
      anOpportunity({ id: 'later', slots: [aSlot({ date: '2026-03-20' })], bookingsCount: 0 }),
    ];
    expect(ids(sut(aYouth(), places, { today: TODAY }).recommendations)).toEqual(['later', 'soon']);
    const waited = aYouth({ lastOfferDate: null, firstContactDate: '2025-10-01' });
    const lifted = sut(waited, places, { today: TODAY }).recommendations;
    expect(ids(lifted)).toEqual(['soon', 'later']);
    expect(lifted[0]?.reasons.map((reason) => reason.text)).toContain(
      'Du har ventet lenge – denne løftes fram',
    );
  });

  it('shows a pupil trades they did not type in the first ten', () => {
    const youth = aYouth({ interests: { programmeCodes: [], tradeCodes: ['elektriker'] } });
    const places = [
      ...Array.from({ length: 14 }, (_, index) =>
        anOpportunity({ id: `el-${index}`, employerId: `el-employer-${index}` }),
      ),
      ...Array.from({ length: 4 }, (_, index) =>
        anOpportunity({
          id: `auto-${index}`,
          tradeCode: 'automatisering',
          employerId: `auto-employer-${index}`,
        }),
      ),
      anOpportunity({ id: 'kokk', tradeCode: 'kokk', programmeCode: 'RM', employerId: 'k' }),
      anOpportunity({ id: 'frisor', tradeCode: 'frisor', programmeCode: 'FD', employerId: 'f' }),
    ];
    const page = sut(youth, places, { today: TODAY, limit: 10 }).recommendations;
    expect(ids(page)).toEqual([
      'el-0',
      'el-1',
      'el-10',
      'auto-0',
      'auto-1',
      'auto-2',
      'frisor',
      'kokk',
      'el-11',
      'el-12',
    ]);
    expect(page[6]?.reasons.at(-1)?.text).toBe('Et fag du ikke har valgt – kanskje noe for deg?');
    expect(page[0]?.reasons.map((reason) => reason.code)).not.toContain('DIVERSITY');
  });

  it('refuses a today that is not a date', () => {
    expect(() => sut(aYouth(), [], { today: '2026-3-2' })).toThrow(RangeError);
  });

  describe('properties', () => {
    const inputs = fc.record({
      youth: youthArbitrary(),
      opportunities: opportunitiesArbitrary(),
      limit: fc.integer({ min: 0, max: 30 }),
    });

    it('gives finite scores and features in [0, 1] and one to three reasons', () => {
      fc.assert(
        fc.property(inputs, ({ youth, opportunities, limit }) => {
          for (const item of sut(youth, opportunities, { today: TODAY, limit }).recommendations) {
            expect(Number.isFinite(item.score)).toBe(true);
            expect(item.score).toBeGreaterThanOrEqual(0);
            expect(item.score).toBeLessThanOrEqual(1);
            for (const value of Object.values(item.features)) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
            expect(item.reasons.length).toBeGreaterThanOrEqual(1);
            expect(item.reasons.length).toBeLessThanOrEqual(3);
            for (const reason of item.reasons) {
              expect(reason.text).not.toBe('');
              expect(reason.textEn).not.toBe('');
              expect(reason.weight).toBeGreaterThanOrEqual(0);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('never recommends a filtered place, and explains every one it leaves out', () => {
      fc.assert(
        fc.property(inputs, ({ youth, opportunities }) => {
          const result = sut(youth, opportunities, {
            today: TODAY,
            limit: opportunities.length,
            explainFiltered: true,
          });
          const prepared = prepareYouth(youth, TODAY);
          const filtered = new Set(result.filtered.map((item) => item.opportunityId));
          expect(result.recommendations.length).toBe(result.passedCount);
          expect(result.passedCount + result.filtered.length).toBe(opportunities.length);
          for (const item of result.recommendations) {
            expect(filtered.has(item.opportunityId)).toBe(false);
          }
          for (const item of result.filtered) {
            const opportunity = opportunities.find((entry) => entry.id === item.opportunityId);
            const screening = opportunity && screen(prepared, opportunity, TODAY);
            expect(screening?.passed === false && screening.code).toBe(item.filteredBecause.code);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('matches scoring and fully sorting every place (bounded top-k changes nothing)', () => {
      fc.assert(
        fc.property(inputs, ({ youth, opportunities, limit }) => {
          const result = sut(youth, opportunities, { today: TODAY, limit, config: NO_DIVERSITY });
          expect(
            result.recommendations.map((item) => ({ id: item.opportunityId, score: item.score })),
          ).toEqual(reference(youth, opportunities, limit));
        }),
        { numRuns: 300 },
      );
    });

    it('is deterministic and does not depend on input order', () => {
      fc.assert(
        fc.property(
          inputs.chain((input) =>
            fc.record({
              input: fc.constant(input),
              shuffled: fc.shuffledSubarray(input.opportunities, {
                minLength: input.opportunities.length,
              }),
            }),
          ),
          ({ input, shuffled }) => {
            const options = { today: TODAY, limit: input.limit };
            const first = sut(input.youth, input.opportunities, options);
            expect(sut(input.youth, input.opportunities, options)).toEqual(first);
            expect(sut(input.youth, shuffled, options).recommendations).toEqual(
              first.recommendations,
            );
          },
        ),
      );
    });

    it('gives exactly the page of re-ranking the full sorted list (the pool misses nothing)', () => {
      fc.assert(
        fc.property(
          // A youth without limits, so that many places pass and the caps bite.
          fc.record({
            youth: youthArbitrary().map((youth) => ({
              ...youth,
              birthDate: undefined,
              kindsWanted: undefined,
              availableDates: undefined,
              maxTravelKm: undefined,
            })),
            opportunities: opportunitiesArbitrary(60),
            limit: fc.integer({ min: 0, max: 30 }),
          }),
          fc.record({
            window: fc.integer({ min: 0, max: 8 }),
            maxPerTrade: fc.integer({ min: 0, max: 3 }),
            maxPerEmployer: fc.integer({ min: 0, max: 3 }),
            minOutsideInterests: fc.integer({ min: 0, max: 4 }),
          }),
          ({ youth, opportunities, limit }, diversity) => {
            const config = { ...DEFAULT_MATCH_CONFIG, diversity };
            const result = sut(youth, opportunities, { today: TODAY, limit, config });
            expect(
              result.recommendations.map((item) => ({ id: item.opportunityId, score: item.score })),
            ).toEqual(referencePage(youth, opportunities, limit, config));
          },
        ),
        { numRuns: 300 },
      );
    });

    it('re-ranks for diversity without changing which places are shown', () => {
      fc.assert(
        fc.property(inputs, ({ youth, opportunities }) => {
          const options = { today: TODAY, limit: opportunities.length };
          const diverse = sut(youth, opportunities, options).recommendations;
          const plain = sut(youth, opportunities, { ...options, config: NO_DIVERSITY });
          expect(ids(diverse).sort()).toEqual(ids(plain.recommendations).sort());
          expect(diverse[0]).toEqual(plain.recommendations[0]);
        }),
        { numRuns: 300 },
      );
    });

    it('never lowers the distance feature of a place that moves closer', () => {
      fc.assert(
        fc.property(
          youthArbitrary(),
          opportunityArbitrary('o1'),
          fc.double({ min: 0, max: 1, noNaN: true }),
          ({ maxTravelKm: _limit, ...youth }, opportunity, t) => {
            fc.pre(youth.school !== undefined);
            // Slide the place along the straight line towards the youth's school.
            const from = opportunity.location;
            const to = youth.school;
            const closer = {
              ...opportunity,
              location: {
                latitude: from.latitude + t * (to.latitude - from.latitude),
                longitude: from.longitude + t * (to.longitude - from.longitude),
              },
            };
            const origins = prepareYouth(youth, TODAY).origins;
            fc.pre(
              (reachOf(origins, closer.location)?.km ?? 0) <= (reachOf(origins, from)?.km ?? 0),
            );
            const before = sut(youth, [opportunity], { today: TODAY }).recommendations.at(0);
            const after = sut(youth, [closer], { today: TODAY }).recommendations.at(0);
            if (before !== undefined && after !== undefined) {
              expect(after.features.DISTANCE).toBeGreaterThanOrEqual(before.features.DISTANCE);
            }
          },
        ),
      );
    });
  });
});
