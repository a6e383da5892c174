import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { Application } from './application.entity';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationStatusChange } from './application-status-change.entity';
import { ApplicationsService } from './applications.service';
import { ApplyToOpportunityInput } from './dtos/apply-to-opportunity.input';
import { MoveApplicationInput } from './dtos/move-application.input';

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly review: ApplicationReviewService,
  ) {}

  @Mutation(() => Application, {
    description:
      'A youth applies to a published apprenticeship or simple job (or re-opens a withdrawn application)',
  })
  applyToOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: ApplyToOpportunityInput,
  ): Promise<Application> {
    return this.applications.apply(actor, input);
  }

  @Mutation(() => Application, { description: 'The youth withdraws their own open application' })
  withdrawApplication(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Application> {
    return this.applications.withdraw(actor, id);
  }

  @Mutation(() => Application, {
    description: 'The youth accepts an offer (OFFERED → ACCEPTED) while places are left',
  })
  acceptOffer(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Application> {
    return this.applications.acceptOffer(actor, id);
  }

  @Mutation(() => Application, {
    description: 'The employer moves an application on one of its opportunities, or declines it',
  })
  moveApplication(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: MoveApplicationInput,
  ): Promise<Application> {
    return this.review.move(actor, input);
  }

  @Query(() => [Application], { description: "The signed-in youth's applications, newest first" })
  myApplications(@CurrentAccount() actor: Account | null): Promise<Application[]> {
    return this.applications.listOwn(actor);
  }

  @Query(() => [Application], {
    description: "Applications on one of the employer's own opportunities, newest first",
  })
  applicationsForOpportunity(
    @CurrentAccount() actor: Account | null,
    @Args('opportunityId', { type: () => ID }) opportunityId: string,
  ): Promise<Application[]> {
    return this.review.listForOpportunity(actor, opportunityId);
  }

  @Query(() => Application, { description: 'One application, for its youth or its employer' })
  application(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Application> {
    return this.review.findVisible(actor, id);
  }

  @ResolveField(() => [ApplicationStatusChange], {
    description: 'Every status change, oldest first, with who and when',
  })
  history(@Parent() application: Application): Promise<ApplicationStatusChange[]> {
    return this.review.history(application);
  }
}
