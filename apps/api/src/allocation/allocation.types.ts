import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AllocationRoundStatus {
  OPEN = 'OPEN',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(AllocationRoundStatus, { name: 'AllocationRoundStatus' });

@ObjectType({ description: 'A hospitering day offered in a round' })
export class RoundSlot {
  @Field(() => ID)
  slotId!: string;

  @Field(() => ID)
  opportunityId!: string;

  @Field()
  title!: string;

  @Field()
  employerName!: string;

  @Field()
  tradeCode!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  endTime!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  seatsLeft!: number;
}

@ObjectType({ description: "A pupil of the round's cohort and how far they are" })
export class RoundPupil {
  @Field(() => ID)
  youthId!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'How many places the pupil has ranked (0: not yet)' })
  choicesCount!: number;
}

@ObjectType()
export class AllocationRound {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => ID)
  cohortId!: string;

  @Field()
  cohortName!: string;

  @Field(() => AllocationRoundStatus)
  status!: AllocationRoundStatus;

  @Field({ description: 'YYYY-MM-DD: the last day pupils can rank' })
  choicesDeadline!: string;

  @Field(() => Int)
  daysPerPupil!: number;

  @Field(() => Int, { description: 'A pupil ranks at least this many places' })
  minChoices!: number;

  @Field(() => Int, { description: 'A pupil ranks at most this many places' })
  maxChoices!: number;

  @Field(() => Float, { description: 'The lottery seed, drawn from the round id' })
  seed!: number;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => [RoundSlot])
  slots!: RoundSlot[];

  @Field(() => [RoundPupil])
  pupils!: RoundPupil[];
}

@ObjectType({ description: 'A day a pupil got, with why in plain words' })
export class AssignedDay {
  @Field(() => ID)
  slotId!: string;

  @Field(() => Int, { description: "1 for the pupil's first choice" })
  rank!: number;

  @Field()
  title!: string;

  @Field()
  employerName!: string;

  @Field()
  date!: string;

  @Field()
  startTime!: string;

  @Field()
  endTime!: string;

  @Field({ description: 'Bokmål' })
  reason!: string;

  @Field()
  reasonEn!: string;

  @Field(() => ID, { nullable: true, description: 'Set once the round is published' })
  bookingId!: string | null;
}

@ObjectType()
export class PupilAllocation {
  @Field(() => ID)
  youthId!: string;

  @Field()
  name!: string;

  @Field(() => [AssignedDay])
  days!: AssignedDay[];

  @Field(() => String, { nullable: true, description: 'Why the pupil got fewer days, if so' })
  shortfall!: string | null;

  @Field(() => String, { nullable: true })
  shortfallEn!: string | null;
}

@ObjectType()
export class AllocationReport {
  @Field()
  algorithm!: string;

  @Field(() => Float)
  seed!: number;

  @Field(() => Int)
  pupils!: number;

  @Field(() => Int)
  pupilsFullyAssigned!: number;

  @Field(() => Int)
  pupilsPartiallyAssigned!: number;

  @Field(() => Int)
  pupilsUnassigned!: number;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int)
  seatsAssigned!: number;

  @Field(() => Int)
  seatsLeft!: number;

  @Field(() => [Int], { description: "[k]: days given that were the pupil's (k + 1)-th choice" })
  rankDistribution!: number[];

  @Field(() => Int, { description: 'Pupils whose first choice is among their days' })
  gotFirstChoice!: number;

  @Field(() => Int, { description: 'Pupils whose second choice is among their days' })
  gotSecondChoice!: number;

  @Field(() => Int, { description: 'Must be 0' })
  blockingPairs!: number;

  @Field(() => Float)
  runTimeMs!: number;
}

@ObjectType()
export class AllocationPreview {
  @Field(() => ID)
  roundId!: string;

  @Field(() => AllocationRoundStatus)
  status!: AllocationRoundStatus;

  @Field(() => AllocationReport)
  report!: AllocationReport;

  @Field(() => [PupilAllocation])
  pupils!: PupilAllocation[];

  @Field(() => Int, { description: 'Bookings made by this call (0 for a preview)' })
  bookingsCreated!: number;
}

@ObjectType({
  description: "A round as its pupil sees it: the places, the pupil's own ranking and result",
})
export class PupilRound {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => AllocationRoundStatus)
  status!: AllocationRoundStatus;

  @Field()
  choicesDeadline!: string;

  @Field(() => Boolean, { description: 'False after the deadline or once published' })
  canRank!: boolean;

  @Field(() => Int)
  daysPerPupil!: number;

  @Field(() => Int)
  minChoices!: number;

  @Field(() => Int)
  maxChoices!: number;

  @Field(() => [RoundSlot])
  slots!: RoundSlot[];

  @Field(() => [ID], { description: 'Slot ids, most wanted first' })
  myRanking!: string[];

  @Field(() => [ID], {
    description:
      "The round's days ordered by the pupil's recommendations (empty without a profile)",
  })
  suggestedRanking!: string[];

  @Field(() => [AssignedDay], { description: 'Empty until the round is published' })
  assignedDays!: AssignedDay[];

  @Field(() => String, { nullable: true })
  shortfall!: string | null;

  @Field(() => String, { nullable: true })
  shortfallEn!: string | null;
}
