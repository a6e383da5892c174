import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { CookieOptions } from 'express';
import type { GraphQLContext } from '../common/graphql-context';
import { RateLimited } from '../common/rate-limit/gql-throttler.guard';
import { AppConfig } from '../config/app-config';
import { Account } from './account.entity';
import { CompleteOidcSignInInput } from './dtos/oidc.input';
import { OidcSignInService, type PendingOidcSignIn } from './oidc-sign-in.service';
import { SessionCookie } from './session-cookie';

const PENDING_TTL_MS = 10 * 60_000;

/** "Logg inn med ID-porten/Feide": start at the provider, finish on the web's callback page. */
@Resolver()
export class OidcSignInResolver {
  constructor(
    private readonly oidc: OidcSignInService,
    private readonly sessionCookie: SessionCookie,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => String, {
    description:
      "The provider's sign-in address to send the browser to (state, nonce, PKCE kept in a cookie)",
  })
  @RateLimited()
  async startOidcSignIn(@Context() { res }: GraphQLContext): Promise<string> {
    const { url, pending } = await this.oidc.start();
    res.cookie(this.cookieName, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      ...this.cookieOptions,
      maxAge: PENDING_TTL_MS,
    });
    return url;
  }

  @Mutation(() => Account, {
    description:
      'Finishes an OIDC sign-in: checks state, nonce and PKCE, links or creates the account',
  })
  @RateLimited()
  async completeOidcSignIn(
    @Args('input') input: CompleteOidcSignInInput,
    @Context() context: GraphQLContext,
  ): Promise<Account> {
    const pending = this.pendingOf(context.req);
    // Used once, whatever the outcome.
    context.res.clearCookie(this.cookieName, this.cookieOptions);
    const account = await this.oidc.complete(input.callbackUrl, pending);
    await this.sessionCookie.startFor(account, context);
    return account;
  }

  private get cookieName(): string {
    return this.config.COOKIE_SECURE ? '__Host-aks_oidc' : 'aks_oidc';
  }

  private get cookieOptions(): CookieOptions {
    return { httpOnly: true, secure: this.config.COOKIE_SECURE, sameSite: 'lax', path: '/' };
  }

  private pendingOf(req: GraphQLContext['req']): PendingOidcSignIn | null {
    const raw = (req.cookies as Record<string, string | undefined> | undefined)?.[this.cookieName];
    if (!raw || raw.length > 1_000) return null;
    try {
      const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      const { state, nonce, codeVerifier } = parsed;
      return typeof state === 'string' &&
        typeof nonce === 'string' &&
        typeof codeVerifier === 'string'
        ? { state, nonce, codeVerifier }
        : null;
    } catch {
      return null;
    }
  }
}
