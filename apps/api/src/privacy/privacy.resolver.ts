import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { SessionCookie } from '../identity/session-cookie';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Query(() => String, {
    description:
      'Everything stored about the signed-in young person, as a JSON document to download',
  })
  exportMyData(@CurrentAccount() actor: Account | null): Promise<string> {
    return this.privacy.exportMyData(actor);
  }

  @Mutation(() => Boolean, {
    description:
      "Erases the signed-in young person's account and personal data (type SLETT to confirm); signs out",
  })
  async eraseMyAccount(
    @CurrentAccount() actor: Account | null,
    @Args('confirmation') confirmation: string,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    const erased = await this.privacy.eraseMyAccount(actor, confirmation);
    await this.sessionCookie.end(context);
    return erased;
  }
}
