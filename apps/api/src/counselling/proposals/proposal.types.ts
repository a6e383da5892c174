import { ApplicationSharedField, ProposalDeclineReason, ProposalStatus } from '@akselerator/domain';
import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SharedProfile } from '../../applications/shared-profile';
import { MatchReason } from '../../matching/matching.types';
import { Opportunity } from '../../opportunities/opportunity.entity';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(ProposalDeclineReason, { name: 'ProposalDeclineReason' });

/** What the ranking of opportunities for a young person was based on. */
export enum ProposalRankingBasis {
  /** The young person's own matching profile (interests, strengths, home, travel). */
  MATCHING_PROFILE = 'MATCHING_PROFILE',
  /** No matching profile: the counsellor's strength-based mapping (interests, strengths, adaptations). */
  STRENGTH_MAPPING = 'STRENGTH_MAPPING',
  /** Neither: local demand and distance from Kristiansand only; ask the young person first. */
  LOCAL_DEMAND = 'LOCAL_DEMAND',
}
registerEnumType(ProposalRankingBasis, { name: 'ProposalRankingBasis' });

@ObjectType()
export class ProposableOpportunity {
  @Field(() => Opportunity)
  opportunity!: Opportunity;

  @Field(() => Float, { description: '0..1' })
  score!: number;

  @Field(() => [MatchReason])
  reasons!: MatchReason[];

  @Field({ description: 'This young person already has an open proposal for it' })
  alreadyProposed!: boolean;
}

@ObjectType()
export class ProposableOpportunityList {
  @Field(() => ID)
  youthId!: string;

  @Field({ description: "The young person's name, for the counsellor's page" })
  youthName!: string;

  @Field(() => ProposalRankingBasis)
  basis!: ProposalRankingBasis;

  @Field(() => [ProposableOpportunity])
  items!: ProposableOpportunity[];
}

@ObjectType()
export class ProposalEvent {
  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field({ description: 'YOUTH, COUNSELLOR or EMPLOYER' })
  actorRole!: string;

  @Field()
  at!: Date;
}

/** A proposal as the young person and their counsellors see it. */
@ObjectType()
export class MatchProposal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youthId!: string;

  @Field()
  youthName!: string;

  @Field(() => Opportunity)
  opportunity!: Opportunity;

  @Field(() => String, { nullable: true, description: 'Null when the account is gone' })
  counsellorName!: string | null;

  @Field(() => String, { nullable: true, description: "The counsellor's school or NAV office" })
  counsellorOrganisation!: string | null;

  @Field({ description: "The counsellor's personal message" })
  message!: string;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field({ description: 'The status in Norwegian' })
  statusLabel!: string;

  @Field(() => ProposalDeclineReason, { nullable: true })
  declineReason!: ProposalDeclineReason | null;

  @Field(() => String, {
    nullable: true,
    description: "The youth's optional words with the answer",
  })
  youthNote!: string | null;

  @Field(() => [ApplicationSharedField], { description: 'What the youth agreed to share' })
  sharedFields!: ApplicationSharedField[];

  @Field(() => String, { nullable: true })
  employerMessage!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  employerAnsweredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  placedAt!: Date | null;

  @Field(() => [ProposalEvent])
  history!: ProposalEvent[];
}

/** A candidate from an accepted proposal, as the employer sees it: only what the youth shared. */
@ObjectType()
export class EmployerProposal {
  @Field(() => ID)
  id!: string;

  @Field(() => Opportunity)
  opportunity!: Opportunity;

  @Field(() => SharedProfile, {
    description: 'Exactly the fields the young person agreed to share',
  })
  candidate!: SharedProfile;

  @Field(() => String, { nullable: true })
  counsellorName!: string | null;

  @Field(() => String, { nullable: true })
  counsellorOrganisation!: string | null;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field()
  statusLabel!: string;

  @Field(() => String, { nullable: true })
  employerMessage!: string | null;

  @Field({ description: 'When the young person said yes' })
  answeredAt!: Date;

  @Field(() => Date, { nullable: true })
  employerAnsweredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  placedAt!: Date | null;
}
