import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { AllocationService } from './allocation.service';
import { AllocationPreview, AllocationRound, PupilRound, RoundSlot } from './allocation.types';
import { OpenAllocationRoundInput, RankChoicesInput } from './dtos/allocation.inputs';
import { PublishProgress } from './publish-progress';

@Resolver()
export class AllocationResolver {
  constructor(private readonly allocation: AllocationService) {}

  @Query(() => [AllocationRound], { description: "A school counsellor's rounds, newest first" })
  allocationRounds(@CurrentAccount() actor: Account | null): Promise<AllocationRound[]> {
    return this.allocation.listRounds(actor);
  }

  @Query(() => AllocationRound, { description: 'One round of the counsellor’s school' })
  allocationRound(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AllocationRound> {
    return this.allocation.round(actor, id);
  }

  @Query(() => [RoundSlot], {
    description: 'Upcoming hospitering days with seats, to offer in a round',
  })
  allocationSlotOptions(
    @CurrentAccount() actor: Account | null,
    @Args('fromDate', { type: () => String, nullable: true }) fromDate: string | null,
  ): Promise<RoundSlot[]> {
    return this.allocation.slotOptions(actor, fromDate ?? null);
  }

  @Mutation(() => AllocationRound, {
    description: 'A school counsellor opens a round for a cohort',
  })
  openAllocationRound(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: OpenAllocationRoundInput,
  ): Promise<AllocationRound> {
    return this.allocation.open(actor, input);
  }

  @Query(() => AllocationPreview, {
    description: "The allocation on today's seats and choices, with reasons and the report",
  })
  allocationPreview(
    @CurrentAccount() actor: Account | null,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<AllocationPreview> {
    return this.allocation.preview(actor, roundId);
  }

  @Mutation(() => AllocationPreview, {
    description: 'Books every assigned day on behalf of the pupils and tells them; once per round',
  })
  publishAllocation(
    @CurrentAccount() actor: Account | null,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<AllocationPreview> {
    return this.allocation.publish(actor, roundId);
  }

  @Query(() => PublishProgress, {
    description: 'How far a running publish of the round has come, for the progress bar',
  })
  allocationPublishProgress(
    @CurrentAccount() actor: Account | null,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<PublishProgress> {
    return this.allocation.publishProgress(actor, roundId);
  }

  @Query(() => [PupilRound], { description: "The signed-in pupil's rounds" })
  myAllocationRounds(@CurrentAccount() actor: Account | null): Promise<PupilRound[]> {
    return this.allocation.myRounds(actor);
  }

  @Mutation(() => PupilRound, { description: "Saves the pupil's ranking, most wanted first" })
  rankAllocationChoices(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: RankChoicesInput,
  ): Promise<PupilRound> {
    return this.allocation.rank(actor, input);
  }
}
