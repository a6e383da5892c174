/**
 * What someone else did with a young person's data; one audit record per meaningful access (opening
 * a profile is one VIEW_PROFILE, not one per field). Values equal keys.
 */
export enum AuditAction {
  VIEW_PROFILE = 'VIEW_PROFILE',
  VIEW_BOOKINGS = 'VIEW_BOOKINGS',
  VIEW_COHORT_LIST = 'VIEW_COHORT_LIST',
  VIEW_CASELOAD = 'VIEW_CASELOAD',
  ASSIGN_COORDINATOR = 'ASSIGN_COORDINATOR',
  END_COORDINATOR = 'END_COORDINATOR',
  CHANGE_PLAN = 'CHANGE_PLAN',
  CHANGE_PROFILE = 'CHANGE_PROFILE',
  BOOK_ON_BEHALF = 'BOOK_ON_BEHALF',
  VIEW_PLAN = 'VIEW_PLAN',
  CHANGE_MAPPING = 'CHANGE_MAPPING',
  SUBMIT_INTAKE = 'SUBMIT_INTAKE',
  PROPOSE_MATCH = 'PROPOSE_MATCH',
  BOOK_APPOINTMENT = 'BOOK_APPOINTMENT',
  VIEW_EIGHT_WEEK_LIST = 'VIEW_EIGHT_WEEK_LIST',
  VIEW_CANDIDATE_LIST = 'VIEW_CANDIDATE_LIST',
}

export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}

/** The young person's privacy page says what happened in words, not codes. */
export function auditActionLabel(action: AuditAction): string {
  switch (action) {
    case AuditAction.VIEW_PROFILE:
      return 'Så profilen din';
    case AuditAction.VIEW_BOOKINGS:
      return 'Så bookingene dine';
    case AuditAction.VIEW_COHORT_LIST:
      return 'Så klasselisten du står på';
    case AuditAction.VIEW_CASELOAD:
      return 'Så oversikten over ungdommer de følger opp';
    case AuditAction.ASSIGN_COORDINATOR:
      return 'Ble koordinatoren din';
    case AuditAction.END_COORDINATOR:
      return 'Avsluttet oppfølgingen';
    case AuditAction.CHANGE_PLAN:
      return 'Endret planen din';
    case AuditAction.CHANGE_PROFILE:
      return 'Endret profilen din';
    case AuditAction.BOOK_ON_BEHALF:
      return 'Booket på vegne av deg';
    case AuditAction.VIEW_PLAN:
      return 'Så planen din';
    case AuditAction.CHANGE_MAPPING:
      return 'Endret kartleggingen din';
    case AuditAction.SUBMIT_INTAKE:
      return 'Ba om en koordinator for deg';
    case AuditAction.PROPOSE_MATCH:
      return 'Foreslo en mulighet for deg';
    case AuditAction.BOOK_APPOINTMENT:
      return 'Endret en avtale med deg';
    case AuditAction.VIEW_EIGHT_WEEK_LIST:
      return 'Så deg på listen over dem som har ventet på et tilbud';
    case AuditAction.VIEW_CANDIDATE_LIST:
      return 'Så deg på en kandidatliste';
  }
}
