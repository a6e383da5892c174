import {
  AuditAction,
  CounsellorRole,
  normaliseIntakeAnswers,
  Role,
  suggestIntakePriority,
  validateIntakeAnswers,
  type IntakeAnswers,
} from '@akselerator/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { FieldValidationException } from '../../common/validation/field-validation.exception';
import type { Account } from '../../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../../identity/identity.exception';
import { IdentityService } from '../../identity/identity.service';
import type { Notification } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { AccessService } from '../../organisations/access.service';
import { CaseloadFullException, CaseloadService } from '../../organisations/caseload.service';
import { IntakeErrorCode, IntakeException } from './intake.exception';
import { IntakeInput, IntakeRequestView, MyCoordinator, PRIORITY_OF } from './intake.types';
import { IntakeRouting } from './intake-routing';

const PG_UNIQUE_VIOLATION = '23505';

/** The queue's order: most urgent first, then the longest waiting (alias `r`: intake_request). */
export const WAITING_QUEUE_ORDER = `CASE r.priority WHEN 'HIGH' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END,
  r.created_at, r.id`;

export const REQUEST_VIEW_SQL = `
  SELECT r.id, r.status, r.priority, r.created_at AS "createdAt", r.routed_at AS "routedAt",
         coalesce(ka.display_name, kr.display_name) AS "coordinatorName",
         coalesce(na.name, nr.name) AS "navOfficeName"
    FROM intake_request r
    LEFT JOIN caseload c ON c.youth_id = r.youth_id AND c.ended_at IS NULL AND r.status = 'ROUTED'
    LEFT JOIN account ka ON ka.id = c.coordinator_id
    LEFT JOIN nav_office na ON na.id = c.nav_office_id
    LEFT JOIN account kr ON kr.id = r.coordinator_id AND r.status = 'ROUTED'
    LEFT JOIN nav_office nr ON nr.id = r.nav_office_id AND r.status = 'ROUTED'`;

/**
 * "En dør inn": a young person asks for a coordinator by answering five short questions; the
 * answers suggest a priority, and the request goes straight to a coordinator with room, or waits
 * in the office lead's queue when every caseload is full.
 */
