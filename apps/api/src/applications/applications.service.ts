import {
  ApplicationParty,
  ApplicationStatus,
  canMoveApplication,
  normaliseSharedFields,
  OpportunityKind,
  OpportunityStatus,
  Role,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import type { Notification } from '../notifications/notification.entity';
import { Application } from './application.entity';
import { ApplicationErrorCode, ApplicationException } from './application.exception';
import { ApplicationNotices } from './application-notices';
import { ApplicationStore, type LockedOpportunity } from './application-store';
import type { ApplyToOpportunityInput } from './dtos/apply-to-opportunity.input';
import { loadSnapshotSource, takeSnapshot, type SnapshotSource } from './shared-profile';

const APPLICABLE_KINDS: readonly OpportunityKind[] = [
  OpportunityKind.APPRENTICESHIP,
  OpportunityKind.SIMPLE_JOB,
];

/** The youth's side of applying: apply (or re-apply), withdraw, accept an offer, see their own. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly identity: IdentityService,
    private readonly store: ApplicationStore,
    private readonly notices: ApplicationNotices,
    private readonly clock: Clock,
  ) {}

  async apply(actor: Account | null, input: ApplyToOpportunityInput): Promise<Application> {
    const youth = this.identity.requireYouth(actor);
    if (!isUuid(input.opportunityId))
      throw new ApplicationException(ApplicationErrorCode.OPPORTUNITY_NOT_FOUND);
    const sharedFields = normaliseSharedFields(input.sharedFields);
    const motivation = input.motivation.trim();
    const notifications: Notification[] = [];

    const applicationId = await this.store.transaction(async (manager) => {
      const opportunity = await this.store.lockOpportunity(manager, input.opportunityId, 'share');
      // A draft is nobody's business but its employer's: the same answer as an unknown id.
      if (!opportunity || opportunity.status === OpportunityStatus.DRAFT)
        throw new ApplicationException(ApplicationErrorCode.OPPORTUNITY_NOT_FOUND);
      if (
        !APPLICABLE_KINDS.includes(opportunity.kind) ||
        opportunity.status !== OpportunityStatus.PUBLISHED
      )
        throw new ApplicationException(ApplicationErrorCode.NOT_APPLICABLE);

      const existing: { id: string; status: ApplicationStatus }[] = await manager.query(
        'SELECT id, status FROM application WHERE opportunity_id = $1 AND youth_id = $2 FOR UPDATE',
        [opportunity.id, youth.id],
      );
      const earlier = existing[0];
      if (
        earlier &&
        !canMoveApplication(earlier.status, ApplicationStatus.RECEIVED, ApplicationParty.YOUTH)
      )
        throw new ApplicationException(ApplicationErrorCode.ALREADY_APPLIED);
      await this.checkStillOpen(manager, opportunity);

      const snapshot = takeSnapshot(
        sharedFields,
        await this.snapshotSource(manager, youth.id),
        this.clock.today(),
      );
      const now = this.clock.now();
      const by = { accountId: youth.id, party: ApplicationParty.YOUTH };
      let id: string;
      if (earlier) {
        // Re-opening a withdrawn application: new words, new choice, new snapshot, same history.
        id = earlier.id;
        await manager.query(
          `UPDATE application SET motivation = $2, shared_fields = $3, shared_snapshot = $4, applied_at = $5
            WHERE id = $1`,
          [id, motivation, sharedFields, JSON.stringify(snapshot), now],
        );
        await this.store.move(manager, {
          applicationId: id,
          from: earlier.status,
          to: ApplicationStatus.RECEIVED,
          by,
        });
      } else {
        // The unique index (opportunity, youth) refuses a second one racing this one: ALREADY_APPLIED.
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO application (opportunity_id, youth_id, motivation, shared_fields, shared_snapshot,
                                    status, applied_at, status_changed_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7) RETURNING id`,
          [
            opportunity.id,
            youth.id,
            motivation,
            sharedFields,
            JSON.stringify(snapshot),
            ApplicationStatus.RECEIVED,
            now,
          ],
        );
        id = inserted[0]?.id ?? '';
        await this.store.recordChange(manager, {
          applicationId: id,
          from: null,
          to: ApplicationStatus.RECEIVED,
          by,
        });
      }
      notifications.push(...(await this.notices.received(manager, id)));
      return id;
    });
    this.notices.deliver(notifications);
    return this.store.load(applicationId);
  }

  /** The youth withdraws their own open application. */
  async withdraw(actor: Account | null, applicationId: string): Promise<Application> {
    const youth = this.identity.requireYouth(actor);
    return this.moveOwn(youth, applicationId, ApplicationStatus.WITHDRAWN);
  }

  /** The youth says yes to an offer; refused when the accepted offers already fill every place. */
  async acceptOffer(actor: Account | null, applicationId: string): Promise<Application> {
    const youth = this.identity.requireYouth(actor);
    return this.moveOwn(youth, applicationId, ApplicationStatus.ACCEPTED);
  }

  async listOwn(actor: Account | null): Promise<Application[]> {
    const youth = this.identity.requireYouth(actor);
    return this.store.find({ youthId: youth.id });
  }

  /** The signed-in youth's application to this opportunity; null for anyone else or none. */
  async findOwnFor(actor: Account | null, opportunityId: string): Promise<Application | null> {
    if (actor?.role !== Role.YOUTH || !isUuid(opportunityId)) return null;
    const found = await this.store.find({ youthId: actor.id, opportunityId });
    return found[0] ?? null;
  }

  private async moveOwn(
    youth: Account,
    applicationId: string,
    to: ApplicationStatus.WITHDRAWN | ApplicationStatus.ACCEPTED,
  ): Promise<Application> {
    if (!isUuid(applicationId))
      throw new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND);
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const found: { opportunity_id: string }[] = await manager.query(
        'SELECT opportunity_id FROM application WHERE id = $1 AND youth_id = $2',
        [applicationId, youth.id],
      );
      const opportunityId = found[0]?.opportunity_id;
      if (!opportunityId)
        throw new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND);
      // Opportunity before application: the lock order every application change uses.
      const accepting = to === ApplicationStatus.ACCEPTED;
      const opportunity = await this.store.lockOpportunity(
        manager,
        opportunityId,
        accepting ? 'update' : 'share',
      );
      const status = await this.store.lockApplication(manager, applicationId);
      if (!opportunity || !status || !canMoveApplication(status, to, ApplicationParty.YOUTH))
        throw new ApplicationException(ApplicationErrorCode.ILLEGAL_STATUS_CHANGE);
      if (accepting && (await this.store.placesFilled(manager, opportunity)))
        throw new ApplicationException(ApplicationErrorCode.PLACES_FILLED);
      await this.store.move(manager, {
        applicationId,
        from: status,
        to,
        by: { accountId: youth.id, party: ApplicationParty.YOUTH },
      });
      if (accepting) {
        const filled = await this.store.placesFilled(manager, opportunity);
        const stillWaiting = filled
          ? await this.store.openOthers(manager, opportunity.id, applicationId)
          : null;
        notifications.push(...(await this.notices.accepted(manager, applicationId, stillWaiting)));
      } else {
        notifications.push(...(await this.notices.withdrawn(manager, applicationId)));
      }
    });
    this.notices.deliver(notifications);
    return this.store.load(applicationId);
  }

  /** Deadline (inclusive, Oslo date) and places, checked under the opportunity's lock. */
  private async checkStillOpen(
    manager: EntityManager,
    opportunity: LockedOpportunity,
  ): Promise<void> {
    if (opportunity.applicationDeadline && this.clock.today() > opportunity.applicationDeadline)
      throw new ApplicationException(ApplicationErrorCode.APPLICATION_DEADLINE_PASSED);
    if (await this.store.placesFilled(manager, opportunity))
      throw new ApplicationException(ApplicationErrorCode.PLACES_FILLED);
  }

  private async snapshotSource(manager: EntityManager, youthId: string): Promise<SnapshotSource> {
    const source = await loadSnapshotSource(manager, youthId);
    if (!source) throw new Error(`account ${youthId} vanished while applying`);
    return source;
  }
}
