import { FieldErrorCode, isValidEmail, LIMITS } from '@akselerator/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { normaliseEmail } from '../../common/input-transforms';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

/** Tokens are 43 base64url characters; a generous bound keeps junk away from the database. */
const TOKEN_MAX = 64;

@InputType()
export class RequestPasswordResetInput {
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
export class TokenInput {
  @Field({ description: 'The token from the link in the e-mail' })
  @TextLength({ max: TOKEN_MAX })
  token!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the e-mail' })
  @TextLength({ max: TOKEN_MAX })
  token!: string;

  @Field()
  @Satisfies(FieldErrorCode.REQUIRED, (value) => typeof value === 'string' && value.length > 0)
  @Satisfies(
    FieldErrorCode.TOO_LONG,
    (value) => typeof value === 'string' && value.length <= LIMITS.passwordMax,
    { max: LIMITS.passwordMax },
  )
  newPassword!: string;
}
