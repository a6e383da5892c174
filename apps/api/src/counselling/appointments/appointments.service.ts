import {
  AuditAction,
  AuditOutcome,
  CounsellorRole,
  delayedStart,
  lateNoticeText,
  LATE_NOTICE_MINUTES,
  LIMITS,
  osloClockTime,
  osloDateTimeText,
  osloInstant,
  Role,
  shouldNotifyLate,
  validateAppointmentDraft,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import { FieldValidationException } from '../../common/validation/field-validation.exception';
import type { Account } from '../../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../../identity/identity.exception';
import { IdentityService } from '../../identity/identity.service';
import { NotificationKind, type Notification } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { AccessService, YouthAccessBasis } from '../../organisations/access.service';
import { MembershipService } from '../../organisations/membership.service';
import { AppointmentErrorCode, AppointmentException } from './appointment.exception';
import {
  AppointmentStatus,
  AppointmentView,
  BookAppointmentInput,
  RunningLateAnswer,
} from './appointment.types';

const VIEW_SQL = `
  SELECT ap.id, ap.youth_id AS "youthId", y.display_name AS "youthName",
         ap.coordinator_id AS "coordinatorId", k.display_name AS "coordinatorName",
         ap.starts_at AS "startsAt", ap.duration_minutes AS "durationMinutes", ap.place, ap.agenda,
         ap.status, ap.delayed_to AS "delayedTo"
    FROM appointment ap
    JOIN account y ON y.id = ap.youth_id
    JOIN account k ON k.id = ap.coordinator_id`;

/** Meetings are listed from a day back, so today's earlier meeting (and its delay) still shows. */
const LOOK_BACK_MS = 24 * 60 * 60_000;

/**
 * Meetings between a coordinator and a young person in their caseload (Jobbhuset): either one
 * books, either one cancels, and a coordinator running more than 15 minutes late tells the young
 * person the new time. Every change reaches the other party as a notification.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly access: AccessService,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async bookAppointment(
    actor: Account | null,
    input: BookAppointmentInput,
  ): Promise<AppointmentView> {
    const account = this.identity.requireSignedIn(actor);
    const { youthId, coordinatorId } = await this.parties(account, input.youthId ?? null);
    const draft = {
      date: input.date,
      time: input.time,
      durationMinutes: input.durationMinutes,
      place: input.place,
      agenda: input.agenda ?? '',
    };
    const errors = validateAppointmentDraft(draft, this.clock.now());
    if (errors.length > 0) throw new FieldValidationException(errors);
    const startsAt = osloInstant(draft.date, draft.time);
    const notifications: Notification[] = [];
    const booked = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [created] = await manager.query<{ id: string }[]>(
        `INSERT INTO appointment (youth_id, coordinator_id, starts_at, duration_minutes, place, agenda,
                                  status, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'PLANNED', $7, $8, $8) RETURNING id`,
        [
          youthId,
          coordinatorId,
          startsAt,
          draft.durationMinutes,
          draft.place.trim(),
          draft.agenda.trim() || null,
          account.id,
          now,
        ],
      );
      const view = await this.view(manager, created?.id ?? '');
      const byYouth = account.id === youthId;
      notifications.push(
        await this.notifications.record(
          manager,
          byYouth ? coordinatorId : youthId,
          NotificationKind.APPOINTMENT_BOOKED,
          {
            text: `Ny avtale med ${byYouth ? view.youthName : view.coordinatorName}: ${osloDateTimeText(startsAt)}, ${view.place}.`,
            appointmentId: view.id,
            youthId,
          },
        ),
      );
      return view;
    });
    this.notifications.deliver(notifications);
    return booked;
  }

  /** Either party cancels a planned meeting; the other one is told. */
  async cancelAppointment(actor: Account | null, appointmentId: string): Promise<AppointmentView> {
    const account = this.identity.requireSignedIn(actor);
    const notifications: Notification[] = [];
    await this.dataSource.transaction(async (manager) => {
      const appointment = await this.ownAppointment(manager, account, appointmentId, false);
      if (appointment.status !== AppointmentStatus.PLANNED) {
        throw new AppointmentException(AppointmentErrorCode.NOT_PLANNED);
      }
      await manager.query(
        `UPDATE appointment SET status = 'CANCELLED', updated_at = $2 WHERE id = $1`,
        [appointment.id, this.clock.now()],
      );
      const byYouth = account.id === appointment.youthId;
      notifications.push(
        await this.notifications.record(
          manager,
          byYouth ? appointment.coordinatorId : appointment.youthId,
          NotificationKind.APPOINTMENT_CANCELLED,
          {
            text: `${byYouth ? appointment.youthName : appointment.coordinatorName} har avlyst avtalen ${osloDateTimeText(appointment.startsAt)}.`,
            appointmentId: appointment.id,
            youthId: appointment.youthId,
          },
        ),
      );
    });
    this.notifications.deliver(notifications);
    return this.view(this.dataSource.manager, appointmentId);
  }

  /**
   * The coordinator is running late. The new time is always stored; the young person is told
   * (live) only when it is more than 15 minutes, and the answer says which happened.
   */
  async markRunningLate(
    actor: Account | null,
    appointmentId: string,
    minutesLate: number,
  ): Promise<RunningLateAnswer> {
    const account = this.identity.requireSignedIn(actor);
    const notifications: Notification[] = [];
    const notified = await this.dataSource.transaction(async (manager) => {
      const appointment = await this.ownAppointment(manager, account, appointmentId, true);
      if (appointment.status !== AppointmentStatus.PLANNED) {
        throw new AppointmentException(AppointmentErrorCode.NOT_PLANNED);
      }
      const newStart = delayedStart(appointment.startsAt, minutesLate);
      await manager.query(`UPDATE appointment SET delayed_to = $2, updated_at = $3 WHERE id = $1`, [
        appointment.id,
        newStart,
        this.clock.now(),
      ]);
      if (!shouldNotifyLate(minutesLate)) return false;
      notifications.push(
        await this.notifications.record(
          manager,
          appointment.youthId,
          NotificationKind.APPOINTMENT_LATE,
          {
            text: lateNoticeText(newStart),
            appointmentId: appointment.id,
            youthId: appointment.youthId,
          },
        ),
      );
      return true;
    });
    this.notifications.deliver(notifications);
    const view = await this.view(this.dataSource.manager, appointmentId);
    const at = osloClockTime(view.delayedTo ?? view.startsAt);
    return {
      appointment: view,
      notified,
      message: notified
        ? `${view.youthName} har fått beskjed om nytt tidspunkt: kl. ${at}.`
        : `Nytt tidspunkt kl. ${at} er lagret. Ved ${LATE_NOTICE_MINUTES} minutter eller mindre sender vi ingen beskjed til ${view.youthName}.`,
    };
  }

  /**
   * The caller's own meetings from a day back: a young person's with their coordinators, a
   * coordinator's with the young people they meet.
   */
  async myAppointments(actor: Account | null): Promise<AppointmentView[]> {
    const account = this.identity.requireSignedIn(actor);
    if (account.role !== Role.YOUTH && account.role !== Role.COUNSELLOR) {
      throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    }
    const column = account.role === Role.YOUTH ? 'ap.youth_id' : 'ap.coordinator_id';
    const rows = await this.dataSource.query<AppointmentView[]>(
      `${VIEW_SQL} WHERE ${column} = $1 AND ap.starts_at >= $2 ORDER BY ap.starts_at, ap.id`,
      [account.id, new Date(this.clock.now().getTime() - LOOK_BACK_MS)],
    );
    if (account.role === Role.COUNSELLOR && rows.length > 0) {
      const place = await this.memberships.counsellorPlace(account);
      if (place) {
        await this.access.recordListed(
          account,
          place,
          [...new Set(rows.map((row) => row.youthId))],
          AuditAction.VIEW_CASELOAD,
          `Koordinatoren din ved ${place.organisationName}, avtaler med deg`,
        );
      }
    }
    return rows;
  }

  /** A coordinator's view of the meetings with one young person in their caseload (audited). */
  async appointmentsWith(actor: Account | null, youthId: string): Promise<AppointmentView[]> {
    const access = await this.access.openYouth(
      actor,
      youthId,
      AuditAction.VIEW_PLAN,
      'Avtaler med deg',
    );
    if (access?.basis !== YouthAccessBasis.COORDINATOR) {
      throw new AppointmentException(AppointmentErrorCode.NOT_FOUND);
    }
    return this.dataSource.query<AppointmentView[]>(
      `${VIEW_SQL} WHERE ap.youth_id = $1 AND ap.starts_at >= $2 ORDER BY ap.starts_at, ap.id`,
      [youthId, new Date(this.clock.now().getTime() - 30 * LOOK_BACK_MS)],
    );
  }

  /**
   * Who meets whom: a young person meets their own coordinator; a coordinator meets a young person
   * in their caseload (checked and audited by AccessService; a refusal answers as not found).
   */
  private async parties(
    account: Account,
    youthId: string | null,
  ): Promise<{ youthId: string; coordinatorId: string }> {
    if (account.role === Role.YOUTH && (youthId === null || youthId === account.id)) {
      const [active] = await this.dataSource.query<{ coordinatorId: string }[]>(
        `SELECT coordinator_id AS "coordinatorId" FROM caseload
          WHERE youth_id = $1 AND ended_at IS NULL`,
        [account.id],
      );
      if (!active) throw new AppointmentException(AppointmentErrorCode.NO_COORDINATOR);
      return { youthId: account.id, coordinatorId: active.coordinatorId };
    }
    if (account.role !== Role.COUNSELLOR || youthId === null) {
      throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    }
    const access = await this.access.openYouth(account, youthId, AuditAction.BOOK_APPOINTMENT);
    if (access?.basis !== YouthAccessBasis.COORDINATOR) {
      throw new AppointmentException(AppointmentErrorCode.NOT_FOUND);
    }
    return { youthId, coordinatorId: account.id };
  }

  /**
   * A meeting the caller is a party to, locked for the change. A counsellor's change is audited
   * (BOOK_APPOINTMENT); one who is not the meeting's coordinator gets not-found, audited DENIED.
   */
  private async ownAppointment(
    manager: EntityManager,
    account: Account,
    appointmentId: string,
    coordinatorOnly: boolean,
  ): Promise<AppointmentView> {
    if (!isUuid(appointmentId)) throw new AppointmentException(AppointmentErrorCode.NOT_FOUND);
    const [row] = await manager.query<AppointmentView[]>(
      `${VIEW_SQL} WHERE ap.id = $1 FOR UPDATE OF ap`,
      [appointmentId],
    );
    if (!row) throw new AppointmentException(AppointmentErrorCode.NOT_FOUND);
    if (account.role === Role.YOUTH && !coordinatorOnly && row.youthId === account.id) return row;
    if (account.role === Role.COUNSELLOR) {
      const place = await this.memberships.counsellorPlace(account);
      const allowed =
        row.coordinatorId === account.id &&
        (place?.role === CounsellorRole.COORDINATOR || place?.role === CounsellorRole.OFFICE_LEAD);
      if (place) {
        // Outside the change's transaction, so a refusal stays in the log.
        await this.audit.record({
          actorId: account.id,
          actorRole: place.role,
          actorName: account.displayName.slice(0, LIMITS.displayNameMax),
          actorOrganisation: place.organisationName,
          youthId: row.youthId,
          action: AuditAction.BOOK_APPOINTMENT,
          purpose: allowed
            ? `Koordinatoren din ved ${place.organisationName}, avtale med deg`
            : 'Ingen tilgang',
          outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
        });
      }
      if (allowed) return row;
    }
    throw new AppointmentException(AppointmentErrorCode.NOT_FOUND);
  }

  private async view(manager: EntityManager, id: string): Promise<AppointmentView> {
    const [row] = await manager.query<AppointmentView[]>(`${VIEW_SQL} WHERE ap.id = $1`, [id]);
    if (!row) throw new AppointmentException(AppointmentErrorCode.NOT_FOUND);
    return row;
  }
}
