/** Who a signed-in person is on the platform. Values equal keys, so they are stable on the wire. */
export enum Role {
  YOUTH = 'YOUTH',
  EMPLOYER = 'EMPLOYER',
  COUNSELLOR = 'COUNSELLOR',
  ADMIN = 'ADMIN',
}

/** The roles a person may choose when signing up; the others are granted by an admin. */
export const SELF_SIGN_UP_ROLES: readonly Role[] = [Role.YOUTH, Role.EMPLOYER];
