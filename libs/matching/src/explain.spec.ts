import { Adaptation, OpportunityKind, Strength } from '@akselerator/domain';
import {
  candidateReasons,
  diversityReason,
  recommendationReasons,
  withReason,
  type Reason,
} from './explain';
import { screen } from './hard-filters';
import {
  aSlot,
  aYouth,
  anOpportunity,
  KRISTIANSAND,
  northOf,
  TODAY,
} from './match-arbitrary.testing';
import { DEFAULT_MATCH_CONFIG } from './match-weights';
import type { OpportunityProfile } from './opportunity-profile';
import { candidateFeatures, PairContext, recommendationFeatures } from './match-features';
import { prepareYouth } from './prepared-youth';
import type { YouthProfile } from './youth-profile';

function reasonsFor(
  youth: YouthProfile,
  opportunity: OpportunityProfile,
  side: 'YOUTH' | 'PLACE',
): Reason[] {
  const prepared = prepareYouth(youth, TODAY);
  const passed = screen(prepared, opportunity, TODAY);
  if (!passed.passed) {
    throw new Error(`filtered: ${passed.code}`);
  }
  const config = DEFAULT_MATCH_CONFIG;
  return side === 'YOUTH'
    ? recommendationReasons({
        youth: prepared,
        opportunity,
        passed,
        features: recommendationFeatures(
          prepared,
          opportunity,
          passed,
          new PairContext(TODAY, config),
        ),
        config,
      })
    : candidateReasons({
        youth: prepared,
        opportunity,
        passed,
        features: candidateFeatures(prepared, opportunity, passed, new PairContext(TODAY, config)),
        config,
      });
}

const texts = (reasons: readonly Reason[]): string[] => reasons.map((reason) => reason.text);

describe(recommendationReasons.name, () => {
  it('tells the youth the biggest reasons first, in kind and concrete bokmål', () => {
    const youth = aYouth({
      interests: { programmeCodes: [], tradeCodes: ['elektriker'] },
      school: northOf(KRISTIANSAND, 4.2),
      adaptationsNeeded: [Adaptation.SHORT_DAYS],
    });
    const sut = reasonsFor(
      youth,
      anOpportunity({ adaptationsOffered: [Adaptation.SHORT_DAYS, Adaptation.QUIET_WORKPLACE] }),
      'YOUTH',
    );
    expect(texts(sut)).toEqual([
      'Passer interessen din for elektrikerfaget',
      'Tilbyr korte dager',
      '4,2 km fra skolen',
    ]);
    expect(sut.map((reason) => reason.textEn)).toEqual([
      'Matches your interest in electrician',
      'Offers short days',
      '4.2 km from school',
    ]);
    expect(sut[0]?.weight).toBeGreaterThan(sut[1]?.weight ?? 0);
  });

  it('names the programme when only the programme fits, and the strengths they look for', () => {
    const youth = aYouth({
      interests: { programmeCodes: ['EL'], tradeCodes: [] },
      strengths: [Strength.ACCURATE, Strength.HANDS_ON],
    });
    const sut = reasonsFor(
      youth,
      anOpportunity({
        tradeCode: 'automatisering',
        strengthsSought: [Strength.HANDS_ON, Strength.ACCURATE, Strength.CALM],
      }),
      'YOUTH',
    );
    expect(texts(sut)).toContain('Passer interessen din for elektro og datateknologi');
    expect(texts(sut)).toContain('De ser etter det du er god på: flink med hendene og nøyaktig');
  });

  it('lifts a youth who has waited long and shows the free day', () => {
    const youth = aYouth({ lastOfferDate: '2025-11-01' });
    const sut = reasonsFor(youth, anOpportunity({ bookingsCount: 40 }), 'YOUTH');
    expect(texts(sut)).toEqual([
      'Du har ventet lenge – denne løftes fram',
      'Har ledig plass tirsdag 3. mars',
    ]);
  });

  it('gives a plain fact when nothing stands out', () => {
    const quiet = anOpportunity({
      kind: OpportunityKind.APPRENTICESHIP,
      slots: [],
      bookingsCount: 50,
      localDemand: 0,
    });
    expect(texts(reasonsFor(aYouth(), quiet, 'YOUTH'))).toEqual(['Ledig nå: lærlingplass']);
    const later = anOpportunity({ slots: [aSlot({ date: '2026-06-01' })], bookingsCount: 50 });
    expect(reasonsFor(aYouth(), later, 'YOUTH')).toEqual([
      {
        code: 'AVAILABLE',
        text: 'Har ledig plass mandag 1. juni',
        textEn: 'Has a free place on Monday 1 June',
        weight: 0,
      },
    ]);
  });

  it('mentions hours only for a youth who limited them', () => {
    const opportunity = anOpportunity({
      kind: OpportunityKind.SIMPLE_JOB,
      slots: [],
      hoursPerWeek: 15,
    });
    expect(texts(reasonsFor(aYouth({ maxHoursPerWeek: 20 }), opportunity, 'YOUTH'))).toContain(
      '15 timer i uka – innenfor det du ønsker',
    );
    expect(
      texts(reasonsFor(aYouth(), opportunity, 'YOUTH')).some((text) => text.includes('timer')),
    ).toBe(false);
  });
});

describe(candidateReasons.name, () => {
  it('speaks about the youth to the counsellor, with the 8-week rule', () => {
    const youth = aYouth({
      interests: { programmeCodes: [], tradeCodes: ['elektriker'] },
      home: northOf(KRISTIANSAND, 3.1),
      lastOfferDate: null,
      firstContactDate: '2025-12-29',
    });
    expect(texts(reasonsFor(youth, anOpportunity(), 'PLACE'))).toEqual([
      'Interessert i elektrikerfaget',
      'Har ventet 9 uker uten tilbud – over 8-ukersgrensen',
      'Bor 3,1 km unna',
    ]);
  });

  it('says when the youth can come, if they gave dates', () => {
    const youth = aYouth({ availableDates: ['2026-03-03'] });
    expect(texts(reasonsFor(youth, anOpportunity(), 'PLACE'))).toContain(
      'Kan komme tirsdag 3. mars',
    );
  });
});

describe(withReason.name, () => {
  it('keeps at most three reasons, dropping the weakest', () => {
    const base: Reason[] = ['a', 'b', 'c'].map((text, index) => ({
      code: 'DISTANCE',
      text,
      textEn: text,
      weight: 3 - index,
    }));
    expect(texts(withReason(base, diversityReason()))).toEqual([
      'a',
      'b',
      'Et fag du ikke har valgt – kanskje noe for deg?',
    ]);
    expect(withReason(base.slice(0, 1), diversityReason())).toHaveLength(2);
  });
});
