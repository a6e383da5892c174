import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { Opportunity } from '../opportunities/opportunity.entity';
import { Application } from './application.entity';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationsService } from './applications.service';

/** Application fields on `Opportunity`: checked here, where the data is loaded, not by the parent. */
@Resolver(() => Opportunity)
export class OpportunityApplicationsResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly review: ApplicationReviewService,
  ) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "Applications received (withdrawn ones left out); only for the employer's own members, null for anyone else",
  })
  applicationsCount(
    @CurrentAccount() actor: Account | null,
    @Parent() opportunity: Opportunity,
  ): Promise<number | null> {
    return this.review.countFor(actor, opportunity);
  }

  @ResolveField(() => Application, {
    nullable: true,
    description: "The signed-in youth's own application to this opportunity, if any",
  })
  myApplication(
    @CurrentAccount() actor: Account | null,
    @Parent() opportunity: Opportunity,
  ): Promise<Application | null> {
    return this.applications.findOwnFor(actor, opportunity.id);
  }
}
