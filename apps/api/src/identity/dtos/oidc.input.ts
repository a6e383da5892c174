import { Field, InputType } from '@nestjs/graphql';
import { TextLength } from '../../common/validation/satisfies.decorator';

@InputType()
export class CompleteOidcSignInInput {
  @Field({
    description: 'The whole address the provider sent the browser back to (with code and state)',
  })
  @TextLength({ max: 4_000 })
  callbackUrl!: string;
}
