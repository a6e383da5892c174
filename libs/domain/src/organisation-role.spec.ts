import {
  CounsellorRole,
  counsellorRoleLabel,
  EmployerRole,
  NAV_OFFICE_ROLES,
} from './organisation-role';

describe('organisation roles', () => {
  it('have values equal to their keys', () => {
    for (const [key, value] of Object.entries({ ...CounsellorRole, ...EmployerRole })) {
      expect(value).toBe(key);
    }
  });

  it('places coordinators and office leads in a NAV office, school counsellors in a school', () => {
    expect(NAV_OFFICE_ROLES).toEqual([CounsellorRole.COORDINATOR, CounsellorRole.OFFICE_LEAD]);
    expect(NAV_OFFICE_ROLES).not.toContain(CounsellorRole.SCHOOL_COUNSELLOR);
  });

  it('labels every role in Norwegian', () => {
    for (const role of Object.values(CounsellorRole)) {
      expect(counsellorRoleLabel(role).length).toBeGreaterThan(0);
    }
  });
});
