import {
  findTrade,
  OpportunityKind,
  OpportunityStatus,
  validateHospiteringDraft,
  Locale,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { CreateHospiteringInput } from './dtos/create-hospitering.input';
import { OpportunityErrorCode, OpportunityException } from './opportunity.exception';
import { Opportunity } from './opportunity.entity';
import { Slot } from './slot.entity';
import { isUuid } from '../common/uuid';

const RELATIONS = { employer: true, slots: true } as const;
const SLOT_ORDER = { slots: { date: 'ASC' } } as const;

/** Posting and reading learning places. Every searchable change writes an outbox row in its transaction. */
@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async createHospitering(
    actor: Account | null,
    input: CreateHospiteringInput,
  ): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    // The edge checked each field; this adds the rules that need the clock or several fields.
    const errors = validateHospiteringDraft(input, this.clock.today(), Locale.NB);
    if (errors.length > 0) throw new FieldValidationException(errors);
    const trade = findTrade(input.tradeCode);
    if (!trade) throw new FieldValidationException(validateHospiteringDraft(input, '0000-01-01'));

    const id = await this.dataSource.transaction(async (manager) => {
      const opportunity = await manager.save(
        manager.create(Opportunity, {
          employerId,
          kind: OpportunityKind.HOSPITERING,
          status: OpportunityStatus.DRAFT,
          title: input.title,
          description: input.description,
          tasks: input.tasks,
          practicalInfo: input.practicalInfo,
          programmeCode: trade.programmeCode,
          tradeCode: trade.code,
          address: {
            street: input.address.street,
            postalCode: input.address.postalCode,
            postalPlace: input.address.postalPlace,
            municipalityCode: input.address.municipalityCode,
            latitude: input.address.latitude,
            longitude: input.address.longitude,
          },
          publishedAt: null,
          bookingOpensOn: input.bookingOpensOn ?? null,
          cancellationDeadlineDays: input.cancellationDeadlineDays,
        }),
      );
      await manager.insert(
        Slot,
        input.slots.map(({ date, startTime, endTime, capacity }) => ({
          opportunityId: opportunity.id,
          date,
          startTime,
          endTime,
          capacity,
          seatsBooked: 0,
        })),
      );
      // A draft is not searchable, so nothing goes to the outbox until it is published.
      return opportunity.id;
    });
    return this.loadOrFail(id);
  }

  async publish(actor: Account | null, id: string): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    if (!isUuid(id)) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    const today = this.clock.today();

    await this.dataSource.transaction(async (manager) => {
      const opportunity = await manager.findOne(Opportunity, {
        where: { id, employerId },
        lock: { mode: 'pessimistic_write', tables: ['opportunity'] },
      });
      if (!opportunity) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
      if (opportunity.status === OpportunityStatus.PUBLISHED) return;
      if (opportunity.status !== OpportunityStatus.DRAFT) {
        throw new OpportunityException(OpportunityErrorCode.NOT_PUBLISHABLE);
      }
      const upcoming = await manager
        .createQueryBuilder(Slot, 'slot')
        .where('slot.opportunity_id = :id AND slot.date >= :today', { id, today })
        .getCount();
      if (upcoming === 0) throw new OpportunityException(OpportunityErrorCode.NOT_PUBLISHABLE);
      await manager.update(
        Opportunity,
        { id },
        { status: OpportunityStatus.PUBLISHED, publishedAt: this.clock.now() },
      );
      await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, id);
    });
    return this.loadOrFail(id);
  }

  /** Published places are public; drafts only for the employer's own members. */
  async findVisible(actor: Account | null, id: string): Promise<Opportunity | null> {
    if (!isUuid(id)) return null;
    const opportunity = await this.dataSource
      .getRepository(Opportunity)
      .findOne({ where: { id }, relations: RELATIONS, order: SLOT_ORDER });
    if (!opportunity) return null;
    const ownedByActor = actor?.employerId != null && actor.employerId === opportunity.employerId;
    return opportunity.status === OpportunityStatus.PUBLISHED || ownedByActor ? opportunity : null;
  }

  async listForEmployer(actor: Account | null): Promise<Opportunity[]> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    return this.dataSource.getRepository(Opportunity).find({
      where: { employerId },
      relations: RELATIONS,
      order: { createdAt: 'DESC', slots: { date: 'ASC' } },
    });
  }

  /** For the search indexer: current state of these opportunities, whatever their status. */
  async loadForIndexing(ids: readonly string[]): Promise<Opportunity[]> {
    if (ids.length === 0) return [];
    return this.dataSource
      .getRepository(Opportunity)
      .find({ where: { id: In([...ids]) }, relations: RELATIONS, order: SLOT_ORDER });
  }

  /** Ids of every published opportunity, for rebuilding the index from Postgres. */
  async publishedIds(): Promise<string[]> {
    const rows = await this.dataSource.getRepository(Opportunity).find({
      select: { id: true },
      where: { status: OpportunityStatus.PUBLISHED },
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  private async loadOrFail(id: string): Promise<Opportunity> {
    const opportunity = await this.dataSource
      .getRepository(Opportunity)
      .findOne({ where: { id }, relations: RELATIONS, order: SLOT_ORDER });
    if (!opportunity) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    return opportunity;
  }
}
