import {
  ACTIVE_BOOKING_STATUSES,
  createFieldError,
  findTrade,
  Locale,
  OpportunityKind,
  OpportunityStatus,
  checkAdaptations,
  checkStrengths,
  isAdaptation,
  isStrength,
  trimOpportunityBasics,
  validateApprenticeshipDraft,
  validateHospiteringDraft,
  validateSimpleJobDraft,
  type FieldError,
  type FieldProblem,
  type OpportunityBasicsDraft,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { CreateHospiteringInput } from './dtos/create-hospitering.input';
import type {
  CreateApprenticeshipInput,
  CreateSimpleJobInput,
} from './dtos/opportunity-basics.input';
import { OpportunityErrorCode, OpportunityException } from './opportunity.exception';
import { Opportunity } from './opportunity.entity';
import { Slot } from './slot.entity';
import { isUuid } from '../common/uuid';

const RELATIONS = { employer: true, slots: true } as const;
const SLOT_ORDER = { slots: { date: 'ASC' } } as const;

/** The shared fields of any create form, as a plain draft for the domain rules. */
function basicsDraftOf(input: OpportunityBasicsDraft): OpportunityBasicsDraft {
  return trimOpportunityBasics({
    title: input.title,
    description: input.description,
    tasks: input.tasks,
    practicalInfo: input.practicalInfo,
    tradeCode: input.tradeCode,
    address: input.address,
    adaptationsOffered: input.adaptationsOffered,
    strengthsSought: input.strengthsSought,
  });
}

function problemsToErrors(problems: [string, FieldProblem | undefined][]): FieldError[] {
  return problems.flatMap(([field, problem]) =>
    problem ? [createFieldError(field, problem.code, Locale.NB, problem.params)] : [],
  );
}

/** The columns every kind fills from its basics; the programme follows from the trade. */
export function basicsColumns(draft: OpportunityBasicsDraft): Partial<Opportunity> {
  const trade = findTrade(draft.tradeCode);
  // Validated before: an unknown trade never reaches this point.
  if (!trade) throw new Error(`Unknown trade ${draft.tradeCode}`);
  const { address } = draft;
  return {
    title: draft.title,
    description: draft.description,
    tasks: draft.tasks,
    practicalInfo: draft.practicalInfo,
    programmeCode: trade.programmeCode,
    tradeCode: trade.code,
    address: {
      street: address.street,
      postalCode: address.postalCode,
      postalPlace: address.postalPlace,
      municipalityCode: address.municipalityCode,
      latitude: address.latitude,
      longitude: address.longitude,
    } as Opportunity['address'],
    adaptationsOffered: draft.adaptationsOffered.filter(isAdaptation),
    strengthsSought: draft.strengthsSought.filter(isStrength),
  };
}

/**
 * Posting and reading learning places. Every searchable change writes an outbox row in its
 * transaction; a draft is not searchable, so creating one writes none.
 */
@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly clock: Clock,
  ) {}

  async createHospitering(
    actor: Account | null,
    input: CreateHospiteringInput,
  ): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    // The edge checked each field; this adds the rules that need the clock or several fields.
    const errors = [
      ...validateHospiteringDraft(input, this.clock.today(), Locale.NB),
      ...problemsToErrors([
        ['adaptationsOffered', checkAdaptations(input.adaptationsOffered)],
        ['strengthsSought', checkStrengths(input.strengthsSought)],
      ]),
    ];
    if (errors.length > 0) throw new FieldValidationException(errors);
    const draft = basicsDraftOf(input);

    const id = await this.dataSource.transaction(async (manager) => {
      const opportunity = await this.insertDraft(manager, {
        ...basicsColumns(draft),
        employerId,
        kind: OpportunityKind.HOSPITERING,
        bookingOpensOn: input.bookingOpensOn ?? null,
        cancellationDeadlineDays: input.cancellationDeadlineDays,
      });
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
      return opportunity.id;
    });
    return this.loadOrFail(id);
  }

  async createApprenticeship(
    actor: Account | null,
    input: CreateApprenticeshipInput,
  ): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    const draft = {
      ...basicsDraftOf(input),
      places: input.places,
      startDate: input.startDate,
      applicationDeadline: input.applicationDeadline,
      requirements: input.requirements.trim(),
    };
    const errors = validateApprenticeshipDraft(draft, this.clock.today(), Locale.NB);
    if (errors.length > 0) throw new FieldValidationException(errors);
    const id = await this.dataSource.transaction(async (manager) => {
      const opportunity = await this.insertDraft(manager, {
        ...basicsColumns(draft),
        employerId,
        kind: OpportunityKind.APPRENTICESHIP,
        places: draft.places,
        startDate: draft.startDate,
        applicationDeadline: draft.applicationDeadline,
        requirements: draft.requirements,
      });
      return opportunity.id;
    });
    return this.loadOrFail(id);
  }

  async createSimpleJob(actor: Account | null, input: CreateSimpleJobInput): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    const draft = {
      ...basicsDraftOf(input),
      hoursPerWeek: input.hoursPerWeek,
      schedule: input.schedule.trim(),
      startDate: input.startDate ?? null,
      applicationDeadline: input.applicationDeadline ?? null,
    };
    const errors = validateSimpleJobDraft(draft, this.clock.today(), Locale.NB);
    if (errors.length > 0) throw new FieldValidationException(errors);
    const id = await this.dataSource.transaction(async (manager) => {
      const opportunity = await this.insertDraft(manager, {
        ...basicsColumns(draft),
        employerId,
        kind: OpportunityKind.SIMPLE_JOB,
        hoursPerWeek: draft.hoursPerWeek,
        schedule: draft.schedule,
        startDate: draft.startDate,
        applicationDeadline: draft.applicationDeadline,
      });
      return opportunity.id;
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

  /** The employer's dashboard: every opportunity, newest first, with its active bookings counted. */
  async listForEmployer(
    actor: Account | null,
    statuses?: readonly OpportunityStatus[],
  ): Promise<Opportunity[]> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    const opportunities = await this.dataSource.getRepository(Opportunity).find({
      where: { employerId, ...(statuses ? { status: In([...statuses]) } : {}) },
      relations: RELATIONS,
      order: { createdAt: 'DESC', slots: { date: 'ASC' } },
    });
    const counts = await this.activeBookingCounts(opportunities.map((item) => item.id));
    for (const opportunity of opportunities) {
      opportunity.activeBookingsCount = counts.get(opportunity.id) ?? 0;
    }
    return opportunities;
  }

  /**
   * Bookings that still stand (requested, confirmed, waitlisted, attended, no-show), per
   * opportunity; only the owner's members get a number.
   */
  async bookingsCount(actor: Account | null, opportunity: Opportunity): Promise<number | null> {
    if (actor?.employerId == null || actor.employerId !== opportunity.employerId) return null;
    if (opportunity.activeBookingsCount !== undefined) return opportunity.activeBookingsCount;
    return (await this.activeBookingCounts([opportunity.id])).get(opportunity.id) ?? 0;
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

  async loadOrFail(id: string): Promise<Opportunity> {
    const opportunity = await this.dataSource
      .getRepository(Opportunity)
      .findOne({ where: { id }, relations: RELATIONS, order: SLOT_ORDER });
    if (!opportunity) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    return opportunity;
  }

  private insertDraft(manager: EntityManager, columns: Partial<Opportunity>): Promise<Opportunity> {
    return manager.save(
      manager.create(Opportunity, {
        ...columns,
        status: OpportunityStatus.DRAFT,
        publishedAt: null,
      }),
    );
  }

  private async activeBookingCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { opportunity_id: string; count: number }[] = await this.dataSource.query(
      `SELECT s.opportunity_id, count(*)::int AS count
         FROM booking b JOIN slot s ON s.id = b.slot_id
        WHERE s.opportunity_id = ANY($1::uuid[]) AND b.status = ANY($2::text[])
        GROUP BY s.opportunity_id`,
      [ids, ACTIVE_BOOKING_STATUSES],
    );
    return new Map(rows.map((row) => [row.opportunity_id, row.count]));
  }
}
