import { isSchoolYear, schoolYearOf } from './school-year';

describe('school year', () => {
  it('accepts consecutive years written as 2026/27', () => {
    expect(isSchoolYear('2026/27')).toBe(true);
    expect(isSchoolYear('2099/00')).toBe(true);
    expect(isSchoolYear('2026/28')).toBe(false);
    expect(isSchoolYear('2026-27')).toBe(false);
    expect(isSchoolYear('26/27')).toBe(false);
  });

  it('starts a school year on 1 August', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025/26');
    expect(schoolYearOf('2026-08-01')).toBe('2026/27');
    expect(schoolYearOf('2027-01-15')).toBe('2026/27');
  });
});
