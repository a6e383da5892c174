import { FieldErrorCode, findProgramme, findTrade, isIsoDate } from '@akselerator/domain';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Satisfies } from '../../common/validation/satisfies.decorator';
import { isUuid } from '../../common/uuid';

const optionalDate = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && isIsoDate(value));

/** When a cohort's pupils may book hospitering days on their own (both ends inclusive). */
@ObjectType()
export class CohortBookingWindow {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: no start limit' })
  opensOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: no end limit' })
  closesOn!: string | null;
}

@InputType()
export class SetCohortBookingWindowInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  cohortId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null for no start limit' })
  @Satisfies(FieldErrorCode.INVALID_DATE, optionalDate)
  opensOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD on or after opensOn, or null for no end limit',
  })
  @Satisfies(FieldErrorCode.INVALID_DATE, optionalDate)
  @Satisfies(FieldErrorCode.END_BEFORE_START, (value, object) => {
    const opensOn = (object as SetCohortBookingWindowInput).opensOn;
    return typeof value !== 'string' || typeof opensOn !== 'string' || value >= opensOn;
  })
  closesOn?: string | null;
}

/** The programme's booking rules, from the configuration. */
@ObjectType()
export class BookingRules {
  @Field(() => Int, { description: 'Hospitering days a 10th grader should have per school year' })
  requiredHospiteringDays!: number;
}

/** An upcoming hospitering day with free seats, for a counsellor booking on a pupil's behalf. */
@ObjectType()
export class BookableDay {
  @Field(() => ID)
  slotId!: string;

  @Field(() => ID)
  opportunityId!: string;

  @Field()
  title!: string;

  @Field()
  employerName!: string;

  @Field()
  programmeCode!: string;

  @Field()
  tradeCode!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  endTime!: string;

  @Field(() => Int)
  seatsLeft!: number;
}

@InputType()
export class BookableDaysFilter {
  @Field(() => String, { nullable: true })
  @Satisfies(
    FieldErrorCode.UNKNOWN_PROGRAMME,
    (value) =>
      value === null ||
      value === undefined ||
      (typeof value === 'string' && findProgramme(value) !== undefined),
  )
  programmeCode?: string | null;

  @Field(() => String, { nullable: true })
  @Satisfies(
    FieldErrorCode.UNKNOWN_TRADE,
    (value) =>
      value === null ||
      value === undefined ||
      (typeof value === 'string' && findTrade(value) !== undefined),
  )
  tradeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  @Satisfies(
    FieldErrorCode.INVALID_DATE,
    (value) =>
      value === null ||
      value === undefined ||
      (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value) && isIsoDate(`${value}-01`)),
  )
  month?: string | null;
}
