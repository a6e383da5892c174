import { FieldErrorCode, LIMITS, OPPORTUNITY_TEXT_RULES } from '@akselerator/domain';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ValidateIf, ValidateNested } from 'class-validator';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';
import { trim } from '../../common/input-transforms';
import { AdaptationCodes, AddressInput, StrengthCodes } from './create-hospitering.input';
import { HoursPerWeek, IsoDateOrNull, KnownTrade, Places } from './opportunity-basics.input';

const given = (_object: object, value: unknown): boolean => value !== undefined;

/**
 * A change to an opportunity: a field left out stays as it is; null clears an optional field
 * (bookingOpensOn, and a simple job's startDate/applicationDeadline) and is refused for a required
 * one. Fields of another kind than the opportunity's are refused (NOT_FOR_THIS_KIND).
 */
@InputType()
export class UpdateOpportunityInput {
  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Transform(trim)
  @TextLength({ min: LIMITS.titleMin, max: LIMITS.titleMax })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Transform(trim)
  @TextLength({ max: LIMITS.descriptionMax })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Transform(trim)
  @TextLength({ max: LIMITS.tasksMax })
  tasks?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Transform(trim)
  @TextLength({ max: LIMITS.practicalInfoMax, required: false })
  practicalInfo?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => value !== null)
  @KnownTrade()
  tradeCode?: string | null;

  @Field(() => AddressInput, { nullable: true })
  @ValidateIf(given)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => value !== null)
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput | null;

  @Field(() => [String], { nullable: true })
  @AdaptationCodes()
  adaptationsOffered?: string[] | null;

  @Field(() => [String], { nullable: true })
  @StrengthCodes()
  strengthsSought?: string[] | null;

  @Field(() => String, { nullable: true, description: 'HOSPITERING; null: bookable at once' })
  @IsoDateOrNull()
  bookingOpensOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'HOSPITERING (0–14)' })
  @ValidateIf(given)
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 14,
    { min: 0, max: 14 },
  )
  cancellationDeadlineDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'APPRENTICESHIP' })
  @ValidateIf(given)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => value !== null)
  @Places()
  places?: number | null;

  @Field(() => String, { nullable: true, description: 'APPRENTICESHIP' })
  @ValidateIf(given)
  @Transform(trim)
  @TextLength({ max: OPPORTUNITY_TEXT_RULES.requirements.max, required: false })
  requirements?: string | null;

  @Field(() => String, { nullable: true, description: 'APPRENTICESHIP, SIMPLE_JOB (YYYY-MM-DD)' })
  @IsoDateOrNull()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'APPRENTICESHIP, SIMPLE_JOB (YYYY-MM-DD)' })
  @IsoDateOrNull()
  applicationDeadline?: string | null;

  @Field(() => Float, { nullable: true, description: 'SIMPLE_JOB' })
  @ValidateIf(given)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => value !== null)
  @HoursPerWeek()
  hoursPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'SIMPLE_JOB' })
  @ValidateIf(given)
  @Transform(trim)
  @TextLength({ max: OPPORTUNITY_TEXT_RULES.schedule.max, required: false })
  schedule?: string | null;
}
