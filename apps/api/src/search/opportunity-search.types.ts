import { OpportunityKind } from '@akselerator/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class OpportunityHit {
  @Field(() => ID)
  id!: string;

  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field()
  title!: string;

  @Field({
    nullable: true,
    description: 'Title as HTML-escaped text with <mark> around matched words',
  })
  highlightedTitle?: string;

  @Field()
  employerName!: string;

  @Field()
  programmeCode!: string;

  @Field()
  tradeCode!: string;

  @Field()
  municipalityCode!: string;

  @Field()
  municipalityName!: string;

  @Field(() => String, { nullable: true })
  nextDate!: string | null;

  @Field(() => Int)
  seatsLeft!: number;

  @Field(() => Float, { nullable: true })
  distanceKm!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; apprenticeships and jobs' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; last day to apply' })
  applicationDeadline!: string | null;

  @Field(() => Float, { nullable: true, description: 'Simple jobs: hours per week' })
  hoursPerWeek!: number | null;

  @Field(() => [String], { description: 'Adaptation codes the workplace offers' })
  adaptations!: string[];
}

@ObjectType()
export class FacetValue {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class Facet {
  @Field({
    description:
      'kind, programmeCode, tradeCode, municipalityCode, months (YYYY-MM), adaptations or hasFreeSeats (true/false)',
  })
  attribute!: string;

  @Field(() => [FacetValue])
  values!: FacetValue[];
}

@ObjectType()
export class OpportunitySearchResult {
  @Field(() => [OpportunityHit])
  hits!: OpportunityHit[];

  @Field(() => Int)
  totalHits!: number;

  @Field(() => [Facet])
  facets!: Facet[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'True when Meilisearch was unavailable and Postgres answered instead' })
  degraded!: boolean;
}
