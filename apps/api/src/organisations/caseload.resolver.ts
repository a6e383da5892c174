import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { CaseloadService } from './caseload.service';
import { CaseloadEntry, YouthOverview } from './dtos/organisation.types';
import { YouthOverviewService } from './youth-overview.service';

/** Coordinators' caseloads and a young person's page for those who follow them. */
@Resolver()
export class CaseloadResolver {
  constructor(
    private readonly caseloads: CaseloadService,
    private readonly overviews: YouthOverviewService,
  ) {}

  @Query(() => [CaseloadEntry], { description: "The coordinator's active caseload" })
  myCaseload(@CurrentAccount() actor: Account | null): Promise<CaseloadEntry[]> {
    return this.caseloads.myCaseload(actor);
  }

  @Mutation(() => CaseloadEntry, {
    description:
      'A coordinator takes a young person into their caseload; an office lead may name the coordinator',
  })
  assignCoordinator(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('coordinatorId', { type: () => ID, nullable: true }) coordinatorId: string | null,
  ): Promise<CaseloadEntry> {
    return this.caseloads.assignCoordinator(actor, youthId, coordinatorId ?? null);
  }

  @Mutation(() => CaseloadEntry, { description: "Ends the young person's follow-up" })
  endFollowUp(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
  ): Promise<CaseloadEntry> {
    return this.caseloads.endFollowUp(actor, youthId);
  }

  @Query(() => YouthOverview, {
    nullable: true,
    description:
      "A young person's page for their school counsellor or coordinator (audited); null when not allowed",
  })
  youthOverview(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('purpose', {
      type: () => String,
      nullable: true,
      description: 'Why you open it (logged)',
    })
    purpose: string | null,
  ): Promise<YouthOverview | null> {
    return this.overviews.youthOverview(actor, youthId, purpose ?? null);
  }
}
