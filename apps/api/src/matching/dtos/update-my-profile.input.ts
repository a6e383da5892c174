import {
  findMunicipality,
  findProgramme,
  findTrade,
  isAdaptation,
  isIsoDate,
  isStrength,
  FieldErrorCode,
  OpportunityKind,
} from '@akselerator/domain';
import { Field, Float, InputType } from '@nestjs/graphql';
import { Satisfies } from '../../common/validation/satisfies.decorator';

const listOf =
  (check: (code: string) => boolean, max = 30) =>
  (value: unknown) =>
    Array.isArray(value) &&
    value.length <= max &&
    value.every((item) => typeof item === 'string' && check(item));
const optionalMunicipality = (value: unknown) =>
  value == null || (typeof value === 'string' && findMunicipality(value) !== undefined);

@InputType()
export class UpdateMyProfileInput {
  @Field(() => [String])
  @Satisfies(
    FieldErrorCode.UNKNOWN_PROGRAMME,
    listOf((code) => findProgramme(code) !== undefined, 10),
  )
  programmeCodes!: string[];

  @Field(() => [String])
  @Satisfies(FieldErrorCode.UNKNOWN_TRADE, listOf((code) => findTrade(code) !== undefined))
  tradeCodes!: string[];

  @Field(() => [String], { defaultValue: [] })
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, listOf(isStrength))
  strengths: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, listOf(isAdaptation))
  adaptationsNeeded: string[] = [];

  @Field(() => [OpportunityKind], { defaultValue: [] })
  kindsWanted: OpportunityKind[] = [];

  @Field(() => String, { nullable: true })
  @Satisfies(FieldErrorCode.UNKNOWN_MUNICIPALITY, optionalMunicipality)
  homeMunicipalityCode?: string | null;

  @Field(() => String, { nullable: true })
  @Satisfies(FieldErrorCode.UNKNOWN_MUNICIPALITY, optionalMunicipality)
  schoolMunicipalityCode?: string | null;

  @Field(() => Float, { nullable: true })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => value == null || (typeof value === 'number' && value >= 1 && value <= 300),
    {
      min: 1,
      max: 300,
    },
  )
  maxTravelKm?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; used only for age limits' })
  @Satisfies(
    FieldErrorCode.INVALID_DATE,
    (value) => value == null || (typeof value === 'string' && isIsoDate(value)),
  )
  birthDate?: string | null;

  @Field({
    defaultValue: false,
    description: 'May counsellors and employers see me as a candidate?',
  })
  consentToBeProposed: boolean = false;
}
