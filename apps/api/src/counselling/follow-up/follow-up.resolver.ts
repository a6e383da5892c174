import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Account } from '../../identity/account.entity';
import { CurrentAccount } from '../../identity/current-account.decorator';
import { CaseloadEntry } from '../../organisations/dtos/organisation.types';
import { FollowUpService } from './follow-up.service';
import { FollowUpDue, FollowUpStatus, MarkGoalReachedArgs } from './follow-up.types';

@Resolver()
export class FollowUpResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @Mutation(() => FollowUpStatus, {
    description:
      "The young person's coordinator (or office lead) marks the goal reached: six months of follow-up with monthly reminders",
  })
  markGoalReached(
    @CurrentAccount() actor: Account | null,
    @Args() args: MarkGoalReachedArgs,
  ): Promise<FollowUpStatus> {
    return this.followUps.markGoalReached(actor, args.youthId, args.goalKind);
  }

  @Query(() => FollowUpStatus, {
    nullable: true,
    description:
      "One young person's follow-up after a reached goal, for their coordinator (null while no goal is recorded)",
  })
  followUpOf(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
  ): Promise<FollowUpStatus | null> {
    return this.followUps.followUpOf(actor, youthId);
  }

  @Query(() => [FollowUpDue], {
    description:
      "The coordinator's young people with a follow-up reminder due after a reached goal",
  })
  followUpsDue(@CurrentAccount() actor: Account | null): Promise<FollowUpDue[]> {
    return this.followUps.followUpsDue(actor);
  }
}

/** A caseload entry's follow-up after a reached goal (null when no goal is recorded). */
@Resolver(() => CaseloadEntry)
export class CaseloadFollowUpResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @ResolveField(() => FollowUpStatus, { nullable: true })
  followUp(@Parent() entry: CaseloadEntry): Promise<FollowUpStatus | null> {
    if (entry.endedAt) return Promise.resolve(null);
    return this.followUps.statusForEntry(entry.youthId, entry.coordinatorId);
  }
}
