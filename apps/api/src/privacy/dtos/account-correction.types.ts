import { FieldErrorCode, isValidEmail, LIMITS } from '@akselerator/domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { normaliseEmail, trim } from '../../common/input-transforms';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

const isValidEmailValue = (value: unknown): boolean =>
  typeof value === 'string' && isValidEmail(value);

/** Only the fields given are changed; leave a field out to keep it. */
@InputType()
export class UpdateMyAccountInput {
  @Field(() => String, { nullable: true, description: 'The name others see' })
  @IsOptional()
  @Transform(trim)
  @TextLength({ max: LIMITS.displayNameMax })
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new e-mail address: it is used only once the link mailed to it is opened',
  })
  @IsOptional()
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  @Satisfies(FieldErrorCode.INVALID_EMAIL, isValidEmailValue)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A pupil's guardian e-mail (only for a pupil in a school class)",
  })
  @IsOptional()
  @Transform(normaliseEmail)
  @TextLength({ max: LIMITS.emailMax })
  @Satisfies(FieldErrorCode.INVALID_EMAIL, isValidEmailValue)
  guardianEmail?: string | null;
}

@ObjectType({ description: "The signed-in person's own account data, as they may correct it" })
export class MyAccountDetails {
  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new address waiting for its confirmation link to be opened',
  })
  pendingEmail!: string | null;

  @Field({ description: 'A pupil in a school class (who has a guardian e-mail to correct)' })
  isPupil!: boolean;

  @Field(() => String, { nullable: true, description: "A pupil's guardian e-mail on record" })
  guardianEmail!: string | null;
}
