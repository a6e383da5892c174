import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { UpdateMyProfileInput } from './dtos/update-my-profile.input';
import { RankedCandidate, RecommendationList } from './matching.types';
import { RecommendationsService } from './recommendations.service';
import { YouthProfileRecord } from './youth-profile.entity';
import { YouthProfileService } from './youth-profile.service';

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly profiles: YouthProfileService,
    private readonly recommendations: RecommendationsService,
  ) {}

  @Query(() => YouthProfileRecord, {
    nullable: true,
    description: "The signed-in youth's matching profile",
  })
  myProfile(@CurrentAccount() actor: Account | null): Promise<YouthProfileRecord | null> {
    return this.profiles.getOwn(actor);
  }

  @Mutation(() => YouthProfileRecord)
  updateMyProfile(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: UpdateMyProfileInput,
  ): Promise<YouthProfileRecord> {
    return this.profiles.updateOwn(actor, input);
  }

  @Query(() => RecommendationList, {
    description: 'Anbefalt for deg: places for the signed-in youth, with reasons',
  })
  recommendedOpportunities(
    @CurrentAccount() actor: Account | null,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<RecommendationList> {
    return this.recommendations.recommendFor(actor, Math.min(Math.max(first, 1), 50));
  }

  @Query(() => [RankedCandidate], {
    description:
      "Consenting youths, best first: for the employer's own opportunity, or for a counsellor on a published one (only the young people the counsellor may see; audited)",
  })
  rankedCandidates(
    @CurrentAccount() actor: Account | null,
    @Args('opportunityId', { type: () => ID }) opportunityId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<RankedCandidate[]> {
    return this.recommendations.candidatesFor(
      actor,
      opportunityId,
      Math.min(Math.max(first, 1), 100),
    );
  }

  @Query(() => String, {
    nullable: true,
    description:
      "Why a published opportunity is missing from a young person's recommendations (the filter reason in Norwegian), or null when it passes the filters: for the youth and counsellors who may see them (audited)",
  })
  whyNotRecommended(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('opportunityId', { type: () => ID }) opportunityId: string,
  ): Promise<string | null> {
    return this.recommendations.whyNotRecommended(actor, youthId, opportunityId);
  }
}
