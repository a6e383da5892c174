import { FieldErrorCode, isIsoDate, LIMITS, Weekday } from '@akselerator/domain';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Satisfies } from '../../common/validation/satisfies.decorator';
import { Opportunity } from '../opportunity.entity';
import { isNumberIn, TIME } from './create-hospitering.input';

registerEnumType(Weekday, { name: 'Weekday' });

/** "Every Tuesday and Thursday in March, 09:00–14:00, 4 seats": at most 200 days at once. */
@InputType()
export class SlotPatternInput {
  @Field(() => [Weekday])
  weekdays!: Weekday[];

  @Field({ description: 'YYYY-MM-DD, first day of the period (inclusive), not in the past' })
  @Satisfies(FieldErrorCode.INVALID_DATE, (value) => typeof value === 'string' && isIsoDate(value))
  fromDate!: string;

  @Field({ description: 'YYYY-MM-DD, last day of the period (inclusive)' })
  @Satisfies(FieldErrorCode.INVALID_DATE, (value) => typeof value === 'string' && isIsoDate(value))
  toDate!: string;

  @Field({ description: 'HH:MM' })
  @Satisfies(FieldErrorCode.INVALID_TIME, (value) => typeof value === 'string' && TIME.test(value))
  startTime!: string;

  @Field({ description: 'HH:MM' })
  @Satisfies(FieldErrorCode.INVALID_TIME, (value) => typeof value === 'string' && TIME.test(value))
  endTime!: string;

  @Field(() => Int, { description: 'Seats on each day' })
  @Satisfies(
    FieldErrorCode.CAPACITY_OUT_OF_RANGE,
    (value) =>
      Number.isInteger(value) && isNumberIn(value, LIMITS.slotCapacityMin, LIMITS.slotCapacityMax),
    { min: LIMITS.slotCapacityMin, max: LIMITS.slotCapacityMax },
  )
  capacity!: number;
}

@ObjectType()
export class AddSlotsResult {
  @Field(() => Opportunity)
  opportunity!: Opportunity;

  @Field(() => [String], { description: 'Days created (YYYY-MM-DD), in date order' })
  createdDates!: string[];

  @Field(() => [String], {
    description: 'Days in the pattern that already had a day; those were left as they were',
  })
  skippedDates!: string[];
}
