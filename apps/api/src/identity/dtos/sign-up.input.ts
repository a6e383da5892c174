import {
  FieldErrorCode,
  isClassCode,
  isValidEmail,
  isValidOrganisationNumber,
  LIMITS,
  Role,
} from '@akselerator/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { normaliseEmail, trim } from '../../common/input-transforms';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

const digitsOnly = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.replace(/\s/g, '') : value;

@InputType()
export class EmployerInput {
  @Field()
  @Transform(trim)
  @TextLength({ max: LIMITS.employerNameMax })
  name!: string;

  @Field({ description: 'Organisasjonsnummer, nine digits (spaces are ignored)' })
  @Transform(digitsOnly)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => typeof value === 'string' && value.length > 0)
  @Satisfies(
    FieldErrorCode.INVALID_ORGANISATION_NUMBER,
    (value) => typeof value === 'string' && (value === '' || isValidOrganisationNumber(value)),
  )
  organisationNumber!: string;
}

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  @Satisfies(
    FieldErrorCode.INVALID_EMAIL,
    (value) => typeof value === 'string' && (value === '' || isValidEmail(value)),
  )
  email!: string;

  @Field()
  @Satisfies(FieldErrorCode.REQUIRED, (value) => typeof value === 'string' && value.length > 0)
  @Satisfies(
    FieldErrorCode.WEAK_PASSWORD,
    (value) =>
      typeof value === 'string' &&
      (value.length === 0 ||
        (value.length >= LIMITS.passwordMin && value.length <= LIMITS.passwordMax)),
    { min: LIMITS.passwordMin, max: LIMITS.passwordMax },
  )
  password!: string;

  @Field()
  @Transform(trim)
  @TextLength({ max: LIMITS.displayNameMax })
  displayName!: string;

  @Field(() => Role, { description: 'Only YOUTH and EMPLOYER may sign themselves up' })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => value === Role.YOUTH || value === Role.EMPLOYER,
  )
  role!: Role;

  @Field(() => EmployerInput, { nullable: true, description: 'Required when role is EMPLOYER' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmployerInput)
  employer?: EmployerInput | null;

  @Field(() => String, {
    nullable: true,
    description: "A 10th-grader's class code (e.g. K7PX-4QXM; case and hyphen do not matter)",
  })
  @IsOptional()
  @Satisfies(
    FieldErrorCode.UNKNOWN_CLASS_CODE,
    (value) =>
      value === null ||
      value === undefined ||
      (typeof value === 'string' && (value.trim() === '' || isClassCode(value))),
  )
  classCode?: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  email!: string;

  @Field()
  @Satisfies(FieldErrorCode.REQUIRED, (value) => typeof value === 'string' && value.length > 0)
  @Satisfies(
    FieldErrorCode.TOO_LONG,
    (value) => typeof value === 'string' && value.length <= LIMITS.passwordMax,
    {
      max: LIMITS.passwordMax,
    },
  )
  password!: string;
}
