import { Injectable } from '@nestjs/common';
import type { CookieOptions } from 'express';
import { AppConfig } from '../config/app-config';
import type { GraphQLContext } from '../common/graphql-context';
import type { Account } from './account.entity';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { SessionService } from './session.service';

/** Puts sessions into `__Host-` cookies: httpOnly, Secure, SameSite=Lax, Path=/; a new token at every sign-in. */
@Injectable()
export class SessionCookie {
  constructor(
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  private get options(): CookieOptions {
    return { httpOnly: true, secure: this.config.COOKIE_SECURE, sameSite: 'lax', path: '/' };
  }

  async startFor(account: Account, { req, res }: GraphQLContext): Promise<void> {
    await this.sessions.end(this.tokenOf(req));
    const token = await this.sessions.start(account.id);
    res.cookie(this.sessions.cookieName, token, { ...this.options, maxAge: this.sessions.ttlMs });
    req.account = account;
  }

  async end({ req, res }: GraphQLContext): Promise<void> {
    await this.sessions.end(this.tokenOf(req));
    res.clearCookie(this.sessions.cookieName, this.options);
    req.account = null;
  }

  /** Signs the account out of every browser, this one included. */
  async endEverywhere(actor: Account | null, context: GraphQLContext): Promise<void> {
    if (!actor) throw new IdentityException(IdentityErrorCode.UNAUTHENTICATED);
    await this.sessions.endAll(actor.id);
    await this.end(context);
  }

  private tokenOf(req: GraphQLContext['req']): string | undefined {
    return (req.cookies as Record<string, string | undefined> | undefined)?.[
      this.sessions.cookieName
    ];
  }
}
