import { FieldErrorCode, isValidEmail, LIMITS } from '@akselerator/domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { normaliseEmail } from '../../common/input-transforms';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

/** Tokens are 43 base64url characters; a generous bound keeps junk away from the database. */
const TOKEN_MAX = 64;

@InputType()
export class RequestGuardianLinkInput {
  @Field({ description: "The guardian's own e-mail address, as the school has it on record" })
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  @Satisfies(
    FieldErrorCode.INVALID_EMAIL,
    (value) => typeof value === 'string' && (value === '' || isValidEmail(value)),
  )
  email!: string;
}

@InputType()
export class GuardianTokenInput {
  @Field({ description: 'The token from the link in the e-mail to the guardian' })
  @TextLength({ max: TOKEN_MAX })
  token!: string;
}

@InputType()
export class GuardianEraseInput {
  @Field({ description: 'The token from the link in the e-mail to the guardian' })
  @TextLength({ max: TOKEN_MAX })
  token!: string;

  @Field({ description: 'SLETT, typed to confirm' })
  @TextLength({ max: 20 })
  confirmation!: string;
}

@ObjectType({ description: "What a guardian's link gives access to (a pupil under 16)" })
export class GuardianAccess {
  @Field({ description: "The pupil's name" })
  pupilName!: string;

  @Field({ description: 'When the link stops working' })
  expiresAt!: Date;
}

@ObjectType({ description: "The signed-in pupil's guardian, for their privacy page" })
export class MyGuardian {
  @Field(() => String, { nullable: true, description: 'The guardian e-mail on record' })
  email!: string | null;

  @Field({
    description:
      'Whether the guardian may use the data rights for the pupil (under 16, or birth date unknown)',
  })
  rightsApply!: boolean;
}
