import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { RateLimited } from '../common/rate-limit/gql-throttler.guard';
import { Account } from './account.entity';
import { CurrentAccount } from './current-account.decorator';
import { SignInInput, SignUpInput } from './dtos/sign-up.input';
import { IdentityService } from './identity.service';
import { SessionCookie } from './session-cookie';

@Resolver(() => Account)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null' })
  me(@CurrentAccount() actor: Account | null): Account | null {
    return actor;
  }

  @Mutation(() => Account)
  @RateLimited()
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() context: GraphQLContext,
  ): Promise<Account> {
    const account = await this.identity.signUp(input);
    await this.sessionCookie.startFor(account, context);
    return account;
  }

  @Mutation(() => Account, {
    description:
      'At most AUTH_RATE_LIMIT_PER_MINUTE attempts a minute per client; each alias counts',
  })
  @RateLimited()
  async signIn(
    @Args('input') input: SignInInput,
    @Context() context: GraphQLContext,
  ): Promise<Account> {
    const account = await this.identity.signIn(input);
    await this.sessionCookie.startFor(account, context);
    return account;
  }

  @Mutation(() => Boolean, {
    description: 'Ends every session of the signed-in account: all browsers and live connections',
  })
  async signOutEverywhere(
    @CurrentAccount() actor: Account | null,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.sessionCookie.endEverywhere(actor, context);
    return true;
  }

  @Mutation(() => Boolean)
  async signOut(@Context() context: GraphQLContext): Promise<boolean> {
    await this.sessionCookie.end(context);
    return true;
  }
}
