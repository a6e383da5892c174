import {
  isPublishable,
  isSearchable,
  OpportunityStatus,
  planStatusChange,
  StatusChange,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityErrorCode, OpportunityException } from './opportunity.exception';
import { Opportunity } from './opportunity.entity';
import { lockOwnOpportunity } from './own-opportunity';
import { Slot } from './slot.entity';

/** draft → published ⇄ closed → archived, with the rules in @akselerator/domain. */
@Injectable()
export class OpportunityLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly opportunities: OpportunitiesService,
  ) {}

  /** Publishes a draft or reopens a closed one; it must have something ahead (isPublishable). */
  publish(actor: Account | null, id: string): Promise<Opportunity> {
    return this.moveTo(actor, id, OpportunityStatus.PUBLISHED);
  }

  /** Takes a published opportunity out of search and booking; it can be reopened. */
  close(actor: Account | null, id: string): Promise<Opportunity> {
    return this.moveTo(actor, id, OpportunityStatus.CLOSED);
  }

  /** Puts a closed opportunity or an unused draft away for good. */
  archive(actor: Account | null, id: string): Promise<Opportunity> {
    return this.moveTo(actor, id, OpportunityStatus.ARCHIVED);
  }

  private async moveTo(
    actor: Account | null,
    id: string,
    to: OpportunityStatus,
  ): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    const today = this.clock.today();
    await this.dataSource.transaction(async (manager) => {
      const opportunity = await lockOwnOpportunity(manager, id, employerId);
      const from = opportunity.status;
      switch (planStatusChange(from, to)) {
        case StatusChange.UNCHANGED:
          return;
        case StatusChange.ILLEGAL:
          throw new OpportunityException(OpportunityErrorCode.ILLEGAL_TRANSITION);
        case StatusChange.MOVE:
          break;
      }
      if (to === OpportunityStatus.PUBLISHED) {
        const upcomingSlots = await manager
          .createQueryBuilder(Slot, 'slot')
          .where('slot.opportunity_id = :id AND slot.date >= :today', { id, today })
          .getCount();
        const publishable = isPublishable(
          {
            kind: opportunity.kind,
            upcomingSlots,
            startDate: opportunity.startDate,
            applicationDeadline: opportunity.applicationDeadline,
          },
          today,
        );
        if (!publishable) throw new OpportunityException(OpportunityErrorCode.NOT_PUBLISHABLE);
      }
      const now = this.clock.now();
      await manager.update(
        Opportunity,
        { id },
        {
          status: to,
          ...(to === OpportunityStatus.PUBLISHED ? { publishedAt: now, closedAt: null } : {}),
          ...(to === OpportunityStatus.CLOSED ? { closedAt: now } : {}),
          ...(to === OpportunityStatus.ARCHIVED ? { archivedAt: now } : {}),
        },
      );
      // Into or out of the index: the worker adds or removes the document.
      if (isSearchable(from) || isSearchable(to)) {
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, id);
      }
    });
    return this.opportunities.loadOrFail(id);
  }
}
