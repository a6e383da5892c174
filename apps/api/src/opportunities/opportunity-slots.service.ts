import {
  expandSlotPattern,
  isEditable,
  isSearchable,
  Locale,
  OpportunityKind,
  validateSlotPattern,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { AddSlotsResult, SlotPatternInput } from './dtos/slot-pattern.input';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityErrorCode, OpportunityException } from './opportunity.exception';
import type { Opportunity } from './opportunity.entity';
import { lockOwnOpportunity } from './own-opportunity';

/** Hospitering days: many at once from a weekly pattern, or one removed. */
@Injectable()
export class OpportunitySlotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly opportunities: OpportunitiesService,
  ) {}

  /**
   * Creates a day for every date of the pattern. A date that already has a day is skipped and
   * reported, not refused: "every Tuesday in March" should still work after one Tuesday was added
   * by hand, and the existing day (maybe with bookings) must not change under the pupils' feet.
   */
  async addSlots(
    actor: Account | null,
    opportunityId: string,
    pattern: SlotPatternInput,
  ): Promise<AddSlotsResult> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    const errors = validateSlotPattern(pattern, this.clock.today(), Locale.NB);
    if (errors.length > 0) throw new FieldValidationException(errors);
    const dates = expandSlotPattern(pattern).map((slot) => slot.date);

    const createdDates = await this.dataSource.transaction(async (manager) => {
      const opportunity = await lockOwnOpportunity(manager, opportunityId, employerId);
      this.assertHasSlots(opportunity);
      // The unique (opportunity_id, date) constraint decides, so a concurrent add cannot double up.
      const rows: { date: string }[] = await manager.query(
        `INSERT INTO slot (opportunity_id, date, start_time, end_time, capacity)
         SELECT $1, day, $3::time, $4::time, $5 FROM unnest($2::date[]) AS day
         ON CONFLICT (opportunity_id, date) DO NOTHING
         RETURNING date::text AS date`,
        [opportunityId, dates, pattern.startTime, pattern.endTime, pattern.capacity],
      );
      if (rows.length > 0 && isSearchable(opportunity.status)) {
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, opportunityId);
      }
      return new Set(rows.map((row) => row.date));
    });
    return {
      opportunity: await this.opportunities.loadOrFail(opportunityId),
      createdDates: dates.filter((date) => createdDates.has(date)),
      skippedDates: dates.filter((date) => !createdDates.has(date)),
    };
  }

  /** Removes a day nobody has booked, ever: a booking (even a cancelled one) is the pupil's history. */
  async removeSlot(actor: Account | null, slotId: string): Promise<Opportunity> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    if (!isUuid(slotId)) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    const opportunityId = await this.dataSource.transaction(async (manager) => {
      const slots: { opportunity_id: string }[] = await manager.query(
        `SELECT s.opportunity_id FROM slot s JOIN opportunity o ON o.id = s.opportunity_id
          WHERE s.id = $1 AND o.employer_id = $2`,
        [slotId, employerId],
      );
      const owner = slots[0]?.opportunity_id;
      if (!owner) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
      // Opportunity first, then slot: the same lock order as every other change here.
      const opportunity = await lockOwnOpportunity(manager, owner, employerId);
      this.assertHasSlots(opportunity);
      // The slot's row lock makes a concurrent booking wait, then find the day gone.
      await manager.query('SELECT 1 FROM slot WHERE id = $1 FOR UPDATE', [slotId]);
      const booked: unknown[] = await manager.query(
        'SELECT 1 FROM booking WHERE slot_id = $1 LIMIT 1',
        [slotId],
      );
      if (booked.length > 0) throw new OpportunityException(OpportunityErrorCode.SLOT_HAS_BOOKINGS);
      await manager.query('DELETE FROM slot WHERE id = $1', [slotId]);
      if (isSearchable(opportunity.status)) {
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, owner);
      }
      return owner;
    });
    return this.opportunities.loadOrFail(opportunityId);
  }

  private assertHasSlots(opportunity: Opportunity): void {
    if (opportunity.kind !== OpportunityKind.HOSPITERING) {
      throw new OpportunityException(OpportunityErrorCode.NOT_HOSPITERING);
    }
    if (!isEditable(opportunity.status)) {
      throw new OpportunityException(OpportunityErrorCode.NOT_EDITABLE);
    }
  }
}
