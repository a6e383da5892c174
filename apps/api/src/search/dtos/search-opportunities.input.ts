import {
  FieldErrorCode,
  findMunicipality,
  isAdaptation,
  findProgramme,
  findTrade,
  isIsoDate,
  LIMITS,
  OpportunityKind,
} from '@akselerator/domain';
import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { Satisfies } from '../../common/validation/satisfies.decorator';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  SOONEST = 'SOONEST',
  NEAREST = 'NEAREST',
}
registerEnumType(SearchSort, { name: 'SearchSort' });

const everyKnown = (lookup: (code: string) => unknown) => (value: unknown) =>
  value == null ||
  (Array.isArray(value) &&
    value.length <= 50 &&
    value.every((code) => typeof code === 'string' && lookup(code) !== undefined));
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const everyMonth = (value: unknown) =>
  value == null ||
  (Array.isArray(value) &&
    value.length <= 24 &&
    value.every((month) => typeof month === 'string' && MONTH.test(month)));
const optionalDate = (value: unknown) =>
  value == null || (typeof value === 'string' && isIsoDate(value));
const optionalNumberIn = (min: number, max: number) => (value: unknown) =>
  value == null ||
  (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max);

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  @Satisfies(FieldErrorCode.INVALID_COORDINATES, optionalNumberIn(-90, 90))
  latitude!: number;

  @Field(() => Float)
  @Satisfies(FieldErrorCode.INVALID_COORDINATES, optionalNumberIn(-180, 180))
  longitude!: number;
}

@InputType()
export class SearchOpportunitiesInput {
  @Field(() => String, { nullable: true })
  @Satisfies(
    FieldErrorCode.TOO_LONG,
    (value) =>
      value == null || (typeof value === 'string' && value.length <= LIMITS.searchQueryMax),
    {
      max: LIMITS.searchQueryMax,
    },
  )
  query?: string | null;

  @Field(() => [OpportunityKind], { nullable: true })
  kinds?: OpportunityKind[] | null;

  @Field(() => [String], { nullable: true })
  @Satisfies(FieldErrorCode.UNKNOWN_PROGRAMME, everyKnown(findProgramme))
  programmeCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Satisfies(FieldErrorCode.UNKNOWN_TRADE, everyKnown(findTrade))
  tradeCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Satisfies(FieldErrorCode.UNKNOWN_MUNICIPALITY, everyKnown(findMunicipality))
  municipalityCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'YYYY-MM: hospitering days, or the start, in any of these months',
  })
  @Satisfies(FieldErrorCode.INVALID_DATE, everyMonth)
  months?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Adaptation codes the workplace must offer (all of them)',
  })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    everyKnown((code) => (isAdaptation(code) ? code : undefined)),
  )
  adaptations?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only listings with a free seat (hospitering) or open places (other kinds)',
  })
  hasFreeSeats?: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @Satisfies(FieldErrorCode.INVALID_DATE, optionalDate)
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Satisfies(FieldErrorCode.INVALID_DATE, optionalDate)
  dateTo?: string | null;

  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'A point to measure distance from (school or home)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  near?: GeoPointInput | null;

  @Field(() => Float, { nullable: true })
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, optionalNumberIn(0.1, 500), { min: 0.1, max: 500 })
  maxDistanceKm?: number | null;

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE })
  sort: SearchSort = SearchSort.RELEVANCE;

  @Field(() => Int, { defaultValue: 20 })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => Number.isInteger(value) && optionalNumberIn(1, LIMITS.pageSizeMax)(value),
    {
      min: 1,
      max: LIMITS.pageSizeMax,
    },
  )
  first = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}
