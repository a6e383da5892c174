import {
  APPRENTICESHIP_PLACES,
  checkHoursPerWeek,
  FieldErrorCode,
  findTrade,
  isIsoDate,
  LIMITS,
  OPPORTUNITY_TEXT_RULES,
} from '@akselerator/domain';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';
import { trim } from '../../common/input-transforms';
import { AdaptationCodes, AddressInput, StrengthCodes } from './create-hospitering.input';

/** YYYY-MM-DD when given; null and absent are left to the service (required or optional). */
export function IsoDateOrNull(): PropertyDecorator {
  return Satisfies(
    FieldErrorCode.INVALID_DATE,
    (value) => value == null || (typeof value === 'string' && isIsoDate(value)),
  );
}

export function Places(): PropertyDecorator {
  const { min, max } = APPRENTICESHIP_PLACES;
  return Satisfies(
    FieldErrorCode.CAPACITY_OUT_OF_RANGE,
    (value) => value === undefined || (Number.isInteger(value) && isIn(value, min, max)),
    { min, max },
  );
}

export function HoursPerWeek(): PropertyDecorator {
  return Satisfies(
    FieldErrorCode.HOURS_OUT_OF_RANGE,
    (value) =>
      value === undefined || (typeof value === 'number' && checkHoursPerWeek(value) === undefined),
  );
}

function isIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
}

export function KnownTrade(): PropertyDecorator {
  return Satisfies(
    FieldErrorCode.UNKNOWN_TRADE,
    (value) => value === undefined || (typeof value === 'string' && findTrade(value) !== undefined),
  );
}

/** The fields every kind of opportunity shares, as the create forms send them. */
@InputType({ isAbstract: true })
export abstract class OpportunityBasicsInput {
  @Field()
  @Transform(trim)
  @TextLength({ min: LIMITS.titleMin, max: LIMITS.titleMax })
  title!: string;

  @Field()
  @Transform(trim)
  @TextLength({ max: LIMITS.descriptionMax })
  description!: string;

  @Field({ description: 'What the young person will do' })
  @Transform(trim)
  @TextLength({ max: LIMITS.tasksMax })
  tasks!: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @TextLength({ max: LIMITS.practicalInfoMax, required: false })
  practicalInfo: string = '';

  @Field({ description: 'Lærefag code from the taxonomy; the programme follows from it' })
  @KnownTrade()
  tradeCode!: string;

  @Field(() => AddressInput)
  @ValidateNested()
  @Type(() => AddressInput)
  address!: AddressInput;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Adaptation codes (tilrettelegging) the workplace offers',
  })
  @AdaptationCodes()
  adaptationsOffered: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Strength codes the employer looks for' })
  @StrengthCodes()
  strengthsSought: string[] = [];
}

/** Lærlingplass. Dates are YYYY-MM-DD; the deadline must be on or before the start. */
@InputType()
export class CreateApprenticeshipInput extends OpportunityBasicsInput {
  @Field(() => Int, { description: 'Number of apprentices taken on (1–500)' })
  @Places()
  places!: number;

  @Field({ description: 'YYYY-MM-DD' })
  @IsoDateOrNull()
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD, on or before startDate' })
  @IsoDateOrNull()
  applicationDeadline!: string;

  @Field({ defaultValue: '', description: 'What is expected of an applicant, e.g. Vg2 passed' })
  @Transform(trim)
  @TextLength({ max: OPPORTUNITY_TEXT_RULES.requirements.max, required: false })
  requirements: string = '';
}

/** Enkel jobb: no formal qualification asked. */
@InputType()
export class CreateSimpleJobInput extends OpportunityBasicsInput {
  @Field(() => Float, { description: 'More than 0 and at most 40, in tenths' })
  @HoursPerWeek()
  hoursPerWeek!: number;

  @Field({ defaultValue: '', description: 'When the work happens, e.g. "Tirsdager 15–18"' })
  @Transform(trim)
  @TextLength({ max: OPPORTUNITY_TEXT_RULES.schedule.max, required: false })
  schedule: string = '';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: by agreement' })
  @IsoDateOrNull()
  startDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; null: open until filled. On or before startDate when both are set',
  })
  @IsoDateOrNull()
  applicationDeadline?: string | null;
}
