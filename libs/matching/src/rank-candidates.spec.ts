import { Adaptation, OpportunityKind, Strength } from '@akselerator/domain';
import fc from 'fast-check';
import {
  aYouth,
  anOpportunity,
  KRISTIANSAND,
  northOf,
  opportunityArbitrary,
  TODAY,
  youthArbitrary,
} from './match-arbitrary.testing';
import { rankCandidates, type Candidate } from './rank-candidates';

const ids = (items: readonly Candidate[]): string[] => items.map((item) => item.youthId);

describe(rankCandidates.name, () => {
  const sut = rankCandidates;

  it('ranks the youth who fits and has waited longest first, and explains why', () => {
    const opportunity = anOpportunity({
      strengthsSought: [Strength.ACCURATE],
      adaptationsOffered: [Adaptation.FIXED_CONTACT_PERSON],
    });
    const youths = [
      aYouth({ id: 'cook', interests: { programmeCodes: [], tradeCodes: ['kokk'] } }),
      aYouth({
        id: 'waited',
        interests: { programmeCodes: [], tradeCodes: ['elektriker'] },
        strengths: [Strength.ACCURATE],
        home: northOf(KRISTIANSAND, 2.5),
        lastOfferDate: '2025-12-01',
      }),
      aYouth({
        id: 'fresh',
        interests: { programmeCodes: [], tradeCodes: ['elektriker'] },
        strengths: [Strength.ACCURATE],
        home: northOf(KRISTIANSAND, 2.5),
        lastOfferDate: '2026-02-25',
      }),
    ];
    const result = sut(opportunity, youths, { today: TODAY });
    expect(ids(result.candidates)).toEqual(['waited', 'fresh', 'cook']);
    const first = result.candidates.at(0);
    expect(first?.pastEightWeeks).toBe(true);
    expect(first?.daysWithoutOffer).toBe(91);
    expect(first?.reasons.map((reason) => reason.text)).toEqual([
      'Interessert i elektrikerfaget',
      'Har ventet 13 uker uten tilbud – over 8-ukersgrensen',
      'Bor 2,5 km unna',
    ]);
  });

  it('proposes only youths who agreed, and says so when asked', () => {
    const youths = [
      aYouth({ id: 'no', consentToBeProposed: false }),
      aYouth({ id: 'young', birthDate: '2012-01-01' }),
      aYouth({ id: 'yes' }),
    ];
    const result = sut(anOpportunity({ minAge: 15 }), youths, {
      today: TODAY,
      explainFiltered: true,
    });
    expect(ids(result.candidates)).toEqual(['yes']);
    expect(result.filtered.map((item) => [item.youthId, item.filteredBecause.code])).toEqual([
      ['no', 'NO_CONSENT'],
      ['young', 'TOO_YOUNG'],
    ]);
    expect(sut(anOpportunity(), youths, { today: TODAY }).filtered).toEqual([]);
  });

  it('filters youths by their own wishes: kind, dates and travel', () => {
    const opportunity = anOpportunity({ location: northOf(KRISTIANSAND, 20) });
    const youths = [
      aYouth({ id: 'job', kindsWanted: [OpportunityKind.SIMPLE_JOB] }),
      aYouth({ id: 'busy', availableDates: ['2026-03-04'] }),
      aYouth({ id: 'near', home: KRISTIANSAND, maxTravelKm: 15 }),
      aYouth({ id: 'fine', home: KRISTIANSAND, maxTravelKm: 30 }),
    ];
    const result = sut(opportunity, youths, { today: TODAY, explainFiltered: true });
    expect(ids(result.candidates)).toEqual(['fine']);
    expect(result.filtered.map((item) => item.filteredBecause.code)).toEqual([
      'KIND_NOT_WANTED',
      'NO_DATE_THAT_SUITS',
      'TOO_FAR',
    ]);
  });

  describe('properties', () => {
    const inputs = fc.record({
      opportunity: opportunityArbitrary('o1'),
      youths: fc
        .integer({ min: 0, max: 25 })
        .chain((length) =>
          fc.tuple(...Array.from({ length }, (_, index) => youthArbitrary(`y${index}`))),
        ),
      limit: fc.integer({ min: 0, max: 30 }),
    });

    it('never proposes a youth without consent or one that was filtered', () => {
      fc.assert(
        fc.property(inputs, ({ opportunity, youths }) => {
          const result = sut(opportunity, youths, {
            today: TODAY,
            limit: youths.length,
            explainFiltered: true,
          });
          const filtered = new Set(result.filtered.map((item) => item.youthId));
          expect(result.candidates.length + result.filtered.length).toBe(youths.length);
          for (const candidate of result.candidates) {
            expect(filtered.has(candidate.youthId)).toBe(false);
            expect(
              youths.find((youth) => youth.id === candidate.youthId)?.consentToBeProposed,
            ).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('gives finite scores in [0, 1], best first, each with one to three reasons', () => {
      fc.assert(
        fc.property(inputs, ({ opportunity, youths, limit }) => {
          const { candidates } = sut(opportunity, youths, { today: TODAY, limit });
          expect(candidates.length).toBeLessThanOrEqual(limit);
          candidates.forEach((candidate, index) => {
            expect(Number.isFinite(candidate.score)).toBe(true);
            expect(candidate.score).toBeGreaterThanOrEqual(0);
            expect(candidate.score).toBeLessThanOrEqual(1);
            expect(candidate.score).toBeLessThanOrEqual(candidates[index - 1]?.score ?? 1);
            expect(candidate.reasons.length).toBeGreaterThanOrEqual(1);
            expect(candidate.reasons.length).toBeLessThanOrEqual(3);
          });
        }),
        { numRuns: 200 },
      );
    });

    it('is deterministic and does not depend on the order of youths', () => {
      fc.assert(
        fc.property(
          inputs.chain((input) =>
            fc.record({
              input: fc.constant(input),
              shuffled: fc.shuffledSubarray(input.youths, { minLength: input.youths.length }),
            }),
          ),
          ({ input, shuffled }) => {
            const options = { today: TODAY, limit: input.limit };
            const first = sut(input.opportunity, input.youths, options);
            expect(sut(input.opportunity, input.youths, options)).toEqual(first);
            expect(sut(input.opportunity, shuffled, options).candidates).toEqual(first.candidates);
          },
        ),
      );
    });

    it('never ranks a youth lower for having waited longer', () => {
      fc.assert(
        fc.property(
          youthArbitrary(),
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 0, max: 400 }),
          (youth, a, b) => {
            const opportunity = anOpportunity({ slots: [] });
            const since = (days: number): string =>
              new Date(Date.UTC(2026, 2, 2 - days)).toISOString().slice(0, 10);
            const [longer, shorter] = a >= b ? [a, b] : [b, a];
            const score = (days: number): number | undefined =>
              sut(
                opportunity,
                [{ ...youth, consentToBeProposed: true, lastOfferDate: since(days) }],
                { today: TODAY },
              ).candidates[0]?.score;
            expect(score(longer) ?? 0).toBeGreaterThanOrEqual(score(shorter) ?? 0);
          },
        ),
      );
    });
  });
});
