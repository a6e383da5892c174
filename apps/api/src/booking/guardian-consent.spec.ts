import { needsGuardianConsent } from './guardian-consent';

describe(needsGuardianConsent.name, () => {
  it('asks for consent until the pupil turns 16, the birthday itself included as 16', () => {
    expect(needsGuardianConsent('2011-03-15', '2027-03-14', false)).toBe(true);
    expect(needsGuardianConsent('2011-03-15', '2027-03-15', false)).toBe(false);
    expect(needsGuardianConsent('2011-03-15', '2026-10-01', true)).toBe(true);
    expect(needsGuardianConsent('2009-01-01', '2026-10-01', true)).toBe(false);
  });

  it('asks for a pupil in a cohort whose birth date is unknown, not for other young people', () => {
    expect(needsGuardianConsent(null, '2026-10-01', true)).toBe(true);
    expect(needsGuardianConsent(null, '2026-10-01', false)).toBe(false);
  });
});
