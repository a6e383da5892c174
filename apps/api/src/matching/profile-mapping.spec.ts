import { Adaptation, OpportunityKind, Strength } from '@akselerator/domain';
import { recommendOpportunities } from '@akselerator/matching';
import { toOpportunityProfile, type OpportunityRow } from './profile-mapping';

const row = (overrides: Partial<OpportunityRow> = {}): OpportunityRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: OpportunityKind.HOSPITERING,
  trade_code: 'ELEKTRIKER',
  programme_code: 'EL',
  employer_id: '00000000-0000-4000-8000-0000000000e1',
  latitude: 58.146,
  longitude: 7.995,
  slots: [{ date: '2030-03-04', startTime: '08:00', endTime: '14:00', seatsLeft: 2 }],
  bookings: '0',
  local_demand: 0.5,
  strengths_sought: [Strength.HANDS_ON, Strength.ACCURATE],
  adaptations_offered: [Adaptation.SHORT_DAYS, Adaptation.QUIET_WORKPLACE],
  hours_per_week: null,
  ...overrides,
});

describe('toOpportunityProfile', () => {
  it('feeds the strengths sought and the adaptations offered from the opportunity columns', () => {
    const profile = toOpportunityProfile(row());
    expect(profile.strengthsSought).toEqual([Strength.HANDS_ON, Strength.ACCURATE]);
    expect(profile.adaptationsOffered).toEqual([Adaptation.SHORT_DAYS, Adaptation.QUIET_WORKPLACE]);
    expect(profile.hoursPerWeek).toBeUndefined();
  });

  it('ignores values outside the fixed lists and reads numeric hours', () => {
    const profile = toOpportunityProfile(
      row({
        strengths_sought: ['HANDS_ON', 'nonsense'],
        adaptations_offered: null,
        hours_per_week: '12.5',
      }),
    );
    expect(profile.strengthsSought).toEqual([Strength.HANDS_ON]);
    expect(profile.adaptationsOffered).toEqual([]);
    expect(profile.hoursPerWeek).toBe(12.5);
  });

  it('lets the engine tell a youth that the place looks for their strengths', () => {
    const youth = {
      id: 'y1',
      interests: { programmeCodes: [], tradeCodes: [] },
      strengths: [Strength.HANDS_ON, Strength.ACCURATE],
      kindsWanted: [],
      adaptationsNeeded: [Adaptation.SHORT_DAYS],
      lastOfferDate: null,
      consentToBeProposed: true,
    };
    const withColumns = recommendOpportunities(youth, [toOpportunityProfile(row())], {
      today: '2030-03-01',
    });
    const without = recommendOpportunities(
      youth,
      [toOpportunityProfile(row({ strengths_sought: [], adaptations_offered: [] }))],
      { today: '2030-03-01' },
    );
    const codes = withColumns.recommendations[0]?.reasons.map((reason) => reason.code) ?? [];
    expect(codes).toContain('STRENGTHS_FIT');
    expect(withColumns.recommendations[0]?.score).toBeGreaterThan(
      without.recommendations[0]?.score ?? 1,
    );
  });
});
