import { distanceKm, OpportunityKind } from '@akselerator/domain';
import fc from 'fast-check';
import { FilterCode, filterFailure, screen, type Screening } from './hard-filters';
import {
  aSlot,
  aYouth,
  anOpportunity,
  KRISTIANSAND,
  northOf,
  TODAY,
} from './match-arbitrary.testing';
import type { OpportunityProfile } from './opportunity-profile';
import { prepareYouth } from './prepared-youth';
import type { YouthProfile } from './youth-profile';

function failureOf(screening: Screening): FilterCode | null {
  return screening.passed ? null : screening.code;
}

describe(screen.name, () => {
  const run = (youth: YouthProfile, opportunity: OpportunityProfile): Screening =>
    screen(prepareYouth(youth, TODAY), opportunity, TODAY);

  it('passes a plain pair and picks the earliest open slot ahead', () => {
    const sut = run(
      aYouth(),
      anOpportunity({
        slots: [
          aSlot({ date: '2026-03-10' }),
          aSlot({ date: '2026-02-27' }),
          aSlot({ date: '2026-03-04', seatsLeft: 0 }),
          aSlot({ date: '2026-03-05' }),
        ],
      }),
    );
    expect(sut.passed && sut.slot?.date).toBe('2026-03-05');
  });

  it('filters kinds the youth does not want', () => {
    const youth = aYouth({ kindsWanted: [OpportunityKind.APPRENTICESHIP] });
    expect(failureOf(run(youth, anOpportunity()))).toBe(FilterCode.KIND_NOT_WANTED);
  });

  it('filters by age limits on today, and lets unknown ages through', () => {
    const fifteen = aYouth({ birthDate: '2010-03-03' });
    expect(failureOf(run(fifteen, anOpportunity({ minAge: 16 })))).toBe(FilterCode.TOO_YOUNG);
    expect(failureOf(run(fifteen, anOpportunity({ maxAge: 14 })))).toBe(FilterCode.TOO_OLD);
    expect(failureOf(run(fifteen, anOpportunity({ minAge: 15, maxAge: 15 })))).toBeNull();
    const unknown = aYouth({ birthDate: undefined });
    expect(failureOf(run(unknown, anOpportunity({ minAge: 16 })))).toBeNull();
  });

  it('tells past dates, full days and unsuitable dates apart', () => {
    const past = anOpportunity({ slots: [aSlot({ date: '2026-03-01' })] });
    const full = anOpportunity({ slots: [aSlot({ seatsLeft: 0 }), aSlot({ date: '2026-01-01' })] });
    const open = anOpportunity({ slots: [aSlot({ date: '2026-03-03' })] });
    const busy = aYouth({ availableDates: ['2026-03-04'] });
    expect(failureOf(run(aYouth(), past))).toBe(FilterCode.NO_UPCOMING_DATES);
    expect(failureOf(run(aYouth(), full))).toBe(FilterCode.FULLY_BOOKED);
    expect(failureOf(run(busy, open))).toBe(FilterCode.NO_DATE_THAT_SUITS);
  });

  it('keeps a slot today and an open place without slots', () => {
    expect(failureOf(run(aYouth(), anOpportunity({ slots: [aSlot({ date: TODAY })] })))).toBeNull();
    const open = run(aYouth(), anOpportunity({ kind: OpportunityKind.SIMPLE_JOB, slots: [] }));
    expect(open.passed && open.slot).toBeNull();
  });

  it('filters places beyond the travel limit from the nearer of home and school', () => {
    const youth = aYouth({
      home: northOf(KRISTIANSAND, 30),
      school: northOf(KRISTIANSAND, 8),
      maxTravelKm: 10,
    });
    expect(failureOf(run(youth, anOpportunity()))).toBeNull();
    const place = anOpportunity({ location: northOf(KRISTIANSAND, -5) });
    expect(failureOf(run(youth, place))).toBe(FilterCode.TOO_FAR);
    expect(filterFailure(prepareYouth(youth, TODAY), place, FilterCode.TOO_FAR)).toEqual({
      code: FilterCode.TOO_FAR,
      km: expect.closeTo(13, 1) as number,
      maxKm: 10,
    });
  });

  it('agrees with the exact distance at the edge of the latitude shortcut', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        (kmNorth, longitudeShift, maxTravelKm) => {
          const youth = prepareYouth(aYouth({ home: KRISTIANSAND, maxTravelKm }), TODAY);
          const north = northOf(KRISTIANSAND, kmNorth);
          const location = { ...north, longitude: north.longitude + longitudeShift };
          const km = distanceKm(KRISTIANSAND, location);
          const sut = screen(youth, anOpportunity({ location }), TODAY);
          expect(sut.passed).toBe(km <= maxTravelKm);
        },
      ),
    );
  });
});
