import {
  findMunicipality,
  findTrade,
  FieldErrorCode,
  isAdaptation,
  isIsoDate,
  isStrength,
  LIMITS,
} from '@akselerator/domain';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { trim } from '../../common/input-transforms';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

export const isNumberIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** More codes than the fixed lists hold is not a form anyone filled in. */
const CODE_LIST_MAX = 40;
const isCodeList = (value: unknown, isKnown: (code: string) => boolean): boolean =>
  Array.isArray(value) &&
  value.length <= CODE_LIST_MAX &&
  value.every((code) => typeof code === 'string' && isKnown(code.trim()));

/** Adaptation codes the workplace offers; each must be on the fixed list. */
export function AdaptationCodes(): PropertyDecorator {
  return Satisfies(FieldErrorCode.UNKNOWN_ADAPTATION, (value) =>
    value == null ? true : isCodeList(value, isAdaptation),
  );
}

/** Strength codes the employer looks for; each must be on the fixed list. */
export function StrengthCodes(): PropertyDecorator {
  return Satisfies(FieldErrorCode.UNKNOWN_STRENGTH, (value) =>
    value == null ? true : isCodeList(value, isStrength),
  );
}

@InputType()
export class AddressInput {
  @Field()
  @Transform(trim)
  @TextLength({ max: LIMITS.streetMax })
  street!: string;

  @Field()
  @Transform(trim)
  @Satisfies(
    FieldErrorCode.INVALID_POSTAL_CODE,
    (value) => typeof value === 'string' && /^\d{4}$/.test(value),
  )
  postalCode!: string;

  @Field()
  @Transform(trim)
  @TextLength({ max: LIMITS.postalPlaceMax })
  postalPlace!: string;

  @Field({ description: 'Kommunenummer in Agder, e.g. 4204 for Kristiansand' })
  @Satisfies(
    FieldErrorCode.UNKNOWN_MUNICIPALITY,
    (value) => typeof value === 'string' && findMunicipality(value) !== undefined,
  )
  municipalityCode!: string;

  @Field(() => Float)
  @Satisfies(FieldErrorCode.INVALID_COORDINATES, (value) => isNumberIn(value, -90, 90))
  latitude!: number;

  @Field(() => Float)
  @Satisfies(FieldErrorCode.INVALID_COORDINATES, (value) => isNumberIn(value, -180, 180))
  longitude!: number;
}

@InputType()
export class SlotInput {
  @Field({ description: 'YYYY-MM-DD' })
  @Satisfies(FieldErrorCode.INVALID_DATE, (value) => typeof value === 'string' && isIsoDate(value))
  date!: string;

  @Field({ description: 'HH:MM' })
  @Satisfies(FieldErrorCode.INVALID_TIME, (value) => typeof value === 'string' && TIME.test(value))
  startTime!: string;

  @Field({ description: 'HH:MM' })
  @Satisfies(FieldErrorCode.INVALID_TIME, (value) => typeof value === 'string' && TIME.test(value))
  endTime!: string;

  @Field(() => Int)
  @Satisfies(
    FieldErrorCode.CAPACITY_OUT_OF_RANGE,
    (value) =>
      Number.isInteger(value) && isNumberIn(value, LIMITS.slotCapacityMin, LIMITS.slotCapacityMax),
    { min: LIMITS.slotCapacityMin, max: LIMITS.slotCapacityMax },
  )
  capacity!: number;
}

@InputType()
export class CreateHospiteringInput {
  @Field()
  @Transform(trim)
  @TextLength({ min: LIMITS.titleMin, max: LIMITS.titleMax })
  title!: string;

  @Field()
  @Transform(trim)
  @TextLength({ max: LIMITS.descriptionMax })
  description!: string;

  @Field({ description: 'What the pupil will do during the day' })
  @Transform(trim)
  @TextLength({ max: LIMITS.tasksMax })
  tasks!: string;

  @Field()
  @Transform(trim)
  @TextLength({ max: LIMITS.practicalInfoMax, required: false })
  practicalInfo!: string;

  @Field({ description: 'Lærefag code from the taxonomy; the programme follows from it' })
  @Satisfies(
    FieldErrorCode.UNKNOWN_TRADE,
    (value) => typeof value === 'string' && findTrade(value) !== undefined,
  )
  tradeCode!: string;

  @Field(() => AddressInput)
  @ValidateNested()
  @Type(() => AddressInput)
  address!: AddressInput;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; when pupils can start booking (default: at once)',
  })
  @Satisfies(
    FieldErrorCode.INVALID_DATE,
    (value) => value == null || (typeof value === 'string' && isIsoDate(value)),
  )
  bookingOpensOn?: string | null;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'Days before the day that pupils can still cancel online (0–14)',
  })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 14,
    {
      min: 0,
      max: 14,
    },
  )
  cancellationDeadlineDays: number = 1;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Adaptation codes (tilrettelegging) the workplace offers',
  })
  @AdaptationCodes()
  adaptationsOffered: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Strength codes the employer looks for' })
  @StrengthCodes()
  strengthsSought: string[] = [];

  @Field(() => [SlotInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.slotsMax, { context: { max: LIMITS.slotsMax } })
  @ValidateNested({ each: true })
  @Type(() => SlotInput)
  slots!: SlotInput[];
}
