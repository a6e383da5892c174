import { normaliseClassCode, Role } from '@akselerator/domain';
import { generateDemoCity } from './demo-city.generator';
import { DEMO_CLASS_CODE, generateDemoOrganisations } from './demo-organisations';

describe(generateDemoOrganisations.name, () => {
  const city = generateDemoCity({
    seed: 2026,
    today: '2026-09-01',
    employerCount: 3,
    opportunityCount: 3,
  });
  const sut = generateDemoOrganisations(2026, '2026-09-01', city.accounts);

  it('is deterministic', () => {
    expect(generateDemoOrganisations(2026, '2026-09-01', city.accounts)).toEqual(sut);
  });

  it('gives Karuss 10A the fixed class code, with the demo pupil in it', () => {
    const karuss = sut.schools.find((school) => school.name === 'Karuss skole');
    const cohort = sut.cohorts.find((c) => c.schoolId === karuss?.id && c.name === '10A');
    expect(cohort?.classCode).toBe(normaliseClassCode(DEMO_CLASS_CODE));
    expect(cohort?.schoolYear).toBe('2026/27');
    const pupil = city.accounts.find((a) => a.email === 'elev@demo.akselerator.no');
    expect(cohort?.pupilIds).toContain(pupil?.id);
  });

  it('has valid, distinct class codes and ids', () => {
    const codes = sut.cohorts.map((cohort) => cohort.classCode);
    expect(codes.every((code) => normaliseClassCode(code) === code)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = [
      ...city.accounts.map((a) => a.id),
      ...sut.accounts.map((a) => a.id),
      ...sut.schools.map((s) => s.id),
      ...sut.cohorts.map((c) => c.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const emails = [...city.accounts, ...sut.accounts].map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('makes the demo counsellor a NAV coordinator with a young person outside school', () => {
    const counsellor = city.accounts.find((a) => a.role === Role.COUNSELLOR);
    expect(sut.counsellorMemberships).toContainEqual(
      expect.objectContaining({ accountId: counsellor?.id, role: 'COORDINATOR' }),
    );
    expect(sut.caseloads).toEqual([expect.objectContaining({ coordinatorId: counsellor?.id })]);
  });
});
