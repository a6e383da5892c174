import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';

// The rules (dates, counts, duplicates, which slots) are checked by the service, which answers
// with the field that breaks them; Allow lets the fields through the whitelisting pipe.

@InputType()
export class OpenAllocationRoundInput {
  @Allow()
  @Field(() => ID)
  cohortId!: string;

  @Allow()
  @Field({ description: 'e.g. "Hospitering uke 10"' })
  title!: string;

  @Allow()
  @Field(() => [ID], { description: 'The hospitering days offered in the round' })
  slotIds!: string[];

  @Allow()
  @Field({ description: 'YYYY-MM-DD: the last day pupils can rank' })
  choicesDeadline!: string;

  @Allow()
  @Field(() => Int, {
    nullable: true,
    description: 'Days per pupil, on different dates (default 2)',
  })
  daysPerPupil?: number | null;

  @Allow()
  @Field(() => Int, {
    nullable: true,
    description: 'Least number of places a pupil ranks (default 3)',
  })
  minChoices?: number | null;
}

@InputType()
export class RankChoicesInput {
  @Allow()
  @Field(() => ID)
  roundId!: string;

  @Allow()
  @Field(() => [ID], { description: 'Slot ids, most wanted first' })
  slotIds!: string[];
}
