/**
 * What a counsellor account does in its organisation. A school counsellor (rådgiver) belongs to a
 * lower-secondary school; a coordinator (personlig koordinator) and an office lead belong to a NAV
 * office. Values equal keys.
 */
export enum CounsellorRole {
  SCHOOL_COUNSELLOR = 'SCHOOL_COUNSELLOR',
  COORDINATOR = 'COORDINATOR',
  OFFICE_LEAD = 'OFFICE_LEAD',
}

/** Roles that belong to a NAV office (the rest belong to a school). */
export const NAV_OFFICE_ROLES: readonly CounsellorRole[] = [
  CounsellorRole.COORDINATOR,
  CounsellorRole.OFFICE_LEAD,
];

/** An employer's members: the owner invites colleagues; a member works on the listings. */
export enum EmployerRole {
  OWNER = 'OWNER',
  MEMBER = 'MEMBER',
}

/** How many days an invitation to join an employer works. */
export const EMPLOYER_INVITATION_VALID_DAYS = 7;

/** The Norwegian label of a role, as the young person's access log shows it. */
export function counsellorRoleLabel(role: CounsellorRole): string {
  switch (role) {
    case CounsellorRole.SCHOOL_COUNSELLOR:
      return 'Rådgiver';
    case CounsellorRole.COORDINATOR:
      return 'Personlig koordinator';
    case CounsellorRole.OFFICE_LEAD:
      return 'Leder, NAV-kontor';
  }
}
