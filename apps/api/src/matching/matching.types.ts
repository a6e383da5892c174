import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Opportunity } from '../opportunities/opportunity.entity';

@ObjectType()
export class MatchReason {
  @Field()
  code!: string;

  @Field({ description: 'Norwegian (bokmål), shown as a reason chip' })
  text!: string;

  @Field()
  textEn!: string;
}

@ObjectType()
export class Recommendation {
  @Field(() => Opportunity)
  opportunity!: Opportunity;

  @Field(() => Float, { description: '0..1' })
  score!: number;

  @Field(() => [MatchReason])
  reasons!: MatchReason[];
}

@ObjectType()
export class RecommendationList {
  @Field(() => [Recommendation])
  items!: Recommendation[];

  @Field({ description: 'False until the youth has told us at least one interest' })
  hasProfile!: boolean;
}

@ObjectType()
export class RankedCandidate {
  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => [MatchReason])
  reasons!: MatchReason[];

  @Field(() => Int, { nullable: true, description: 'Days since the last offer (or first contact)' })
  daysWithoutOffer!: number | null;

  @Field({ description: 'Waited more than 8 weeks without an offer' })
  pastEightWeeks!: boolean;
}
