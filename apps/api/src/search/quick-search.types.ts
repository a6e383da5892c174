import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OpportunityHit } from './opportunity-search.types';

@ObjectType()
export class EmployerHit {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  municipalityNames!: string[];

  @Field(() => Int, { description: 'Published listings' })
  openings!: number;
}

@ObjectType()
export class TradeHit {
  @Field({ description: 'Trade code, as in the tradeCodes filter' })
  code!: string;

  @Field()
  label!: string;

  @Field()
  programmeCode!: string;

  @Field()
  programmeLabel!: string;
}

@ObjectType()
export class QuickSearchResult {
  @Field(() => [OpportunityHit])
  opportunities!: OpportunityHit[];

  @Field(() => [EmployerHit])
  employers!: EmployerHit[];

  @Field(() => [TradeHit])
  trades!: TradeHit[];

  @Field({ description: 'True when Meilisearch was unavailable and Postgres answered instead' })
  degraded!: boolean;
}
