import {
  AuditAction,
  AuditOutcome,
  caseloadFree,
  CounsellorRole,
  hasCaseloadRoom,
  Role,
} from '@akselerator/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../identity/identity.exception';
import { IdentityService } from '../identity/identity.service';
import type { CaseloadEntry } from './dtos/organisation.types';
import { MembershipService, type CounsellorPlace } from './membership.service';
import { OrganisationErrorCode, OrganisationException } from './organisations.exception';

const PG_UNIQUE_VIOLATION = '23505';

export type OfficePlace = CounsellorPlace & { navOfficeId: string };

/** A coordinator's load: young people followed now, the maximum, and places left. */
export interface CaseloadLoad {
  active: number;
  max: number;
  free: number;
}

export const CASELOAD_FULL = 'CASELOAD_FULL';

/** The coordinator already follows as many young people as the maximum allows; nothing changed. */
export class CaseloadFullException extends GraphQLError {
  constructor(readonly max: number) {
    super(
      `Koordinatoren følger allerede opp ${max} ungdommer, som er maksimum. Velg en koordinator med ledig kapasitet, eller flytt noen først.`,
      { extensions: { code: CASELOAD_FULL, max } },
    );
  }
}

const ENTRY_COLUMNS = `c.youth_id AS "youthId", y.display_name AS "displayName",
  c.coordinator_id AS "coordinatorId", k.display_name AS "coordinatorName",
  c.started_at AS "startedAt", c.ended_at AS "endedAt"`;
const ENTRY_JOINS = `JOIN account y ON y.id = c.youth_id JOIN account k ON k.id = c.coordinator_id`;

/**
 * Coordinators' caseloads: a young person outside school follows one coordinator at a time (a
 * partial unique index holds it), within the coordinator's NAV office; history is kept.
 */
@Injectable()
export class CaseloadService {
  private readonly logger = new Logger(CaseloadService.name);
  private readonly placeFreedListeners: ((coordinatorId: string) => Promise<void>)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The configured maximum (CASELOAD_MAX, default 25). */
  get caseloadMax(): number {
    return this.config.CASELOAD_MAX;
  }

  /**
   * The caseload rule, the one place routing and assignment both go through: locks the
   * coordinator's membership row for the rest of the transaction (so two intakes or assignments at
   * once queue up here and the second one counts the first), then refuses when the caseload is full.
   */
  async requireRoom(manager: EntityManager, coordinatorId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM counsellor_membership WHERE account_id = $1 FOR UPDATE`, [
      coordinatorId,
    ]);
    const [row] = await manager.query<{ active: number }[]>(
      `SELECT count(*)::int AS active FROM caseload WHERE coordinator_id = $1 AND ended_at IS NULL`,
      [coordinatorId],
    );
    const active = row?.active ?? 0;
    const max = this.caseloadMax;
    if (!hasCaseloadRoom(active, max)) throw new CaseloadFullException(max);
  }

  /**
   * Starts a caseload inside the caller's transaction, after `requireRoom` held for the coordinator.
   * Returns the new caseload's id.
   */
  async startCaseload(
    manager: EntityManager,
    youthId: string,
    coordinatorId: string,
    navOfficeId: string,
    startedBy: string | null,
  ): Promise<string> {
    await this.requireRoom(manager, coordinatorId);
    const [created] = await manager.query<{ id: string }[]>(
      `INSERT INTO caseload (youth_id, coordinator_id, nav_office_id, started_at, started_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [youthId, coordinatorId, navOfficeId, this.clock.now(), startedBy],
    );
    return created?.id ?? '';
  }

  async myCaseload(actor: Account | null): Promise<CaseloadEntry[]> {
    const { account, place } = await this.requireOfficeMember(actor);
    const entries = await this.dataSource.query<CaseloadEntry[]>(
      `SELECT ${ENTRY_COLUMNS} FROM caseload c ${ENTRY_JOINS}
        WHERE c.coordinator_id = $1 AND c.ended_at IS NULL
        ORDER BY c.started_at, c.id`,
      [account.id],
    );
    await this.audit.recordMany(
      entries.map((entry) => ({
        actorId: account.id,
        actorRole: place.role,
        actorName: account.displayName,
        actorOrganisation: place.organisationName,
        youthId: entry.youthId,
        action: AuditAction.VIEW_CASELOAD,
        purpose: `Koordinatoren din ved ${place.organisationName}, oversikt over dem hen følger opp`,
        outcome: AuditOutcome.ALLOWED,
      })),
    );
    return entries;
  }

