/** Test helper: builders and random youths and opportunities for the recommendation specs. */
import { Adaptation, OpportunityKind, Strength, TRADES, type GeoPoint } from '@akselerator/domain';
import fc from 'fast-check';
import type { OpportunityProfile, OpportunitySlot } from './opportunity-profile';
import type { YouthProfile } from './youth-profile';

/** A Monday. */
export const TODAY = '2026-03-02';

export const KRISTIANSAND: GeoPoint = { latitude: 58.1467, longitude: 7.9956 };

const KM_PER_DEGREE_LATITUDE = 111.195;

/** A point `km` due north (negative: south) of `origin`. */
export function northOf(origin: GeoPoint, km: number): GeoPoint {
  return { latitude: origin.latitude + km / KM_PER_DEGREE_LATITUDE, longitude: origin.longitude };
}

export function aYouth(overrides: Partial<YouthProfile> = {}): YouthProfile {
  return {
    id: 'youth-1',
    birthDate: '2010-06-15',
    interests: { programmeCodes: [], tradeCodes: [] },
    strengths: [],
    adaptationsNeeded: [],
    consentToBeProposed: true,
    ...overrides,
  };
}

export function aSlot(overrides: Partial<OpportunitySlot> = {}): OpportunitySlot {
  return { date: '2026-03-03', startTime: '09:00', endTime: '14:00', seatsLeft: 2, ...overrides };
}

export function anOpportunity(overrides: Partial<OpportunityProfile> = {}): OpportunityProfile {
  return {
    id: 'opportunity-1',
    kind: OpportunityKind.HOSPITERING,
    tradeCode: 'elektriker',
    programmeCode: 'EL',
    employerId: 'employer-1',
    location: KRISTIANSAND,
    slots: [aSlot()],
    strengthsSought: [],
    adaptationsOffered: [],
    bookingsCount: 5,
    localDemand: 0.3,
    ...overrides,
  };
}

// A few trades from three programmes, so that random pairs often share trade or programme.
const SOME_TRADES = TRADES.filter((trade) => ['EL', 'BA', 'HS'].includes(trade.programmeCode))
  .filter((_, index) => index % 3 === 0)
  .slice(0, 8);
const DATES = ['2026-02-27', '2026-03-02', '2026-03-03', '2026-03-10', '2026-04-20', '2026-06-01'];
const TIMES = ['08:00', '09:00', '12:00', '15:30'];

const pointArbitrary: fc.Arbitrary<GeoPoint> = fc.record({
  latitude: fc.double({ min: 57.9, max: 58.6, noNaN: true }),
  longitude: fc.double({ min: 7.3, max: 8.8, noNaN: true }),
});

const slotArbitrary: fc.Arbitrary<OpportunitySlot> = fc.record({
  date: fc.constantFrom(...DATES),
  startTime: fc.constantFrom(...TIMES.slice(0, 2)),
  endTime: fc.constantFrom(...TIMES.slice(2)),
  seatsLeft: fc.integer({ min: 0, max: 3 }),
});

const kindArbitrary = fc.constantFrom(...Object.values(OpportunityKind));
const strengthsArbitrary = fc.uniqueArray(fc.constantFrom(...Object.values(Strength)), {
  maxLength: 4,
});
const adaptationsArbitrary = fc.uniqueArray(fc.constantFrom(...Object.values(Adaptation)), {
  maxLength: 3,
});
const tradeArbitrary = fc.constantFrom(...SOME_TRADES);

export function opportunityArbitrary(id: string): fc.Arbitrary<OpportunityProfile> {
  return fc
    .record(
      {
        kind: kindArbitrary,
        trade: tradeArbitrary,
        employerId: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
        location: pointArbitrary,
        slots: fc.array(slotArbitrary, { maxLength: 3 }),
        minAge: fc.integer({ min: 13, max: 18 }),
        maxAge: fc.integer({ min: 16, max: 30 }),
        strengthsSought: strengthsArbitrary,
        adaptationsOffered: adaptationsArbitrary,
        hoursPerWeek: fc.integer({ min: 5, max: 40 }),
        bookingsCount: fc.integer({ min: 0, max: 60 }),
        localDemand: fc.double({ min: 0, max: 1, noNaN: true }),
      },
      { requiredKeys: ['kind', 'trade', 'employerId', 'location', 'slots', 'strengthsSought'] },
    )
    .map(({ trade, ...rest }) => ({
      id,
      tradeCode: trade.code,
      programmeCode: trade.programmeCode,
      adaptationsOffered: [],
      bookingsCount: 0,
      localDemand: 0,
      ...rest,
    }));
}

/** Distinct ids, so that results can be compared by id. */
export function opportunitiesArbitrary(maxLength = 25): fc.Arbitrary<OpportunityProfile[]> {
  return fc
    .integer({ min: 0, max: maxLength })
    .chain((length) =>
      fc.tuple(...Array.from({ length }, (_, index) => opportunityArbitrary(`o${index}`))),
    );
}

export function youthArbitrary(id = 'youth-1'): fc.Arbitrary<YouthProfile> {
  return fc.record(
    {
      id: fc.constant(id),
      birthDate: fc.constantFrom('2010-03-02', '2010-03-03', '2008-01-01', '1999-12-31'),
      interests: fc.record({
        programmeCodes: fc.uniqueArray(fc.constantFrom('EL', 'BA', 'HS', 'RM'), { maxLength: 2 }),
        tradeCodes: fc.uniqueArray(
          tradeArbitrary.map((trade) => trade.code),
          { maxLength: 2 },
        ),
      }),
      strengths: strengthsArbitrary,
      home: pointArbitrary,
      school: pointArbitrary,
      maxTravelKm: fc.double({ min: 1, max: 80, noNaN: true }),
      kindsWanted: fc.uniqueArray(kindArbitrary, { maxLength: 3 }),
      availableDates: fc.uniqueArray(fc.constantFrom(...DATES), { maxLength: 3 }),
      maxHoursPerWeek: fc.integer({ min: 5, max: 40 }),
      adaptationsNeeded: adaptationsArbitrary,
      lastOfferDate: fc.constantFrom(null, '2025-12-01', '2026-02-20'),
      firstContactDate: fc.constantFrom('2025-09-01', '2026-02-01'),
      consentToBeProposed: fc.boolean(),
    },
    { requiredKeys: ['id', 'interests', 'strengths', 'adaptationsNeeded', 'consentToBeProposed'] },
  );
}
