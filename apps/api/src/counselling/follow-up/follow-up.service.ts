import {
  AuditAction,
  AuditOutcome,
  CounsellorRole,
  followUpDueDates,
  LIMITS,
  todayInOslo,
  type GoalKind as DomainGoalKind,
} from '@akselerator/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import type { Account } from '../../identity/account.entity';
import { NotificationKind, type Notification } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { AccessService, YouthAccessBasis } from '../../organisations/access.service';
import { CaseloadService } from '../../organisations/caseload.service';
import {
  OrganisationErrorCode,
  OrganisationException,
} from '../../organisations/organisations.exception';
import { FollowUpDue, FollowUpStatus, GoalKind } from './follow-up.types';

const EVERY_MS = 60 * 60_000;

const GOAL_LABELS: Record<DomainGoalKind, string> = {
  JOB: 'jobb',
  APPRENTICESHIP: 'læreplass',
  SCHOOL: 'skole',
  ACTIVITY: 'aktivitet',
};

interface GoalRow {
  youthId: string;
  displayName: string;
  goalKind: GoalKind;
  goalReachedAt: Date;
}

/** Where follow-up stands `today` for a goal reached at `goalReachedAt`. */
function progress(
  goalReachedAt: Date,
  today: string,
): { month: number; dueOn: string | null; nextDueOn: string | null; endsOn: string } {
  const dates = followUpDueDates(todayInOslo(goalReachedAt));
  const due = dates.filter((date) => date <= today);
  return {
    month: due.length,
    dueOn: due.at(-1) ?? null,
    nextDueOn: dates.find((date) => date > today) ?? null,
    endsOn: dates.at(-1) ?? today,
  };
}

/**
 * "All the way to a job, and six months after": when a young person in a caseload reaches the goal
 * (job, apprenticeship, school, activity), six monthly reminders are planned for the coordinator.
 * A sweep sends the due ones to whoever follows the young person now (a moved caseload takes its
 * reminders along; an ended one sends nothing). After six months the caseload shows "oppfølging
 * fullført"; it is not ended automatically: the coordinator ends it after the last talk, so nobody
 * is dropped by a timer.
 */