  /**
   * A coordinator takes a young person into their own caseload; an office lead assigns (or moves)
   * a young person to any coordinator of the office. A youth already followed at another office,
   * or by another coordinator when the caller is not the lead, is refused.
   */
  async assignCoordinator(
    actor: Account | null,
    youthId: string,
    coordinatorId: string | null,
  ): Promise<CaseloadEntry> {
    const { account, place } = await this.requireOfficeMember(actor);
    const isLead = place.role === CounsellorRole.OFFICE_LEAD;
    const targetId = coordinatorId ?? account.id;
    if (targetId !== account.id && !isLead)
      throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    if (!(await this.isOfficeCoordinator(place.navOfficeId, targetId))) {
      throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    }
    if (!(await this.isYouthOutsideSchool(youthId))) {
      await this.recordOutcome(account, place, youthId, AuditAction.ASSIGN_COORDINATOR, false);
      throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [active] = await manager.query<
          { id: string; coordinatorId: string; navOfficeId: string }[]
        >(
          `SELECT id, coordinator_id AS "coordinatorId", nav_office_id AS "navOfficeId"
             FROM caseload WHERE youth_id = $1 AND ended_at IS NULL FOR UPDATE`,
          [youthId],
        );
        if (active?.coordinatorId === targetId) return this.entry(manager, active.id);
        if (active) {
          if (!isLead || active.navOfficeId !== place.navOfficeId) {
            throw new OrganisationException(OrganisationErrorCode.YOUTH_HAS_COORDINATOR);
          }
          await manager.query(`UPDATE caseload SET ended_at = $2 WHERE id = $1`, [
            active.id,
            this.clock.now(),
          ]);
        }
        const createdId = await this.startCaseload(
          manager,
          youthId,
          targetId,
          place.navOfficeId,
          account.id,
        );
        // A move keeps the follow-up after a reached goal: the new coordinator gets the reminders.
        if (active) await this.carryFollowUp(manager, active.id, createdId);
        await this.recordOutcome(
          account,
          place,
          youthId,
          AuditAction.ASSIGN_COORDINATOR,
          true,
          manager,
        );
        return this.entry(manager, createdId);
      });
    } catch (error) {
      if (error instanceof CaseloadFullException) {
        // Outside the rolled-back transaction, so the refusal stays in the log.
        await this.recordOutcome(account, place, youthId, AuditAction.ASSIGN_COORDINATOR, false);
        throw error;
      }
      // Two coordinators taking the same young person at once: the partial unique index decides.
      const taken =
        (error as { code?: string }).code === PG_UNIQUE_VIOLATION ||
        (error instanceof OrganisationException &&
          error.reason === OrganisationErrorCode.YOUTH_HAS_COORDINATOR);
      if (!taken) throw error;
      // Outside the rolled-back transaction, so the refusal stays in the log.
      await this.recordOutcome(account, place, youthId, AuditAction.ASSIGN_COORDINATOR, false);
      throw new OrganisationException(OrganisationErrorCode.YOUTH_HAS_COORDINATOR);
    }
  }

  /**
   * Called after a follow-up has ended and its place is free (the intake queue listens, so a
   * young person waiting for a coordinator does not wait for the office lead to notice). Not on a
   * lead's move between coordinators: the office's room is the same, and the lead is at the wheel.
   */
  onPlaceFreed(listener: (coordinatorId: string) => Promise<void>): void {
    this.placeFreedListeners.push(listener);
  }

  /** Ends the follow-up: by the coordinator who has the youth, or by their office lead. */
  async endFollowUp(actor: Account | null, youthId: string): Promise<CaseloadEntry> {
    const { account, place } = await this.requireOfficeMember(actor);
    const isLead = place.role === CounsellorRole.OFFICE_LEAD;
    if (!isUuid(youthId)) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const [rows] = await this.dataSource.query<[{ id: string; coordinatorId: string }[], number]>(
      `UPDATE caseload SET ended_at = $4
        WHERE youth_id = $1 AND ended_at IS NULL
          AND (coordinator_id = $2 OR ($5 AND nav_office_id = $3))
        RETURNING id, coordinator_id AS "coordinatorId"`,
      [youthId, account.id, place.navOfficeId, this.clock.now(), isLead],
    );
    const ended = rows[0];
    await this.recordOutcome(account, place, youthId, AuditAction.END_COORDINATOR, Boolean(ended));
    if (!ended) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const entry = await this.entry(this.dataSource.manager, ended.id);
    for (const listener of this.placeFreedListeners) {
      // The follow-up has ended either way; a queue that could not move now moves on the next one.
      await listener(ended.coordinatorId).catch((error: unknown) => {
        this.logger.warn(
          `could not route a waiting request: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    }
    return entry;
  }

  /** Active caseload counts of every coordinator (and lead) of a NAV office, by account id. */
  async officeLoads(
    navOfficeId: string,
  ): Promise<
    ({ coordinatorId: string; displayName: string; role: CounsellorRole } & CaseloadLoad)[]
  > {
    const rows = await this.dataSource.query<
      { coordinatorId: string; displayName: string; role: CounsellorRole; active: number }[]
    >(
      `SELECT m.account_id AS "coordinatorId", a.display_name AS "displayName", m.role,
              (SELECT count(*)::int FROM caseload c
                WHERE c.coordinator_id = m.account_id AND c.ended_at IS NULL) AS active
         FROM counsellor_membership m JOIN account a ON a.id = m.account_id
        WHERE m.nav_office_id = $1
        ORDER BY a.display_name, m.account_id`,
      [navOfficeId],
    );
    const max = this.caseloadMax;
    return rows.map((row) => ({ ...row, max, free: caseloadFree(row.active, max) }));
  }

  /** A signed-in coordinator or office lead with their NAV office; anyone else is refused. */
  async requireOfficeMember(
    actor: Account | null,
  ): Promise<{ account: Account; place: OfficePlace }> {
    const account = this.identity.requireSignedIn(actor);
    if (account.role !== Role.COUNSELLOR) throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    const place = await this.memberships.counsellorPlace(account);
    if (!place || place.navOfficeId === null) {
      throw new OrganisationException(OrganisationErrorCode.NO_ORGANISATION);
    }
    return { account, place: { ...place, navOfficeId: place.navOfficeId } };
  }

  async isOfficeCoordinator(navOfficeId: string, accountId: string): Promise<boolean> {
    if (!isUuid(accountId)) return false;
    const [row] = await this.dataSource.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM counsellor_membership
                       WHERE account_id = $1 AND nav_office_id = $2) AS found`,
      [accountId, navOfficeId],
    );
    return row?.found ?? false;
  }

  /**
   * Coordinators follow young people outside school; a pupil in a school's cohort belongs to that
   * school's counsellors, and taking them into a caseload would open their data to the office.
   */
  async isYouthOutsideSchool(youthId: string): Promise<boolean> {
    if (!isUuid(youthId)) return false;
    const [row] = await this.dataSource.query<{ found: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM account
          WHERE id = $1 AND role = $2
            AND NOT EXISTS (SELECT 1 FROM cohort_pupil WHERE cohort_pupil.youth_id = account.id)
       ) AS found`,
      [youthId, Role.YOUTH],
    );
    return row?.found ?? false;
  }

  private async carryFollowUp(
    manager: EntityManager,
    fromCaseloadId: string,
    toCaseloadId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE caseload SET (goal_reached_at, goal_kind) =
         (SELECT goal_reached_at, goal_kind FROM caseload WHERE id = $1)
        WHERE id = $2`,
      [fromCaseloadId, toCaseloadId],
    );
    await manager.query(
      `UPDATE follow_up_reminder SET caseload_id = $2 WHERE caseload_id = $1 AND sent_at IS NULL`,
      [fromCaseloadId, toCaseloadId],
    );
  }

  private async entry(manager: EntityManager, caseloadId: string): Promise<CaseloadEntry> {
    const [row] = await manager.query<CaseloadEntry[]>(
      `SELECT ${ENTRY_COLUMNS} FROM caseload c ${ENTRY_JOINS} WHERE c.id = $1`,
      [caseloadId],
    );
    if (!row) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    return row;
  }

  private async recordOutcome(
    account: Account,
    place: OfficePlace,
    youthId: string,
    action: AuditAction,
    allowed: boolean,
    manager?: EntityManager,
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: account.id,
        actorRole: place.role,
        actorName: account.displayName,
        actorOrganisation: place.organisationName,
        youthId,
        action,
        purpose: allowed ? `Oppfølging ved ${place.organisationName}` : 'Ingen tilgang',
        outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
      },
      manager,
    );
  }
}
