import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  allowInsecureRequests,
  authorizationCodeGrant,
  buildAuthorizationUrl,
  calculatePKCECodeChallenge,
  discovery,
  fetchUserInfo,
  randomNonce,
  randomPKCECodeVerifier,
  randomState,
  type Configuration,
} from 'openid-client';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { MailTemplates } from '../mail/mail-templates';
import { isValidEmail, LIMITS, Role } from '@akselerator/domain';
import { Account } from './account.entity';
import { IdentityErrorCode, IdentityException } from './identity.exception';

/** The web app's page the provider sends the browser back to. */
export const OIDC_CALLBACK_PATH = '/logg-inn/oidc';

/** What must survive the trip to the provider and back, kept in a short-lived httpOnly cookie. */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcClaims {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

const MAX_SUBJECT = 255;

/**
 * OpenID Connect sign-in: authorization code with PKCE (S256), state and nonce, with
 * openid-client. Designed for ID-porten (citizens) and Feide (schools); one provider is configured
 * (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_PROVIDER). The first sign-in links the
 * identity to the account with the same verified e-mail address, or creates a youth account.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);
  private configuration: Promise<Configuration> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly templates: MailTemplates,
    private readonly clock: Clock,
  ) {}

  get redirectUri(): string {
    return `${this.templates.webUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** The provider's sign-in page, and what to remember until the browser comes back. */
  async start(): Promise<{ url: string; pending: PendingOidcSignIn }> {
    const configuration = await this.discover();
    const pending = {
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomPKCECodeVerifier(),
    };
    const url = buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /**
   * Finishes the sign-in from the URL the provider sent the browser to. A wrong or missing state,
   * nonce or code verifier, an error from the provider, or a URL that is not our callback is
   * refused with OIDC_FAILED, and nothing is written.
   */
  async complete(callbackUrl: string, pending: PendingOidcSignIn | null): Promise<Account> {
    if (!pending || !callbackUrl.startsWith(`${this.redirectUri}?`)) {
      throw new IdentityException(IdentityErrorCode.OIDC_FAILED);
    }
    const configuration = await this.discover();
    let claims: OidcClaims;
    try {
      const tokens = await authorizationCodeGrant(configuration, new URL(callbackUrl), {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      // Many providers keep e-mail and name out of the ID token: ask userinfo, for the same subject.
      const profile =
        typeof idToken.email === 'string'
          ? idToken
          : {
              ...idToken,
              ...(await fetchUserInfo(configuration, tokens.access_token, idToken.sub)),
            };
      claims = {
        subject: idToken.sub,
        email: typeof profile.email === 'string' ? profile.email.trim().toLowerCase() : undefined,
        emailVerified: profile.email_verified === true,
        name: typeof profile.name === 'string' ? profile.name.trim() : undefined,
      };
    } catch (error) {
      this.logger.warn({
        msg: 'OIDC sign-in refused',
        error: error instanceof Error ? error.message : String(error),
      });
      throw new IdentityException(IdentityErrorCode.OIDC_FAILED);
    }
    return this.accountFor(claims);
  }

  /** The linked account; else the one with this verified address (now linked); else a new youth. */
  async accountFor(claims: OidcClaims): Promise<Account> {
    const provider = this.config.OIDC_PROVIDER;
    if (claims.subject.length === 0 || claims.subject.length > MAX_SUBJECT) {
      throw new IdentityException(IdentityErrorCode.OIDC_FAILED);
    }
    const accountId = await this.dataSource.transaction(async (manager) => {
      // An UPDATE answers [rows, count].
      const [touched] = await manager.query<[{ account_id: string }[], number]>(
        `UPDATE account_identity SET last_used_at = $3 WHERE provider = $1 AND subject = $2
          RETURNING account_id`,
        [provider, claims.subject, this.clock.now()],
      );
      const linked = touched[0];
      if (linked) return linked.account_id;

      const email = claims.email;
      if (!email || !claims.emailVerified || !isValidEmail(email)) {
        throw new IdentityException(IdentityErrorCode.OIDC_EMAIL_MISSING);
      }
      const existing = await manager.findOne(Account, { where: { email } });
      if (existing && existing.emailVerifiedAt === null) {
        // Someone may have registered this address without owning it: no silent take-over.
        throw new IdentityException(IdentityErrorCode.OIDC_ACCOUNT_NOT_LINKABLE);
      }
      const id = existing?.id ?? (await this.createYouth(manager, email, claims.name));
      await manager.query(
        `INSERT INTO account_identity (account_id, provider, subject, created_at, last_used_at)
         VALUES ($1, $2, $3, $4, $4)`,
        [id, provider, claims.subject, this.clock.now()],
      );
      return id;
    });
    return this.dataSource.getRepository(Account).findOneOrFail({ where: { id: accountId } });
  }

  private async createYouth(
    manager: EntityManager,
    email: string,
    name: string | undefined,
  ): Promise<string> {
    const displayName = (name && name.length > 0 ? name : (email.split('@')[0] ?? email)).slice(
      0,
      LIMITS.displayNameMax,
    );
    const [created] = await manager.query<{ id: string }[]>(
      `INSERT INTO account (email, password_hash, display_name, role, email_verified_at)
       VALUES ($1, NULL, $2, $3, $4) RETURNING id`,
      [email, displayName, Role.YOUTH, this.clock.now()],
    );
    if (!created) throw new Error('account not created');
    return created.id;
  }

  private discover(): Promise<Configuration> {
    const {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: secret,
    } = this.config;
    if (!issuer || !clientId) {
      return Promise.reject(new IdentityException(IdentityErrorCode.OIDC_NOT_CONFIGURED));
    }
    this.configuration ??= discovery(new URL(issuer), clientId, secret, undefined, {
      // Only a provider on plain http (a local test provider) needs this; production is https.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- only for the plain-http test provider
      execute: issuer.startsWith('http:') ? [allowInsecureRequests] : [],
    }).catch((error: unknown) => {
      this.configuration = undefined;
      this.logger.error({ msg: 'OIDC discovery failed', error: String(error) });
      throw new IdentityException(IdentityErrorCode.OIDC_FAILED);
    });
    return this.configuration;
  }
}