@Injectable()
export class FollowUpService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FollowUpService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseloads: CaseloadService,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sendDueReminders().catch((error: unknown) => {
        this.logger.warn({
          msg: 'follow-up reminders failed; the next round will retry',
          err: (error as Error).message,
        });
      });
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Inside the caller's transaction (a proposal ending PLACED, or the coordinator's own mark): the
   * young person's active caseload reached its goal at `at`; the six monthly reminders are planned.
   * A goal reached again (a new job after the first) starts the six months over; reminders already
   * sent stay. Without an active caseload there is nobody to remind, and nothing happens.
   */
  async recordGoalReached(
    manager: EntityManager,
    youthId: string,
    goalKind: DomainGoalKind,
    at: Date,
  ): Promise<void> {
    const [active] = await manager.query<{ id: string }[]>(
      `SELECT id FROM caseload WHERE youth_id = $1 AND ended_at IS NULL FOR UPDATE`,
      [youthId],
    );
    if (!active) return;
    await this.planReminders(manager, active.id, goalKind, at);
  }

  /** The goal on a caseload row the caller has locked, and its six reminders planned afresh. */
  private async planReminders(
    manager: EntityManager,
    caseloadId: string,
    goalKind: DomainGoalKind,
    at: Date,
  ): Promise<void> {
    await manager.query(`UPDATE caseload SET goal_reached_at = $2, goal_kind = $3 WHERE id = $1`, [
      caseloadId,
      at,
      goalKind,
    ]);
    await manager.query(
      `DELETE FROM follow_up_reminder WHERE caseload_id = $1 AND sent_at IS NULL`,
      [caseloadId],
    );
    await manager.query(
      `INSERT INTO follow_up_reminder (caseload_id, due_on)
       SELECT $1, due FROM unnest($2::date[]) AS due
       ON CONFLICT (caseload_id, due_on) DO NOTHING`,
      [caseloadId, followUpDueDates(todayInOslo(at))],
    );
  }

  /** The young person's coordinator (or their office lead) marks the goal as reached now. */
  async markGoalReached(
    actor: Account | null,
    youthId: string,
    goalKind: GoalKind,
  ): Promise<FollowUpStatus> {
    const { account, place } = await this.caseloads.requireOfficeMember(actor);
    const isLead = place.role === CounsellorRole.OFFICE_LEAD;
    const audit = (allowed: boolean) => ({
      actorId: account.id,
      actorRole: place.role,
      actorName: account.displayName.slice(0, LIMITS.displayNameMax),
      actorOrganisation: place.organisationName,
      youthId,
      action: AuditAction.CHANGE_PLAN,
      purpose: allowed
        ? `Registrerte at målet er nådd (${GOAL_LABELS[goalKind]}), oppfølging i seks måneder`
        : 'Ingen tilgang',
      outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    });
    const status = await this.dataSource.transaction(async (manager) => {
      // One read of the caseload: whether the caller may mark it, and the row to change, locked.
      const [active] = isUuid(youthId)
        ? await manager.query<{ id: string }[]>(
            `SELECT id FROM caseload
              WHERE youth_id = $1 AND ended_at IS NULL
                AND (coordinator_id = $2 OR ($3 AND nav_office_id = $4))
              FOR UPDATE`,
            [youthId, account.id, isLead, place.navOfficeId],
          )
        : [];
      if (!active) return null;
      const at = this.clock.now();
      await this.planReminders(manager, active.id, goalKind, at);
      await this.audit.record(audit(true), manager);
      // What was just written, so it is not read back.
      return this.statusOf(goalKind, at);
    });
    if (!status) {
      await this.audit.record(audit(false));
      throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    }
    return status;
  }

  /**
   * The follow-up of one young person in the caller's caseload (their coordinator, audited as a
   * look at the plan), or null while no goal is recorded. Anyone else: not found, and a stranger's
   * attempt is logged as denied.
   */
  async followUpOf(actor: Account | null, youthId: string): Promise<FollowUpStatus | null> {
    const seen = await this.access.canSeeYouth(actor, youthId);
    // A school counsellor may see the pupil, but follow-up belongs to the coordinator.
    if (seen && seen.basis !== YouthAccessBasis.COORDINATOR) {
      throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    }
    // The record (ALLOWED, or a stranger's DENIED) from the decision above, not a second one.
    const access = await this.access.recordOpening(
      actor,
      youthId,
      seen,
      AuditAction.VIEW_PLAN,
      'oppfølging etter at målet er nådd',
    );
    if (!access) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const [active] = await this.dataSource.query<{ coordinatorId: string }[]>(
      `SELECT coordinator_id AS "coordinatorId" FROM caseload WHERE youth_id = $1 AND ended_at IS NULL`,
      [youthId],
    );
    return active ? this.statusForEntry(youthId, active.coordinatorId) : null;
  }

  /**
   * The coordinator's young people whose goal was reached and whose first monthly reminder has
   * fallen due, the latest due month first; completed follow-ups (six months) are listed too until
   * the coordinator ends them.
   */
  async followUpsDue(actor: Account | null): Promise<FollowUpDue[]> {
    const { account, place } = await this.caseloads.requireOfficeMember(actor);
    const rows = await this.dataSource.query<GoalRow[]>(
      `SELECT c.youth_id AS "youthId", y.display_name AS "displayName", c.goal_kind AS "goalKind",
              c.goal_reached_at AS "goalReachedAt"
         FROM caseload c JOIN account y ON y.id = c.youth_id
        WHERE c.coordinator_id = $1 AND c.ended_at IS NULL AND c.goal_reached_at IS NOT NULL
        ORDER BY c.goal_reached_at, c.id`,
      [account.id],
    );
    const today = this.clock.today();
    const due = rows.flatMap((row): FollowUpDue[] => {
      const { month, dueOn, endsOn } = progress(row.goalReachedAt, today);
      if (month === 0 || dueOn === null) return [];
      return [{ ...row, month, dueOn, followUpEndsOn: endsOn, completed: today >= endsOn }];
    });
    await this.access.recordListed(
      account,
      place,
      due.map((entry) => entry.youthId),
      AuditAction.VIEW_CASELOAD,
      `Koordinatoren din ved ${place.organisationName}, oppfølging etter at målet er nådd`,
    );
    return due.sort((a, b) => (a.dueOn < b.dueOn ? 1 : a.dueOn > b.dueOn ? -1 : 0));
  }

  /** The follow-up of a young person's active caseload with this coordinator; null without a goal. */
  async statusFor(
    manager: EntityManager,
    youthId: string,
    coordinatorId: string,
  ): Promise<FollowUpStatus | null> {
    const [row] = await manager.query<{ goalKind: GoalKind; goalReachedAt: Date }[]>(
      `SELECT goal_kind AS "goalKind", goal_reached_at AS "goalReachedAt" FROM caseload
        WHERE youth_id = $1 AND coordinator_id = $2 AND ended_at IS NULL
          AND goal_reached_at IS NOT NULL`,
      [youthId, coordinatorId],
    );
    return row ? this.statusOf(row.goalKind, row.goalReachedAt) : null;
  }

  private statusOf(goalKind: GoalKind, goalReachedAt: Date): FollowUpStatus {
    const today = this.clock.today();
    const { nextDueOn, endsOn } = progress(goalReachedAt, today);
    return {
      goalKind,
      goalReachedAt,
      nextDueOn,
      followUpEndsOn: endsOn,
      completed: today >= endsOn,
    };
  }

  statusForEntry(youthId: string, coordinatorId: string): Promise<FollowUpStatus | null> {
    return this.statusFor(this.dataSource.manager, youthId, coordinatorId);
  }

  /**
   * Sends the reminders that have fallen due, to the coordinator who follows the young person now,
   * once each (claimed with SKIP LOCKED, so several API instances never send twice). Several due at
   * once for one caseload (the sweep was down) make one notification naming the latest month.
   * Returns how many notifications were sent.
   */
  async sendDueReminders(): Promise<number> {
    const today = this.clock.today();
    const sent: Notification[] = [];
    await this.dataSource.transaction(async (manager) => {
      const due = await manager.query<
        (GoalRow & {
          reminderId: string;
          caseloadId: string;
          coordinatorId: string;
          dueOn: string;
        })[]
      >(
        `SELECT r.id AS "reminderId", r.due_on::text AS "dueOn", c.id AS "caseloadId",
                c.coordinator_id AS "coordinatorId", c.youth_id AS "youthId",
                y.display_name AS "displayName", c.goal_kind AS "goalKind",
                c.goal_reached_at AS "goalReachedAt"
           FROM follow_up_reminder r
           JOIN caseload c ON c.id = r.caseload_id
           JOIN account y ON y.id = c.youth_id
          WHERE r.sent_at IS NULL AND r.due_on <= $1::date AND c.ended_at IS NULL
          ORDER BY r.due_on
          LIMIT 500
          FOR UPDATE OF r SKIP LOCKED`,
        [today],
      );
      const latest = new Map<string, (typeof due)[number]>();
      for (const reminder of due) latest.set(reminder.caseloadId, reminder);
      for (const reminder of latest.values()) {
        const { month } = progress(reminder.goalReachedAt, reminder.dueOn);
        sent.push(
          await this.notifications.record(
            manager,
            reminder.coordinatorId,
            NotificationKind.FOLLOW_UP_REMINDER,
            {
              text: reminderText(reminder.displayName, reminder.goalKind, month),
              youthId: reminder.youthId,
            },
          ),
        );
      }
      if (due.length > 0) {
        await manager.query(
          `UPDATE follow_up_reminder SET sent_at = $2 WHERE id = ANY($1::uuid[])`,
          [due.map((reminder) => reminder.reminderId), this.clock.now()],
        );
      }
    });
    this.notifications.deliver(sent);
    return sent.length;
  }
}

function reminderText(name: string, goalKind: DomainGoalKind, month: number): string {
  const months = month === 1 ? 'én måned' : `${month} måneder`;
  const finish =
    month >= 6
      ? ' Seks måneder er gått: ta en siste prat, så er oppfølgingen fullført.'
      : ' Ta en prat og hør hvordan det går.';
  return `Det er ${months} siden ${name} nådde målet sitt (${GOAL_LABELS[goalKind]}).${finish}`;
}
