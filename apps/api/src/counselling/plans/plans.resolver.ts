import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../../identity/account.entity';
import { CurrentAccount } from '../../identity/current-account.decorator';
import { MyPlan, Plan, StrengthMapping } from './dtos/plan.types';
import { MilestoneInput, SavePlanInput, StrengthMappingInput } from './dtos/plan.inputs';
import { MilestonesService } from './milestones.service';
import { PlansService } from './plans.service';
import { StrengthMappingService } from './strength-mapping.service';

/** The strength-based mapping and the individual plan (issue 8 §2). */
@Resolver()
export class PlansResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly milestones: MilestonesService,
    private readonly mappings: StrengthMappingService,
  ) {}

  @Query(() => Plan, {
    nullable: true,
    description:
      "A young person's plan, for the youth, their coordinator or school counsellor (audited); null when none yet",
  })
  plan(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
  ): Promise<Plan | null> {
    return this.plans.plan(actor, youthId);
  }

  @Query(() => MyPlan, { description: "The signed-in youth's plan, mapping and coordinator" })
  myPlan(@CurrentAccount() actor: Account | null): Promise<MyPlan> {
    return this.plans.myPlan(actor);
  }

  @Query(() => StrengthMapping, {
    nullable: true,
    description: "A young person's strength-based mapping (audited); null when none yet",
  })
  strengthMapping(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
  ): Promise<StrengthMapping | null> {
    return this.mappings.read(actor, youthId);
  }

  @Mutation(() => StrengthMapping, {
    description: "The coordinator saves the young person's mapping (never diagnoses or health)",
  })
  saveStrengthMapping(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('input') input: StrengthMappingInput,
  ): Promise<StrengthMapping> {
    return this.mappings.save(actor, youthId, input);
  }

  @Mutation(() => Plan, {
    description: 'The coordinator creates the plan or changes its goal and start',
  })
  savePlan(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('input') input: SavePlanInput,
  ): Promise<Plan> {
    return this.plans.save(actor, youthId, input);
  }

  @Mutation(() => Plan, { description: 'The coordinator adds a milestone at the end of the plan' })
  addMilestone(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('input') input: MilestoneInput,
  ): Promise<Plan> {
    return this.milestones.add(actor, youthId, input);
  }

  @Mutation(() => Plan, {
    description: "The coordinator changes a milestone's title, date or owner",
  })
  updateMilestone(
    @CurrentAccount() actor: Account | null,
    @Args('milestoneId', { type: () => ID }) milestoneId: string,
    @Args('input') input: MilestoneInput,
  ): Promise<Plan> {
    return this.milestones.update(actor, milestoneId, input);
  }

  @Mutation(() => Plan, { description: 'The coordinator removes a milestone' })
  removeMilestone(
    @CurrentAccount() actor: Account | null,
    @Args('milestoneId', { type: () => ID }) milestoneId: string,
  ): Promise<Plan> {
    return this.milestones.remove(actor, milestoneId);
  }

  @Mutation(() => Plan, {
    description: 'The youth or the coordinator marks a milestone done (or not done after all)',
  })
  setMilestoneDone(
    @CurrentAccount() actor: Account | null,
    @Args('milestoneId', { type: () => ID }) milestoneId: string,
    @Args('done') done: boolean,
  ): Promise<Plan> {
    return this.milestones.setDone(actor, milestoneId, done);
  }

  @Mutation(() => Plan, { description: 'The youth or the coordinator writes a note on the plan' })
  addPlanComment(
    @CurrentAccount() actor: Account | null,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('body') body: string,
  ): Promise<Plan> {
    return this.plans.addComment(actor, planId, body);
  }
}
