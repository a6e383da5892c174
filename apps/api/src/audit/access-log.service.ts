import {
  auditActionLabel,
  CounsellorRole,
  counsellorRoleLabel,
  FieldErrorCode,
  fieldErrorMessage,
  Locale,
  Role,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { AuditService } from './audit.service';
import { purposeInEnglish } from './purpose-en';
import type { AccessLogEntry, AccessLogPage } from './dtos/access-log.types';

export const ACCESS_LOG_PAGE_MAX = 100;

const ROLE_LABELS: Record<string, string> = {
  [Role.EMPLOYER]: 'Arbeidsgiver',
  [Role.COUNSELLOR]: 'Veileder',
  [Role.ADMIN]: 'Programledelsen',
  [Role.YOUTH]: 'Ungdom',
  // A guardian of a pupil under 16, through the link sent to them (no account).
  GUARDIAN: 'Foresatt',
};

/** The same in English, for the page in English (counsellor roles included). */
const ROLE_LABELS_EN: Record<string, string> = {
  [Role.EMPLOYER]: 'Employer',
  [Role.COUNSELLOR]: 'Counsellor',
  [Role.ADMIN]: 'Programme management',
  [Role.YOUTH]: 'Young person',
  GUARDIAN: 'Guardian',
  [CounsellorRole.SCHOOL_COUNSELLOR]: 'School counsellor',
  [CounsellorRole.COORDINATOR]: 'Personal coordinator',
  [CounsellorRole.OFFICE_LEAD]: 'Lead, NAV office',
};

const isCounsellorRole = (role: string): role is CounsellorRole =>
  (Object.values(CounsellorRole) as string[]).includes(role);

function roleLabel(role: string): string {
  return isCounsellorRole(role) ? counsellorRoleLabel(role) : (ROLE_LABELS[role] ?? role);
}

/** The young person's own view of the audit log, for their privacy page. */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  async myAccessLog(
    actor: Account | null,
    first: number,
    after: string | null,
  ): Promise<AccessLogPage> {
    const youth = this.identity.requireYouth(actor);
    if (!Number.isInteger(first) || first < 1 || first > ACCESS_LOG_PAGE_MAX) {
      throw new FieldValidationException([
        {
          field: 'first',
          code: FieldErrorCode.OUT_OF_RANGE,
          message: fieldErrorMessage(FieldErrorCode.OUT_OF_RANGE, Locale.NB, {
            min: 1,
            max: ACCESS_LOG_PAGE_MAX,
          }),
        },
      ]);
    }
    if (after !== null && !/^[1-9]\d{0,17}$/.test(after)) {
      throw new FieldValidationException([
        {
          field: 'after',
          code: FieldErrorCode.INVALID_CURSOR,
          message: fieldErrorMessage(FieldErrorCode.INVALID_CURSOR, Locale.NB),
        },
      ]);
    }
    const rows = await this.audit.forYouth(youth.id, first + 1, after);
    const page = rows.slice(0, first);
    const entries: AccessLogEntry[] = page.map((row) => ({
      id: row.id,
      at: row.at,
      actorName: row.actorName,
      actorRoleLabel: roleLabel(row.actorRole),
      actorRoleLabelEn: ROLE_LABELS_EN[row.actorRole] ?? row.actorRole,
      actorOrganisation: row.actorOrganisation,
      action: row.action,
      actionLabel: auditActionLabel(row.action),
      purpose: row.purpose,
      purposeEn: purposeInEnglish(row.purpose),
      outcome: row.outcome,
    }));
    return { entries, nextCursor: rows.length > first ? (page.at(-1)?.id ?? null) : null };
  }
}
