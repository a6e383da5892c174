import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CookieOptions } from 'express';
import type { GraphQLContext } from '../common/graphql-context';
import { RateLimited } from '../common/rate-limit/gql-throttler.guard';
import { AppConfig } from '../config/app-config';
import { Account } from './account.entity';
import { CompleteOidcSignInInput, StartOidcSignInArgs } from './dtos/oidc.input';
import { SignInOptions } from './dtos/sign-in-options.types';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import {
  OIDC_CALLBACK_PATH,
  OidcProviderKind,
  OidcSignInService,
  type OidcProviderSetup,
  type PendingOidcSignIn,
} from './oidc-sign-in.service';
import { SessionCookie } from './session-cookie';

const PENDING_TTL_MS = 10 * 60_000;

const PROVIDER_NAMES: Record<OidcProviderKind, string> = {
  [OidcProviderKind.IDPORTEN]: 'ID-porten',
  [OidcProviderKind.FEIDE]: 'Feide',
  [OidcProviderKind.GENERIC]: 'ID-porten/Feide',
};

/** "Logg inn med ID-porten/Feide": start at the provider, finish on the web's callback page. */
@Resolver()
export class OidcSignInResolver {
  constructor(
    private readonly oidc: OidcSignInService,
    private readonly sessionCookie: SessionCookie,
    private readonly config: AppConfig,
  ) {}

  @Query(() => SignInOptions, {
    description: 'Which sign-in buttons the web shows: password, and each configured provider',
  })
  signInOptions(): SignInOptions {
    return {
      password: true,
      oidc: this.oidc.providers.map((provider) => ({
        id: provider.id,
        kind: provider.kind,
        name: PROVIDER_NAMES[provider.kind],
      })),
    };
  }

  @Mutation(() => String, {
    description:
      "The provider's sign-in address to send the browser to (state, nonce, PKCE kept in a cookie of that provider's own); without `provider`, the first configured one",
  })
  @RateLimited()
  async startOidcSignIn(
    @Args() { provider: wanted }: StartOidcSignInArgs,
    @Context() { res }: GraphQLContext,
  ): Promise<string> {
    const { url, pending, provider } = await this.oidc.start(wanted ?? null);
    res.cookie(
      this.cookieName(provider),
      Buffer.from(JSON.stringify(pending)).toString('base64url'),
      { ...this.cookieOptions, maxAge: PENDING_TTL_MS },
    );
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
    // The callback page says which provider sent the browser back.
    const provider = this.oidc.providerForCallback(input.callbackUrl);
    if (!provider) {
      throw new IdentityException(
        this.oidc.providers.length === 0
          ? IdentityErrorCode.OIDC_NOT_CONFIGURED
          : IdentityErrorCode.OIDC_FAILED,
      );
    }
    const pending = this.pendingOf(context.req, provider);
    // Used once, whatever the outcome.
    context.res.clearCookie(this.cookieName(provider), this.cookieOptions);
    // Signed in already: the identity is linked to this account (the browser that started it).
    const account = await this.oidc.complete(
      provider,
      input.callbackUrl,
      pending,
      context.req.account ?? null,
    );
    await this.sessionCookie.startFor(account, context);
    return account;
  }

  /** One cookie per provider, so starting at Feide does not spoil a sign-in begun at ID-porten. */
  private cookieName(provider: OidcProviderSetup): string {
    // The single provider of the older set-up keeps its cookie's name.
    const name =
      provider.callbackPath === OIDC_CALLBACK_PATH ? 'aks_oidc' : `aks_oidc_${provider.id}`;
    return `${this.config.COOKIE_SECURE ? '__Host-' : ''}${name}`;
  }

  private get cookieOptions(): CookieOptions {
    return { httpOnly: true, secure: this.config.COOKIE_SECURE, sameSite: 'lax', path: '/' };
  }

  private pendingOf(
    req: GraphQLContext['req'],
    provider: OidcProviderSetup,
  ): PendingOidcSignIn | null {
    const raw = (req.cookies as Record<string, string | undefined> | undefined)?.[
      this.cookieName(provider)
    ];
    if (!raw || raw.length > 1_000) return null;
    try {
      const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      const { state, nonce, codeVerifier, provider: started } = parsed;
      return typeof state === 'string' &&
        typeof nonce === 'string' &&
        typeof codeVerifier === 'string' &&
        typeof started === 'string'
        ? { state, nonce, codeVerifier, provider: started }
        : null;
    } catch {
      return null;
    }
  }
}
