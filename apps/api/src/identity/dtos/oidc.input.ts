import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { FieldErrorCode } from '@akselerator/domain';
import { IsOptional } from 'class-validator';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

@InputType()
export class CompleteOidcSignInInput {
  @Field({
    description: 'The whole address the provider sent the browser back to (with code and state)',
  })
  @TextLength({ max: 4_000 })
  callbackUrl!: string;
}

@ArgsType()
export class StartOidcSignInArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Which provider (an id from signInOptions, e.g. "idporten", "feide")',
  })
  @IsOptional()
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) =>
      value === null ||
      value === undefined ||
      (typeof value === 'string' && /^[a-z0-9-]{1,40}$/.test(value)),
  )
  provider?: string | null;
}
