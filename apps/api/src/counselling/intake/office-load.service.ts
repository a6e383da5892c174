import {
  AuditAction,
  AuditOutcome,
  CounsellorRole,
  daysBetween,
  LIMITS,
  todayInOslo,
  type IntakeAnswers,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import type { Account } from '../../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../../identity/identity.exception';
import type { Notification } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { AccessService } from '../../organisations/access.service';
import {
  CaseloadFullException,
  CaseloadService,
  type OfficePlace,
} from '../../organisations/caseload.service';
import { IntakeErrorCode, IntakeException } from './intake.exception';
import { IntakeRequestView, OfficeCaseloadEntry, OfficeLoad, WaitingIntake } from './intake.types';
import { IntakeRouting } from './intake-routing';
import { IntakeService, WAITING_QUEUE_ORDER } from './intake.service';

/**
 * The office lead's view: each coordinator's load against the maximum, and the queue of requests
 * waiting because every caseload was full. The lead places a waiting request with a coordinator;
 * moving a young person between coordinators is CaseloadService.assignCoordinator (same rule).
 */
@Injectable()
export class OfficeLoadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseloads: CaseloadService,
    private readonly access: AccessService,
    private readonly routing: IntakeRouting,
    private readonly intakes: IntakeService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * For the office's coordinators and lead: each coordinator's load. The waiting requests and the
   * office's caseloads name young people, so they are fields of their own (`waitingAt`,
   * `caseloadsAt`), read and audited only when asked for.
   */
  async officeLoad(actor: Account | null): Promise<OfficeLoad> {
    const { place } = await this.caseloads.requireOfficeMember(actor);
    const loads = await this.caseloads.officeLoads(place.navOfficeId);
    return {
      navOfficeId: place.navOfficeId,
      officeName: place.organisationName,
      max: this.caseloads.caseloadMax,
      viewerIsLead: place.role === CounsellorRole.OFFICE_LEAD,
      coordinators: loads,
    };
  }

  /**
   * The requests waiting at the office (highest priority first, then the longest waiting), with
   * names and answers: each one shown is an audited access (VIEW_CASELOAD). Requests wait at the
   * office of the young person's home municipality, or at no office (then every office sees them).
   */
  async waitingAt(actor: Account | null, navOfficeId: string): Promise<WaitingIntake[]> {
    const { account, place } = await this.caseloads.requireOfficeMember(actor);
    if (place.navOfficeId !== navOfficeId) return [];
    const rows = await this.dataSource.query<
      (Omit<WaitingIntake, 'waitingDays' | 'answers'> & { answers: IntakeAnswers })[]
    >(
      `SELECT r.id, r.youth_id AS "youthId", y.display_name AS "displayName", r.priority,
              r.created_at AS "createdAt", r.answers
         FROM intake_request r JOIN account y ON y.id = r.youth_id
        WHERE r.status = 'WAITING' AND (r.nav_office_id = $1 OR r.nav_office_id IS NULL)
        ORDER BY ${WAITING_QUEUE_ORDER}`,
      [place.navOfficeId],
    );
    const today = this.clock.today();
    const waiting = rows.map((row) => ({
      ...row,
      answers: { ...row.answers, helpWanted: [...row.answers.helpWanted] },
      waitingDays: Math.max(0, daysBetween(todayInOslo(row.createdAt), today)),
    }));
    await this.access.recordListed(
      account,
      place,
      waiting.map((request) => request.youthId),
      AuditAction.VIEW_CASELOAD,
      `Ventende forespørsel om koordinator ved ${place.organisationName}`,
    );
    return waiting;
  }

  /**
   * Who follows whom at the office, for the lead who moves young people between coordinators
   * (audited VIEW_CASELOAD); empty for everyone else.
   */
  async caseloadsAt(actor: Account | null, navOfficeId: string): Promise<OfficeCaseloadEntry[]> {
    const { account, place } = await this.caseloads.requireOfficeMember(actor);
    if (place.role !== CounsellorRole.OFFICE_LEAD || place.navOfficeId !== navOfficeId) return [];
    const caseloads = await this.dataSource.query<OfficeCaseloadEntry[]>(
      `SELECT c.youth_id AS "youthId", y.display_name AS "displayName",
              c.coordinator_id AS "coordinatorId", k.display_name AS "coordinatorName"
         FROM caseload c JOIN account y ON y.id = c.youth_id JOIN account k ON k.id = c.coordinator_id
        WHERE c.nav_office_id = $1 AND c.ended_at IS NULL
        ORDER BY y.display_name, c.youth_id`,
      [place.navOfficeId],
    );
    await this.access.recordListed(
      account,
      place,
      caseloads.map((entry) => entry.youthId),
      AuditAction.VIEW_CASELOAD,
      `Kontorleder ved ${place.organisationName}, fordeling av oppfølgingen`,
    );
    return caseloads;
  }

  /** The office lead places a waiting request with one of the office's coordinators. */
  async routeIntakeRequest(
    actor: Account | null,
    requestId: string,
    coordinatorId: string,
  ): Promise<IntakeRequestView> {
    const { account, place } = await this.caseloads.requireOfficeMember(actor);
    if (place.role !== CounsellorRole.OFFICE_LEAD) {
      throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    }
    if (!isUuid(requestId)) throw new IntakeException(IntakeErrorCode.NOT_FOUND);
    const [request] = await this.dataSource.query<
      { id: string; youthId: string; youthName: string; status: string }[]
    >(
      `SELECT r.id, r.youth_id AS "youthId", y.display_name AS "youthName", r.status
         FROM intake_request r JOIN account y ON y.id = r.youth_id
        WHERE r.id = $1 AND (r.nav_office_id = $2 OR r.nav_office_id IS NULL)`,
      [requestId, place.navOfficeId],
    );
    if (!request) throw new IntakeException(IntakeErrorCode.NOT_FOUND);
    if (!(await this.caseloads.isOfficeCoordinator(place.navOfficeId, coordinatorId))) {
      throw new IntakeException(IntakeErrorCode.NOT_FOUND);
    }
    let notifications: Notification[] = [];
    try {
      await this.dataSource.transaction(async (manager) => {
        const [locked] = await manager.query<{ status: string }[]>(
          `SELECT status FROM intake_request WHERE id = $1 FOR UPDATE`,
          [request.id],
        );
        if (locked?.status !== 'WAITING') throw new IntakeException(IntakeErrorCode.NOT_WAITING);
        const placement = await this.routing.place(
          manager,
          request,
          coordinatorId,
          place.navOfficeId,
          account.id,
        );
        notifications = placement.notifications;
        await this.record(account, place, request.youthId, true, manager);
      });
    } catch (error) {
      if (error instanceof CaseloadFullException) {
        // Outside the rolled-back transaction, so the refusal stays in the log.
        await this.record(account, place, request.youthId, false);
      }
      if ((error as { code?: string }).code === '23505') {
        throw new IntakeException(IntakeErrorCode.ALREADY_FOLLOWED);
      }
      throw error;
    }
    this.notifications.deliver(notifications);
    return this.intakes.view(request.id);
  }

  private async record(
    account: Account,
    place: OfficePlace,
    youthId: string,
    allowed: boolean,
    manager?: Parameters<AuditService['record']>[1],
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: account.id,
        actorRole: place.role,
        actorName: account.displayName.slice(0, LIMITS.displayNameMax),
        actorOrganisation: place.organisationName,
        youthId,
        action: AuditAction.ASSIGN_COORDINATOR,
        purpose: allowed
          ? `Fordelte forespørselen din om koordinator ved ${place.organisationName}`
          : 'Koordinatoren hadde ikke ledig kapasitet',
        outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
      },
      manager,
    );
  }
}
