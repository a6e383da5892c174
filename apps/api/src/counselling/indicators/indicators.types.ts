import { OpportunityKind } from '@akselerator/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import '../../opportunities/opportunity.entity';

/**
 * A count in a breakdown by school: exact from SMALL_NUMBER_LIMIT up, hidden as "<5" from 1 to 4
 * (a handful of pupils in one school can point at a person). Zero is shown: it names nobody.
 */
@ObjectType()
export class SmallCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when it is hidden' })
  value!: number | null;

  @Field({ description: 'What to show: the count, or "<5"' })
  display!: string;
}

@ObjectType({ description: 'Pupils in the school year of the month, and those with their days' })
export class HospiteringPoint {
  @Field({ description: 'YYYY-MM, the month in Norway' })
  month!: string;

  @Field(() => Int, { description: "Pupils in the cohorts of the month's school year" })
  pupils!: number;

  @Field(() => Int, {
    description: 'Pupils with the required days booked (distinct dates, seat-holding) by month end',
  })
  bookedRequired!: number;

  @Field(() => Int, { description: 'Pupils who attended the required days by month end' })
  attendedRequired!: number;
}

@ObjectType()
export class ProposalPoint {
  @Field()
  month!: string;

  @Field(() => Int, { description: 'Proposals made in the month' })
  made!: number;

  @Field(() => Int, { description: 'Proposals the young person accepted in the month' })
  accepted!: number;
}

@ObjectType()
export class KindCount {
  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Placements (proposals placed, applications accepted) by kind' })
export class PlacementPoint {
  @Field()
  month!: string;

  @Field(() => [KindCount], { description: 'Every kind, in a fixed order, zeros included' })
  byKind!: KindCount[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'Days from first contact to first offer, by month of the first offer' })
export class TimeToOfferPoint {
  @Field()
  month!: string;

  @Field(() => Int, { description: 'Young people whose first offer came in the month' })
  youths!: number;

  @Field(() => Float, { nullable: true, description: 'Median days; null without offers' })
  medianDays!: number | null;
}

@ObjectType({ description: "Coordinators' caseloads at the end of the month (now, this month)" })
export class LoadPoint {
  @Field()
  month!: string;

  @Field(() => Int)
  activeCaseloads!: number;

  @Field(() => Int, { description: 'Coordinators following at least one young person' })
  coordinators!: number;

  @Field(() => Float, { description: 'Active caseloads per coordinator with any, one decimal' })
  averagePerCoordinator!: number;

  @Field(() => Int)
  maxPerCoordinator!: number;

  @Field(() => Int, { description: 'Coordinators above the caseload maximum' })
  overMax!: number;
}

@ObjectType({ description: 'Key figures: now (pupils, load) or the last 12 months (the rest)' })
export class IndicatorTotals {
  @Field(() => Int)
  pupils!: number;

  @Field(() => Int)
  bookedRequired!: number;

  @Field(() => Int)
  attendedRequired!: number;

  @Field(() => Float, { description: 'Per cent of pupils, one decimal' })
  bookedShare!: number;

  @Field(() => Float, { description: 'Per cent of pupils, one decimal' })
  attendedShare!: number;

  @Field(() => Int)
  proposalsMade!: number;

  @Field(() => Int)
  proposalsAccepted!: number;

  @Field(() => Int)
  placements!: number;

  @Field(() => Int)
  youthsWithOffer!: number;

  @Field(() => Float, { nullable: true })
  medianDaysToOffer!: number | null;

  @Field(() => Int)
  activeCaseloads!: number;

  @Field(() => Int)
  coordinators!: number;

  @Field(() => Float)
  averagePerCoordinator!: number;

  @Field(() => Int)
  maxPerCoordinator!: number;

  @Field(() => Int)
  overMax!: number;
}

@ObjectType({ description: "One school's pupils this school year, small counts hidden" })
export class SchoolIndicator {
  @Field()
  schoolName!: string;

  @Field(() => SmallCount)
  pupils!: SmallCount;

  @Field(() => SmallCount)
  bookedRequired!: SmallCount;

  @Field(() => SmallCount)
  attendedRequired!: SmallCount;
}

@ObjectType({ description: "The programme's figures over the last 12 months; aggregates only" })
export class ProgrammeIndicators {
  @Field()
  generatedAt!: Date;

  @Field({ description: 'The current school year, e.g. 2026/27' })
  schoolYear!: string;

  @Field(() => Int, { description: 'Hospitering days a pupil should have (configuration)' })
  requiredDays!: number;

  @Field(() => Int, { description: 'Young people one coordinator follows at most' })
  caseloadMax!: number;

  @Field(() => [String], { description: 'The 12 months, oldest first (YYYY-MM)' })
  months!: string[];

  @Field(() => [HospiteringPoint])
  hospitering!: HospiteringPoint[];

  @Field(() => [ProposalPoint])
  proposals!: ProposalPoint[];

  @Field(() => [PlacementPoint])
  placements!: PlacementPoint[];

  @Field(() => [TimeToOfferPoint])
  timeToOffer!: TimeToOfferPoint[];

  @Field(() => [LoadPoint])
  coordinatorLoad!: LoadPoint[];

  @Field(() => IndicatorTotals)
  totals!: IndicatorTotals;

  @Field(() => [SchoolIndicator])
  schools!: SchoolIndicator[];
}
