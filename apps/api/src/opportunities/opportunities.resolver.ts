import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../common/clock';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { CreateHospiteringInput } from './dtos/create-hospitering.input';
import { OpportunitiesService } from './opportunities.service';
import { Opportunity } from './opportunity.entity';
import { summariseUpcoming } from './upcoming-slots';

@Resolver(() => Opportunity)
export class OpportunitiesResolver {
  constructor(
    private readonly opportunities: OpportunitiesService,
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
  myOpportunities(@CurrentAccount() actor: Account | null): Promise<Opportunity[]> {
    return this.opportunities.listForEmployer(actor);
  }

  @Mutation(() => Opportunity, { description: 'Creates a hospitering opportunity as a draft' })
  createHospitering(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateHospiteringInput,
  ): Promise<Opportunity> {
    return this.opportunities.createHospitering(actor, input);
  }

  @Mutation(() => Opportunity)
  publishOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Opportunity> {
    return this.opportunities.publish(actor, id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The first date on or after today' })
  nextDate(@Parent() opportunity: Opportunity): string | null {
    return summariseUpcoming(opportunity.slots, this.clock.today()).nextDate;
  }

  @ResolveField(() => Int, { description: 'Free seats over all dates still ahead' })
  seatsLeft(@Parent() opportunity: Opportunity): number {
    return summariseUpcoming(opportunity.slots, this.clock.today()).seatsLeft;
  }
}
