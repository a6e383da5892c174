import { AuditAction, AuditOutcome, CounsellorRole, LIMITS, Role } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { MembershipService, type CounsellorPlace } from './membership.service';
import { OrganisationErrorCode, OrganisationException } from './organisations.exception';

/** Why someone may see a young person's data. */
export enum YouthAccessBasis {
  SELF = 'SELF',
  SCHOOL_COUNSELLOR = 'SCHOOL_COUNSELLOR',
  COORDINATOR = 'COORDINATOR',
}

export interface YouthAccess {
  basis: YouthAccessBasis;
  /** The actor's school or NAV office (null for the young person themself). */
  organisation: string | null;
  /** The reason written to the audit log. */
  purpose: string;
}

const PURPOSE_MAX = 200;

function defaultPurpose(basis: YouthAccessBasis, organisation: string | null): string {
  switch (basis) {
    case YouthAccessBasis.SELF:
      return 'Din egen bruker';
    case YouthAccessBasis.SCHOOL_COUNSELLOR:
      return `Rådgiver ved ${organisation ?? 'skolen din'}, oppfølging av hospitering`;
    case YouthAccessBasis.COORDINATOR:
      return `Koordinatoren din ved ${organisation ?? 'NAV'}, oppfølging mot jobb eller skole`;
  }
}

/**
 * The one place that decides who may see a young person's data (the youth themself; a school
 * counsellor of the school the youth's cohort belongs to; a coordinator with the youth in their
 * active caseload; nobody else; admins see aggregates only), and that writes the audit record for
 * every access by someone else, allowed or denied.
 */
@Injectable()
export class AccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
  ) {}

  /** Pure check, no audit record: use `openYouth` when data is actually shown or changed. */
  async canSeeYouth(actor: Account | null, youthId: string): Promise<YouthAccess | null> {
    if (!actor || !isUuid(youthId)) return null;
    if (actor.id === youthId) {
      return actor.role === Role.YOUTH
        ? {
            basis: YouthAccessBasis.SELF,
            organisation: null,
            purpose: defaultPurpose(YouthAccessBasis.SELF, null),
          }
        : null;
    }
    const place = await this.memberships.counsellorPlace(actor);
    const basis = place ? await this.basisFor(place, actor.id, youthId) : null;
    return basis && place
      ? {
          basis,
          organisation: place.organisationName,
          purpose: defaultPurpose(basis, place.organisationName),
        }
      : null;
  }

  /**
   * Checks access and writes one audit record (ALLOWED or DENIED) for anyone but the youth
   * themself. `statedPurpose` is what the actor says they need it for; it is added to the reason.
   * Returns null when not allowed: callers answer exactly as for something that does not exist.
   */
  async openYouth(
    actor: Account | null,
    youthId: string,
    action: AuditAction,
    statedPurpose?: string | null,
  ): Promise<YouthAccess | null> {
    const access = await this.canSeeYouth(actor, youthId);
    return this.recordOpening(actor, youthId, access, action, statedPurpose);
  }

  /**
   * `openYouth` for a caller that has already asked `canSeeYouth` (and turned some bases away
   * itself): writes the same record from that one decision instead of deciding again. `access`
   * must be exactly what `canSeeYouth(actor, youthId)` answered, or null to record a refusal;
   * anything else would make the audit log say something that did not happen.
   */
  async recordOpening(
    actor: Account | null,
    youthId: string,
    access: YouthAccess | null,
    action: AuditAction,
    statedPurpose?: string | null,
  ): Promise<YouthAccess | null> {
    if (!actor || access?.basis === YouthAccessBasis.SELF) return access;
    const stated = statedPurpose?.trim().slice(0, PURPOSE_MAX);
    const described = await this.memberships.actorDescription(actor);
    const purpose = access
      ? stated
        ? `${access.purpose}: ${stated}`
        : access.purpose
      : stated || 'Ingen tilgang';
    await this.audit.record({
      actorId: actor.id,
      actorRole: described.role,
      actorName: actor.displayName.slice(0, LIMITS.displayNameMax),
      actorOrganisation: described.organisation,
      youthId,
      action,
      purpose,
      outcome: access ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    });
    return access ? { ...access, purpose } : null;
  }

  /** Like `openYouth`, but a refusal throws the module's not-found. */
  async requireYouth(
    actor: Account | null,
    youthId: string,
    action: AuditAction,
    statedPurpose?: string | null,
  ): Promise<YouthAccess> {
    const access = await this.openYouth(actor, youthId, action, statedPurpose);
    if (!access) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    return access;
  }

  /**
   * Of `youthIds`, those the counsellor may see (the same rule as `canSeeYouth`), for lists such as
   * ranked candidates. No audit record: call `recordListed` for the ones actually shown. Null when
   * the actor is no counsellor.
   */
  async visibleAmong(
    actor: Account | null,
    youthIds: readonly string[],
  ): Promise<{ place: CounsellorPlace; youthIds: Set<string> } | null> {
    if (!actor) return null;
    const place = await this.memberships.counsellorPlace(actor);
    if (!place) return null;
    const ids = youthIds.filter((id) => isUuid(id) && id !== actor.id);
    return { place, youthIds: await this.visibleTo(place, actor.id, ids) };
  }

  /** One ALLOWED record per young person a counsellor was shown in a list (as the cohort list). */
  async recordListed(
    actor: Account,
    place: CounsellorPlace,
    youthIds: readonly string[],
    action: AuditAction,
    purpose: string,
  ): Promise<void> {
    await this.audit.recordMany(
      youthIds.map((youthId) => ({
        actorId: actor.id,
        actorRole: place.role,
        actorName: actor.displayName.slice(0, LIMITS.displayNameMax),
        actorOrganisation: place.organisationName,
        youthId,
        action,
        purpose: purpose.slice(0, PURPOSE_MAX),
        outcome: AuditOutcome.ALLOWED,
      })),
    );
  }

  private async basisFor(
    place: CounsellorPlace,
    actorId: string,
    youthId: string,
  ): Promise<YouthAccessBasis | null> {
    const visible = await this.visibleTo(place, actorId, [youthId]);
    if (!visible.has(youthId)) return null;
    return place.role === CounsellorRole.SCHOOL_COUNSELLOR
      ? YouthAccessBasis.SCHOOL_COUNSELLOR
      : YouthAccessBasis.COORDINATOR;
  }

  /**
   * The rule itself: a school counsellor sees pupils of their school's cohorts; a coordinator (or
   * office lead) the young people in their own active caseload.
   */
  private async visibleTo(
    place: CounsellorPlace,
    actorId: string,
    youthIds: readonly string[],
  ): Promise<Set<string>> {
    if (youthIds.length === 0) return new Set();
    switch (place.role) {
      case CounsellorRole.SCHOOL_COUNSELLOR: {
        const rows = await this.dataSource.query<{ youth_id: string }[]>(
          `SELECT DISTINCT p.youth_id FROM cohort_pupil p JOIN cohort c ON c.id = p.cohort_id
            WHERE p.youth_id = ANY($1::uuid[]) AND c.school_id = $2`,
          [youthIds, place.schoolId],
        );
        return new Set(rows.map((row) => row.youth_id));
      }
      case CounsellorRole.COORDINATOR:
      case CounsellorRole.OFFICE_LEAD: {
        const rows = await this.dataSource.query<{ youth_id: string }[]>(
          `SELECT DISTINCT youth_id FROM caseload
            WHERE youth_id = ANY($1::uuid[]) AND coordinator_id = $2 AND ended_at IS NULL`,
          [youthIds, actorId],
        );
        return new Set(rows.map((row) => row.youth_id));
      }
    }
  }
}
