import {
  createFieldError,
  FieldErrorCode,
  isEditable,
  isSearchable,
  LIMITS,
  Locale,
  OpportunityKind,
  OpportunityStatus,
  trimOpportunityBasics,
  validateApprenticeshipDraft,
  validateOpportunityBasics,
  validateSimpleJobDraft,
  type FieldError,
  type OpportunityBasicsDraft,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { UpdateOpportunityInput } from './dtos/update-opportunity.input';
import { basicsColumns, OpportunitiesService } from './opportunities.service';
import { OpportunityErrorCode, OpportunityException } from './opportunity.exception';
import { Opportunity } from './opportunity.entity';
import { lockOwnOpportunity } from './own-opportunity';
import { Slot } from './slot.entity';

type KindField = keyof Pick<
  UpdateOpportunityInput,
  | 'bookingOpensOn'
  | 'cancellationDeadlineDays'
  | 'places'
  | 'requirements'
  | 'startDate'
  | 'applicationDeadline'
  | 'hoursPerWeek'
  | 'schedule'
>;

/** Which kind-specific fields each kind has; the rest are refused with NOT_FOR_THIS_KIND. */
const KIND_FIELDS: Record<OpportunityKind, readonly KindField[]> = {
  [OpportunityKind.HOSPITERING]: ['bookingOpensOn', 'cancellationDeadlineDays'],
  [OpportunityKind.APPRENTICESHIP]: ['places', 'requirements', 'startDate', 'applicationDeadline'],
  [OpportunityKind.SIMPLE_JOB]: ['hoursPerWeek', 'schedule', 'startDate', 'applicationDeadline'],
  [OpportunityKind.TRAINEE]: [],
  [OpportunityKind.WORK_TRIAL]: [],
};
const ALL_KIND_FIELDS: readonly KindField[] = [
  'bookingOpensOn',
  'cancellationDeadlineDays',
  'places',
  'requirements',
  'startDate',
  'applicationDeadline',
  'hoursPerWeek',
  'schedule',
];

const COPY_SUFFIX = ' (kopi)';

/** Left out (undefined) keeps the stored value. */
function pick<T>(value: T | null | undefined, stored: T): T {
  return value === undefined || value === null ? stored : value;
}

/** Editing and copying opportunities; only the employer's own members, others get NOT_FOUND. */
@Injectable()
export class OpportunityEditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly opportunities: OpportunitiesService,
  ) {}

  /**
   * Applies the given fields. The whole result is checked with the kind's rules (a new deadline
   * against the stored start date too); a stored date that has since passed may stay as it is.
   */
  async update(
    actor: Account | null,
    id: string,
    input: UpdateOpportunityInput,
  ): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    const today = this.clock.today();
    await this.dataSource.transaction(async (manager) => {
      const current = await lockOwnOpportunity(manager, id, employerId);
      if (!isEditable(current.status)) {
        throw new OpportunityException(OpportunityErrorCode.NOT_EDITABLE);
      }
      const foreign = ALL_KIND_FIELDS.filter(
        (field) => input[field] !== undefined && !KIND_FIELDS[current.kind].includes(field),
      );
      if (foreign.length > 0) {
        throw new FieldValidationException(
          foreign.map((field) =>
            createFieldError(field, FieldErrorCode.NOT_FOR_THIS_KIND, Locale.NB),
          ),
        );
      }

      const basics = trimOpportunityBasics<OpportunityBasicsDraft>({
        title: pick(input.title, current.title),
        description: pick(input.description, current.description),
        tasks: pick(input.tasks, current.tasks),
        practicalInfo: pick(input.practicalInfo, current.practicalInfo),
        tradeCode: pick(input.tradeCode, current.tradeCode),
        address: pick(input.address, current.address),
        adaptationsOffered:
          input.adaptationsOffered === undefined
            ? current.adaptationsOffered
            : (input.adaptationsOffered ?? []),
        strengthsSought:
          input.strengthsSought === undefined
            ? current.strengthsSought
            : (input.strengthsSought ?? []),
      });
      const stored = {
        startDate: current.startDate,
        applicationDeadline: current.applicationDeadline,
      };
      const startDate = input.startDate === undefined ? current.startDate : input.startDate;
      const applicationDeadline =
        input.applicationDeadline === undefined
          ? current.applicationDeadline
          : input.applicationDeadline;
      let errors: FieldError[];
      let columns: Partial<Opportunity>;
      switch (current.kind) {
        case OpportunityKind.APPRENTICESHIP: {
          const draft = {
            ...basics,
            places: pick(input.places, current.places ?? 0),
            requirements: pick(input.requirements, current.requirements).trim(),
            // Both dates are required: null is refused by the rules, not kept silently.
            startDate: startDate ?? '',
            applicationDeadline: applicationDeadline ?? '',
          };
          errors = validateApprenticeshipDraft(draft, today, Locale.NB, stored);
          columns = {
            places: draft.places,
            requirements: draft.requirements,
            startDate: draft.startDate,
            applicationDeadline: draft.applicationDeadline,
          };
          break;
        }
        case OpportunityKind.SIMPLE_JOB: {
          const draft = {
            ...basics,
            hoursPerWeek: pick(input.hoursPerWeek, current.hoursPerWeek ?? 0),
            schedule: pick(input.schedule, current.schedule).trim(),
            startDate,
            applicationDeadline,
          };
          errors = validateSimpleJobDraft(draft, today, Locale.NB, stored);
          columns = {
            hoursPerWeek: draft.hoursPerWeek,
            schedule: draft.schedule,
            startDate,
            applicationDeadline,
          };
          break;
        }
        case OpportunityKind.HOSPITERING:
        case OpportunityKind.TRAINEE:
        case OpportunityKind.WORK_TRIAL:
          errors = validateOpportunityBasics(basics, Locale.NB);
          columns = {
            bookingOpensOn:
              input.bookingOpensOn === undefined ? current.bookingOpensOn : input.bookingOpensOn,
            cancellationDeadlineDays: pick(
              input.cancellationDeadlineDays,
              current.cancellationDeadlineDays,
            ),
          };
          break;
      }
      if (errors.length > 0) throw new FieldValidationException(errors);
      await manager.update(Opportunity, { id }, { ...basicsColumns(basics), ...columns });
      if (isSearchable(current.status)) {
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, id);
      }
    });
    return this.opportunities.loadOrFail(id);
  }

  /**
   * A new draft with the same content, whatever the original's status (an archived one is a fine
   * template for next year). Hospitering days ahead are copied with no seats booked; days that
   * have passed are not.
   */
  async duplicate(actor: Account | null, id: string): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    if (!isUuid(id)) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    const today = this.clock.today();
    const copyId = await this.dataSource.transaction(async (manager) => {
      const source = await manager.findOne(Opportunity, { where: { id, employerId } });
      if (!source) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
      const slots = await manager.find(Slot, {
        where: { opportunityId: id, date: MoreThanOrEqual(today) },
        order: { date: 'ASC' },
      });
      const title =
        source.title.length + COPY_SUFFIX.length <= LIMITS.titleMax
          ? `${source.title}${COPY_SUFFIX}`
          : source.title;
      const copy = await manager.save(
        manager.create(Opportunity, {
          employerId,
          kind: source.kind,
          status: OpportunityStatus.DRAFT,
          title,
          description: source.description,
          tasks: source.tasks,
          practicalInfo: source.practicalInfo,
          programmeCode: source.programmeCode,
          tradeCode: source.tradeCode,
          address: source.address,
          bookingOpensOn: source.bookingOpensOn,
          cancellationDeadlineDays: source.cancellationDeadlineDays,
          places: source.places,
          startDate: source.startDate,
          applicationDeadline: source.applicationDeadline,
          requirements: source.requirements,
          hoursPerWeek: source.hoursPerWeek,
          schedule: source.schedule,
          adaptationsOffered: source.adaptationsOffered,
          strengthsSought: source.strengthsSought,
          publishedAt: null,
          closedAt: null,
          archivedAt: null,
        }),
      );
      if (slots.length > 0) {
        await manager.insert(
          Slot,
          slots.map(({ date, startTime, endTime, capacity }) => ({
            opportunityId: copy.id,
            date,
            startTime,
            endTime,
            capacity,
            seatsBooked: 0,
          })),
        );
      }
      // A draft is not searchable: no outbox row.
      return copy.id;
    });
    return this.opportunities.loadOrFail(copyId);
  }
}
