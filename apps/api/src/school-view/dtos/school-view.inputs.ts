import { FieldErrorCode, isValidEmail, LIMITS } from '@akselerator/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { normaliseEmail } from '../../common/input-transforms';
import { isUuid } from '../../common/uuid';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

@InputType()
export class SetGuardianEmailInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  youthId!: string;

  @Field({ description: "The guardian's e-mail address, as the school has it on record" })
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  @Satisfies(
    FieldErrorCode.INVALID_EMAIL,
    (value) => typeof value === 'string' && isValidEmail(value),
  )
  email!: string;
}