@Injectable()
export class IntakeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly access: AccessService,
    private readonly caseloads: CaseloadService,
    private readonly routing: IntakeRouting,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.caseloads.onPlaceFreed(async (coordinatorId) => {
      await this.routeWaitingTo(coordinatorId);
    });
  }

  /**
   * A coordinator got a free place: the most urgent request waiting at their office (or at no
   * office) goes to them, oldest first within a priority. Office leads are not routed to
   * automatically, as in `requestCoordinator`. SKIP LOCKED: a request the lead is placing right
   * now is left to the lead.
   */
  async routeWaitingTo(coordinatorId: string): Promise<boolean> {
    let notifications: Notification[] = [];
    await this.dataSource.transaction(async (manager) => {
      const [request] = await manager.query<
        { id: string; youthId: string; youthName: string; navOfficeId: string }[]
      >(
        `SELECT r.id, r.youth_id AS "youthId", y.display_name AS "youthName",
                m.nav_office_id AS "navOfficeId"
           FROM counsellor_membership m
           JOIN intake_request r ON r.status = 'WAITING'
                                AND (r.nav_office_id = m.nav_office_id OR r.nav_office_id IS NULL)
           JOIN account y ON y.id = r.youth_id
          WHERE m.account_id = $1 AND m.role = $2 AND m.nav_office_id IS NOT NULL
          ORDER BY ${WAITING_QUEUE_ORDER}
          LIMIT 1
          FOR UPDATE OF r SKIP LOCKED`,
        [coordinatorId, CounsellorRole.COORDINATOR],
      );
      if (!request) return;
      try {
        notifications = (
          await this.routing.place(manager, request, coordinatorId, request.navOfficeId, null)
        ).notifications;
      } catch (error) {
        // Filled again meanwhile (a parallel intake took the place): the request keeps waiting.
        if (!(error instanceof CaseloadFullException)) throw error;
      }
    });
    this.notifications.deliver(notifications);
    return notifications.length > 0;
  }

  async requestCoordinator(actor: Account | null, input: IntakeInput): Promise<IntakeRequestView> {
    const account = this.identity.requireSignedIn(actor);
    const youthId = await this.requireSubject(account, input.youthId ?? null);
    const answers: IntakeAnswers = {
      followUpNeed: input.followUpNeed,
      timeOutside: input.timeOutside,
      helpWanted: input.helpWanted,
      currentSituation: input.currentSituation,
      whatMatters: input.whatMatters ?? '',
    };
    const errors = validateIntakeAnswers(answers);
    if (errors.length > 0) throw new FieldValidationException(errors);
    if (!(await this.caseloads.isYouthOutsideSchool(youthId))) {
      throw new IntakeException(IntakeErrorCode.PUPIL_AT_SCHOOL);
    }
    const stored = normaliseIntakeAnswers(answers);
    const priority = PRIORITY_OF[suggestIntakePriority(stored)];
    let notifications: Notification[] = [];
    let requestId: string;
    try {
      requestId = await this.dataSource.transaction(async (manager) => {
        const [busy] = await manager.query<{ found: boolean }[]>(
          `SELECT EXISTS (SELECT 1 FROM caseload WHERE youth_id = $1 AND ended_at IS NULL)
               OR EXISTS (SELECT 1 FROM intake_request WHERE youth_id = $1 AND status = 'WAITING')
               AS found`,
          [youthId],
        );
        if (busy?.found) throw new IntakeException(IntakeErrorCode.ALREADY_FOLLOWED);
        const homeOffice = await this.routing.homeOffice(manager, youthId);
        const [created] = await manager.query<{ id: string; youthName: string }[]>(
          `INSERT INTO intake_request (youth_id, submitted_by, answers, priority, status, nav_office_id, created_at)
           VALUES ($1, $2, $3::jsonb, $4, 'WAITING', $5, $6)
           RETURNING id, (SELECT display_name FROM account WHERE id = $1) AS "youthName"`,
          [youthId, account.id, JSON.stringify(stored), priority, homeOffice, this.clock.now()],
        );
        const request = { id: created?.id ?? '', youthId, youthName: created?.youthName ?? '' };
        const placement = await this.routing.routeAutomatically(manager, request, account.id);
        notifications = placement?.notifications ?? [];
        return request.id;
      });
    } catch (error) {
      // The same young person asking twice at once: the unique indexes decide.
      if ((error as { code?: string }).code === PG_UNIQUE_VIOLATION) {
        throw new IntakeException(IntakeErrorCode.ALREADY_FOLLOWED);
      }
      throw error;
    }
    this.notifications.deliver(notifications);
    return this.view(requestId);
  }

  /** The young person's latest request (waiting or routed), or null when they have none. */
  async myIntakeRequest(actor: Account | null): Promise<IntakeRequestView | null> {
    const account = this.identity.requireYouth(actor);
    const [row] = await this.dataSource.query<IntakeRequestView[]>(
      `${REQUEST_VIEW_SQL}
        WHERE r.youth_id = $1 AND r.status <> 'WITHDRAWN'
        ORDER BY r.created_at DESC, r.id LIMIT 1`,
      [account.id],
    );
    return row ?? null;
  }

  /** The young person's own coordinator now, whether by intake or taken in directly; else null. */
  async myCoordinator(actor: Account | null): Promise<MyCoordinator | null> {
    const account = this.identity.requireYouth(actor);
    const [row] = await this.dataSource.query<MyCoordinator[]>(
      `SELECT k.display_name AS "coordinatorName", n.name AS "navOfficeName", c.started_at AS since
         FROM caseload c JOIN account k ON k.id = c.coordinator_id
         JOIN nav_office n ON n.id = c.nav_office_id
        WHERE c.youth_id = $1 AND c.ended_at IS NULL`,
      [account.id],
    );
    return row ?? null;
  }

  async view(requestId: string): Promise<IntakeRequestView> {
    const [row] = await this.dataSource.query<IntakeRequestView[]>(
      `${REQUEST_VIEW_SQL} WHERE r.id = $1`,
      [requestId],
    );
    if (!row) throw new IntakeException(IntakeErrorCode.NOT_FOUND);
    return row;
  }

  /**
   * For oneself (a young person), or on behalf of a young person a counsellor may see (audited
   * SUBMIT_INTAKE; not allowed answers as not found). Under today's access rule that is a school
   * counsellor's pupil (refused kindly, their school follows them) or a coordinator's own young
   * person (who has a coordinator already), so the on-behalf path mostly explains itself.
   */
  private async requireSubject(account: Account, youthId: string | null): Promise<string> {
    if (youthId === null || youthId === account.id) {
      if (account.role !== Role.YOUTH) throw new IdentityException(IdentityErrorCode.FORBIDDEN);
      return account.id;
    }
    if (account.role !== Role.COUNSELLOR) throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    await this.access.requireYouth(account, youthId, AuditAction.SUBMIT_INTAKE);
    return youthId;
  }
}
