import {
  ApplicationDeclineReason,
  ApplicationParty,
  ApplicationStatus,
  AuditAction,
  AuditOutcome,
  canMoveApplication,
  Role,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import type { Notification } from '../notifications/notification.entity';
import { Application } from './application.entity';
import { ApplicationErrorCode, ApplicationException } from './application.exception';
import { ApplicationNotices } from './application-notices';
import { ApplicationStatusChange } from './application-status-change.entity';
import { ApplicationStore } from './application-store';
import type { MoveApplicationInput } from './dtos/move-application.input';

/**
 * The employer's side: the applications on their own opportunities, moving them through the
 * steps, and who may see one application at all (its youth, or a member of its employer).
 */
@Injectable()
export class ApplicationReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly store: ApplicationStore,
    private readonly notices: ApplicationNotices,
    private readonly audit: AuditService,
  ) {}

  /** Every application on one of the employer's own opportunities, newest first. */
  async listForOpportunity(actor: Account | null, opportunityId: string): Promise<Application[]> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    if (!isUuid(opportunityId) || !(await this.ownsOpportunity(employerId, opportunityId)))
      throw new ApplicationException(ApplicationErrorCode.OPPORTUNITY_NOT_FOUND);
    const applications = await this.store.find({ opportunityId });
    await this.recordEmployerReads(actor, applications);
    return applications;
  }

  /** One application, for its youth or a member of its employer; not found for anyone else. */
  async findVisible(actor: Account | null, applicationId: string): Promise<Application> {
    const account = this.identity.requireSignedIn(actor);
    if (!isUuid(applicationId))
      throw new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND);
    const application = await this.store.load(applicationId);
    const isYouth = application.youthId === account.id;
    const isEmployer =
      account.role === Role.EMPLOYER &&
      account.employerId !== null &&
      account.employerId === application.opportunity.employerId;
    if (!isYouth && !isEmployer)
      throw new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND);
    if (!isYouth) await this.recordEmployerReads(account, [application]);
    return application;
  }

  /** The application's history, oldest first (the parent was already checked by findVisible). */
  history(application: Application): Promise<ApplicationStatusChange[]> {
    return this.store.history(application.id);
  }

  /**
   * How many applications an opportunity has had, withdrawn ones left out. Only for members of
   * its employer; null for everyone else.
   */
  async countFor(
    actor: Account | null,
    opportunity: { id: string; employerId: string },
  ): Promise<number | null> {
    if (actor?.role !== Role.EMPLOYER || actor.employerId !== opportunity.employerId) return null;
    const rows: { count: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM application WHERE opportunity_id = $1 AND status <> $2',
      [opportunity.id, ApplicationStatus.WITHDRAWN],
    );
    return rows[0]?.count ?? 0;
  }

  /** The employer moves an application one or more steps forward, or declines it with a reason. */
  async move(actor: Account | null, input: MoveApplicationInput): Promise<Application> {
    const { account, employerId } = this.identity.requireEmployerMember(actor);
    if (!isUuid(input.id))
      throw new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND);
    const to = input.status;
    const reason: ApplicationDeclineReason | null =
      to === ApplicationStatus.DECLINED ? (input.declineReason ?? null) : null;
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const found: { opportunity_id: string }[] = await manager.query(
        `SELECT a.opportunity_id FROM application a JOIN opportunity o ON o.id = a.opportunity_id
          WHERE a.id = $1 AND o.employer_id = $2`,
        [input.id, employerId],
      );
      const opportunityId = found[0]?.opportunity_id;
      if (!opportunityId)
        throw new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND);
      // Opportunity before application: the lock order every application change uses.
      const opportunity = await this.store.lockOpportunity(manager, opportunityId, 'share');
      const status = await this.store.lockApplication(manager, input.id);
      if (!opportunity || !status || !canMoveApplication(status, to, ApplicationParty.EMPLOYER))
        throw new ApplicationException(ApplicationErrorCode.ILLEGAL_STATUS_CHANGE);
      // An offer nobody could accept would only disappoint: refuse it once the places are taken.
      if (to === ApplicationStatus.OFFERED && (await this.store.placesFilled(manager, opportunity)))
        throw new ApplicationException(ApplicationErrorCode.PLACES_FILLED);
      await this.store.move(manager, {
        applicationId: input.id,
        from: status,
        to,
        by: { accountId: account.id, party: ApplicationParty.EMPLOYER },
        declineReason: reason,
      });
      notifications.push(...(await this.notices.moved(manager, input.id, to, reason)));
    });
    this.notices.deliver(notifications);
    return this.store.load(input.id);
  }

  /**
   * An employer reading applications reads what young people shared about themselves: one audit
   * record per application, which the youth sees on their privacy page.
   */
  private async recordEmployerReads(
    actor: Account | null,
    applications: readonly Application[],
  ): Promise<void> {
    if (!actor) return;
    await this.audit.recordMany(
      applications.map((application) => ({
        actorId: actor.id,
        actorRole: actor.role,
        actorName: actor.displayName,
        actorOrganisation: actor.employer?.name ?? null,
        youthId: application.youthId,
        action: AuditAction.VIEW_PROFILE,
        purpose: `Søknad på «${application.opportunity.title}»`,
        outcome: AuditOutcome.ALLOWED,
      })),
    );
  }

  private async ownsOpportunity(employerId: string, opportunityId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM opportunity WHERE id = $1 AND employer_id = $2',
      [opportunityId, employerId],
    );
    return rows.length > 0;
  }
}
