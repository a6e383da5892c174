import { OpportunityKind } from '@akselerator/domain';
import { aYouth, KRISTIANSAND, northOf, TODAY } from './match-arbitrary.testing';
import { ageOn, daysWithoutOffer, prepareYouth, reachOf } from './prepared-youth';

describe(prepareYouth.name, () => {
  const sut = prepareYouth;

  it('adds the programmes of the trades the youth named', () => {
    const prepared = sut(
      aYouth({ interests: { programmeCodes: ['HS'], tradeCodes: ['elektriker', 'unknown'] } }),
      TODAY,
    );
    expect([...prepared.programmeCodes].sort()).toEqual(['EL', 'HS']);
    expect([...prepared.tradeCodes].sort()).toEqual(['elektriker', 'unknown']);
  });

  it('reads empty wishes and non-positive limits as no limit', () => {
    const prepared = sut(aYouth({ kindsWanted: [], availableDates: [], maxTravelKm: 0 }), TODAY);
    expect(prepared.kindsWanted).toBeNull();
    expect(prepared.availableDates).toBeNull();
    expect(prepared.maxTravelKm).toBeNull();
    expect(sut(aYouth({ kindsWanted: [OpportunityKind.HOSPITERING] }), TODAY).kindsWanted).toEqual(
      new Set([OpportunityKind.HOSPITERING]),
    );
  });
});

describe(ageOn.name, () => {
  it('counts whole years, a birthday counting from its day', () => {
    expect(ageOn('2010-03-02', '2026-03-02')).toBe(16);
    expect(ageOn('2010-03-03', '2026-03-02')).toBe(15);
    expect(ageOn('not a date', '2026-03-02')).toBeNull();
  });
});

describe(daysWithoutOffer.name, () => {
  const sut = daysWithoutOffer;

  it('counts from the last offer, or from first contact when there was none', () => {
    expect(sut(aYouth({ lastOfferDate: '2026-02-20' }), TODAY)).toBe(10);
    expect(sut(aYouth({ lastOfferDate: null, firstContactDate: '2026-01-05' }), TODAY)).toBe(56);
    expect(sut(aYouth({ firstContactDate: '2026-01-05' }), TODAY)).toBe(56);
    expect(sut(aYouth(), TODAY)).toBeNull();
    expect(sut(aYouth({ lastOfferDate: '2026-04-01' }), TODAY)).toBe(0);
  });
});

describe(reachOf.name, () => {
  it('measures from the nearer of home and school', () => {
    const origins = [
      { point: northOf(KRISTIANSAND, 10), from: 'HOME' as const },
      { point: northOf(KRISTIANSAND, 3), from: 'SCHOOL' as const },
    ];
    const reach = reachOf(origins, KRISTIANSAND);
    expect(reach?.from).toBe('SCHOOL');
    expect(reach?.km).toBeCloseTo(3, 2);
    expect(reachOf([], KRISTIANSAND)).toBeNull();
  });
});
