import { OpportunityStatus } from '@akselerator/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../common/clock';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { CreateHospiteringInput } from './dtos/create-hospitering.input';
import { CreateApprenticeshipInput, CreateSimpleJobInput } from './dtos/opportunity-basics.input';
import { AddSlotsResult, SlotPatternInput } from './dtos/slot-pattern.input';
import { UpdateOpportunityInput } from './dtos/update-opportunity.input';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityEditingService } from './opportunity-editing.service';
import { OpportunityLifecycleService } from './opportunity-lifecycle.service';
import { OpportunitySlotsService } from './opportunity-slots.service';
import { Opportunity } from './opportunity.entity';
import { summariseUpcoming } from './upcoming-slots';

@Resolver(() => Opportunity)
export class OpportunitiesResolver {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly lifecycle: OpportunityLifecycleService,
    private readonly editing: OpportunityEditingService,
    private readonly slots: OpportunitySlotsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => Opportunity, {
    nullable: true,
    description: 'Null when it does not exist or is not visible to you',
  })
  opportunity(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Opportunity | null> {
    return this.opportunities.findVisible(actor, id);
  }

  @Query(() => [Opportunity], {
    description: "The signed-in employer's own opportunities, newest first",
  })
  myOpportunities(
    @CurrentAccount() actor: Account | null,
    @Args('statuses', {
      type: () => [OpportunityStatus],
      nullable: true,
      description: 'Only these statuses (e.g. all but ARCHIVED); every status when left out',
    })
    statuses?: OpportunityStatus[] | null,
  ): Promise<Opportunity[]> {
    return this.opportunities.listForEmployer(actor, statuses ?? undefined);
  }

  @Mutation(() => Opportunity, { description: 'Creates a hospitering opportunity as a draft' })
  createHospitering(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateHospiteringInput,
  ): Promise<Opportunity> {
    return this.opportunities.createHospitering(actor, input);
  }

  @Mutation(() => Opportunity, {
    description: 'Creates an apprenticeship (lærlingplass) as a draft',
  })
  createApprenticeship(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateApprenticeshipInput,
  ): Promise<Opportunity> {
    return this.opportunities.createApprenticeship(actor, input);
  }

  @Mutation(() => Opportunity, { description: 'Creates a simple job (enkel jobb) as a draft' })
  createSimpleJob(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateSimpleJobInput,
  ): Promise<Opportunity> {
    return this.opportunities.createSimpleJob(actor, input);
  }

  @Mutation(() => Opportunity, {
    description:
      'Publishes a draft or reopens a closed one (OPPORTUNITY_NOT_PUBLISHABLE if nothing is ahead)',
  })
  publishOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Opportunity> {
    return this.lifecycle.publish(actor, id);
  }

  @Mutation(() => Opportunity, { description: 'Published → closed: out of search and booking' })
  closeOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Opportunity> {
    return this.lifecycle.close(actor, id);
  }

  @Mutation(() => Opportunity, { description: 'Draft or closed → archived, for good' })
  archiveOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Opportunity> {
    return this.lifecycle.archive(actor, id);
  }

  @Mutation(() => Opportunity, {
    description: 'Changes the given fields; left-out fields stay. Not for archived opportunities',
  })
  updateOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOpportunityInput,
  ): Promise<Opportunity> {
    return this.editing.update(actor, id, input);
  }

  @Mutation(() => Opportunity, {
    description: 'A new draft copy; hospitering days ahead are copied with no seats booked',
  })
  duplicateOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Opportunity> {
    return this.editing.duplicate(actor, id);
  }

  @Mutation(() => AddSlotsResult, {
    description: 'Adds a hospitering day for every date of a weekly pattern (at most 200)',
  })
  addSlots(
    @CurrentAccount() actor: Account | null,
    @Args('opportunityId', { type: () => ID }) opportunityId: string,
    @Args('pattern') pattern: SlotPatternInput,
  ): Promise<AddSlotsResult> {
    return this.slots.addSlots(actor, opportunityId, pattern);
  }

  @Mutation(() => Opportunity, { description: 'Removes a hospitering day nobody has booked' })
  removeSlot(
    @CurrentAccount() actor: Account | null,
    @Args('slotId', { type: () => ID }) slotId: string,
  ): Promise<Opportunity> {
    return this.slots.removeSlot(actor, slotId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The first date on or after today' })
  nextDate(@Parent() opportunity: Opportunity): string | null {
    return summariseUpcoming(opportunity.slots, this.clock.today()).nextDate;
  }

  @ResolveField(() => Int, { description: 'Free seats over all dates still ahead' })
  seatsLeft(@Parent() opportunity: Opportunity): number {
    return summariseUpcoming(opportunity.slots, this.clock.today()).seatsLeft;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "Bookings that still stand, waitlist included; only for the employer's own members",
  })
  bookingsCount(
    @CurrentAccount() actor: Account | null,
    @Parent() opportunity: Opportunity,
  ): Promise<number | null> {
    return this.opportunities.bookingsCount(actor, opportunity);
  }
}
