import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { RateLimited } from '../common/rate-limit/gql-throttler.guard';
import { Account } from './account.entity';
import { CurrentAccount } from './current-account.decorator';
import {
  RequestPasswordResetInput,
  ResetPasswordInput,
  TokenInput,
} from './dtos/account-recovery.input';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';
import { SessionCookie } from './session-cookie';

/** Links sent by e-mail: verify the address, reset a forgotten password. */
@Resolver()
export class AccountRecoveryResolver {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly reset: PasswordResetService,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Mutation(() => Boolean, { description: 'Confirms the e-mail address with the link’s token' })
  @RateLimited()
  verifyEmail(@Args('input') input: TokenInput): Promise<boolean> {
    return this.verification.verify(input.token);
  }

  @Mutation(() => Boolean, { description: 'Sends the signed-in account a new verification link' })
  @RateLimited()
  requestEmailVerification(@CurrentAccount() actor: Account | null): Promise<boolean> {
    return this.verification.request(actor);
  }

  @Mutation(() => Boolean, {
    description:
      'Sends a reset link if the address has an account. Always true: the answer never tells whether it has',
  })
  @RateLimited()
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.reset.request(input.email);
  }

  @Mutation(() => Account, {
    description:
      'Sets a new password with the link’s token, signs out everywhere and signs in anew',
  })
  @RateLimited()
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Context() context: GraphQLContext,
  ): Promise<Account> {
    const account = await this.reset.reset(input.token, input.newPassword);
    await this.sessionCookie.startFor(account, context);
    return account;
  }
}
