import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RateLimited } from '../common/rate-limit/gql-throttler.guard';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { AccountCorrectionService } from './account-correction.service';
import { MyAccountDetails, UpdateMyAccountInput } from './dtos/account-correction.types';

/** "Rett opp opplysningene dine": the signed-in person's own name, e-mail and guardian e-mail. */
@Resolver()
export class AccountCorrectionResolver {
  constructor(private readonly corrections: AccountCorrectionService) {}

  @Query(() => MyAccountDetails, { description: "The signed-in person's own account data" })
  myAccountDetails(@CurrentAccount() actor: Account | null): Promise<MyAccountDetails> {
    return this.corrections.details(actor);
  }

  @Mutation(() => MyAccountDetails, {
    description:
      'Corrects the signed-in person\'s name at once, a pupil\'s guardian e-mail at once; a new e-mail address is mailed a link and used once it is opened ("pendingEmail" until then)',
  })
  @RateLimited()
  updateMyAccount(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: UpdateMyAccountInput,
  ): Promise<MyAccountDetails> {
    return this.corrections.update(actor, input);
  }
}
