import {
  CLASS_CODE_DEFAULT_VALID_DAYS,
  CLASS_CODE_MAX_VALID_DAYS,
  CounsellorRole,
  FieldErrorCode,
  findMunicipality,
  isSchoolYear,
  isValidEmail,
  LIMITS,
} from '@akselerator/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { normaliseEmail, trim } from '../../common/input-transforms';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

export const COHORT_NAME_MAX = 60;
export const ORGANISATION_NAME_MAX = 120;

@InputType()
export class CreateCohortInput {
  @Field({ description: 'The class, e.g. 10A' })
  @Transform(trim)
  @TextLength({ max: COHORT_NAME_MAX })
  name!: string;

  @Field({ description: 'e.g. 2026/27' })
  @Transform(trim)
  @Satisfies(
    FieldErrorCode.INVALID_DATE,
    (value) => typeof value === 'string' && isSchoolYear(value),
  )
  schoolYear!: string;
}

@InputType()
export class CreateClassCodeInput {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => Int, {
    nullable: true,
    description: `How many days the code works (default ${String(CLASS_CODE_DEFAULT_VALID_DAYS)})`,
  })
  @IsOptional()
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) =>
      value === null ||
      value === undefined ||
      (Number.isInteger(value) &&
        (value as number) >= 1 &&
        (value as number) <= CLASS_CODE_MAX_VALID_DAYS),
    { min: 1, max: CLASS_CODE_MAX_VALID_DAYS },
  )
  validDays?: number | null;
}

@InputType()
export class InviteEmployerMemberInput {
  @Field()
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  @Satisfies(
    FieldErrorCode.INVALID_EMAIL,
    (value) => typeof value === 'string' && (value === '' || isValidEmail(value)),
  )
  email!: string;
}

@InputType()
export class AcceptEmployerInvitationInput {
  @Field({ description: 'The token from the invitation link' })
  @Transform(trim)
  @TextLength({ max: 200 })
  token!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only when not signed in: the new account is made for the invited address',
  })
  @IsOptional()
  @Transform(trim)
  @TextLength({ max: LIMITS.displayNameMax, required: false })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Only when not signed in' })
  @IsOptional()
  @Satisfies(
    FieldErrorCode.TOO_LONG,
    (value) =>
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.length <= LIMITS.passwordMax),
    { max: LIMITS.passwordMax },
  )
  password?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field({ description: 'e.g. Karuss skole, NAV Kristiansand' })
  @Transform(trim)
  @TextLength({ max: ORGANISATION_NAME_MAX })
  name!: string;

  @Field({ description: 'Kommunenummer in Agder, e.g. 4204' })
  @Transform(trim)
  @Satisfies(
    FieldErrorCode.UNKNOWN_MUNICIPALITY,
    (value) => typeof value === 'string' && findMunicipality(value) !== undefined,
  )
  municipalityCode!: string;
}

@InputType()
export class AddCounsellorInput {
  @Field()
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  @Satisfies(
    FieldErrorCode.INVALID_EMAIL,
    (value) => typeof value === 'string' && (value === '' || isValidEmail(value)),
  )
  email!: string;

  @Field({ description: 'Used when the account is new' })
  @Transform(trim)
  @TextLength({ max: LIMITS.displayNameMax })
  displayName!: string;

  @Field(() => CounsellorRole)
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, (value) =>
    (Object.values(CounsellorRole) as unknown[]).includes(value),
  )
  role!: CounsellorRole;

  @Field(() => ID, { description: 'The school (school counsellor) or NAV office (the others)' })
  organisationId!: string;
}
