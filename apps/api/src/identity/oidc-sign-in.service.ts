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

/** The web app's page the provider sends the browser back to (the single, older set-up). */
export const OIDC_CALLBACK_PATH = '/logg-inn/oidc';

/** Which kind of provider: it picks the button's name and how claims map to an account. */
export enum OidcProviderKind {
  /** Citizens (Digdir's ID-porten). */
  IDPORTEN = 'IDPORTEN',
  /** Schools (Sikt's Feide): the school's identity for pupils and staff. */
  FEIDE = 'FEIDE',
  /** Any other OpenID Connect provider, set up with the older OIDC_* variables. */
  GENERIC = 'GENERIC',
}

/** One configured provider. */
export interface OidcProviderSetup {
  /** The short name stored with each linked identity, e.g. idporten, feide. */
  id: string;
  kind: OidcProviderKind;
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** The web page the provider sends the browser back to. */
  callbackPath: string;
}

/** What must survive the trip to the provider and back, kept in a short-lived httpOnly cookie. */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The provider the sign-in started at; a callback to another provider's page is refused. */
  provider: string;
}

export interface OidcClaims {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

const MAX_SUBJECT = 255;

const kindOfName = (name: string): OidcProviderKind =>
  name === 'idporten' || name === 'id-porten'
    ? OidcProviderKind.IDPORTEN
    : name === 'feide'
      ? OidcProviderKind.FEIDE
      : OidcProviderKind.GENERIC;

/**
 * The providers this server offers, from the configuration: ID-porten (OIDC_IDPORTEN_*) and Feide
 * (OIDC_FEIDE_*) side by side, each with its own callback page; and, as before, one provider from
 * OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET named by OIDC_PROVIDER, called back at
 * /logg-inn/oidc. When both name the same provider, the specific variables win.
 */
export function configuredOidcProviders(config: AppConfig): OidcProviderSetup[] {
  const providers: OidcProviderSetup[] = [];
  if (config.OIDC_IDPORTEN_ISSUER && config.OIDC_IDPORTEN_CLIENT_ID) {
    providers.push({
      id: 'idporten',
      kind: OidcProviderKind.IDPORTEN,
      issuer: config.OIDC_IDPORTEN_ISSUER,
      clientId: config.OIDC_IDPORTEN_CLIENT_ID,
      clientSecret: config.OIDC_IDPORTEN_CLIENT_SECRET,
      callbackPath: `${OIDC_CALLBACK_PATH}/idporten`,
    });
  }
  if (config.OIDC_FEIDE_ISSUER && config.OIDC_FEIDE_CLIENT_ID) {
    providers.push({
      id: 'feide',
      kind: OidcProviderKind.FEIDE,
      issuer: config.OIDC_FEIDE_ISSUER,
      clientId: config.OIDC_FEIDE_CLIENT_ID,
      clientSecret: config.OIDC_FEIDE_CLIENT_SECRET,
      callbackPath: `${OIDC_CALLBACK_PATH}/feide`,
    });
  }
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID) {
    const id = config.OIDC_PROVIDER;
    const kind = kindOfName(id);
    const taken = providers.some(
      (provider) =>
        provider.id === id || (kind !== OidcProviderKind.GENERIC && provider.kind === kind),
    );
    if (!taken) {
      providers.push({
        id,
        kind,
        issuer: config.OIDC_ISSUER,
        clientId: config.OIDC_CLIENT_ID,
        clientSecret: config.OIDC_CLIENT_SECRET,
        callbackPath: OIDC_CALLBACK_PATH,
      });
    }
  }
  return providers;
}

/**
 * OpenID Connect sign-in: authorization code with PKCE (S256), state and nonce, with
 * openid-client, for ID-porten (citizens) and Feide (schools) side by side. Each provider has its
 * own callback page, its own pending cookie (state, nonce, verifier) and its own discovery. The
 * first sign-in links the identity to the account with the same verified e-mail address, or
 * creates a youth account.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);
  private readonly configurations = new Map<string, Promise<Configuration>>();
  readonly providers: readonly OidcProviderSetup[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly templates: MailTemplates,
    private readonly clock: Clock,
  ) {
    this.providers = configuredOidcProviders(config);
  }

  redirectUriOf(provider: OidcProviderSetup): string {
    return `${this.templates.webUrl}${provider.callbackPath}`;
  }

  /** The provider asked for by name, or the only/first one when none is named. */
  providerNamed(id: string | null | undefined): OidcProviderSetup {
    const provider = id ? this.providers.find((p) => p.id === id) : this.providers[0];
    if (!provider) throw new IdentityException(IdentityErrorCode.OIDC_NOT_CONFIGURED);
    return provider;
  }

  /** The provider whose callback page this address is, or null. */
  providerForCallback(callbackUrl: string): OidcProviderSetup | null {
    return (
      this.providers.find((provider) =>
        callbackUrl.startsWith(`${this.redirectUriOf(provider)}?`),
      ) ?? null
    );
  }

  /** The provider's sign-in page, and what to remember until the browser comes back. */
  async start(
    providerId?: string | null,
  ): Promise<{ url: string; pending: PendingOidcSignIn; provider: OidcProviderSetup }> {
    const provider = this.providerNamed(providerId);
    const configuration = await this.discover(provider);
    const pending = {
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomPKCECodeVerifier(),
      provider: provider.id,
    };
    const url = buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUriOf(provider),
      scope: 'openid email profile',
      code_challenge: await calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending, provider };
  }

  /**
   * Finishes the sign-in from the URL the provider sent the browser to. A wrong or missing state,
   * nonce or code verifier, an error from the provider, or a URL that is not our callback is
   * refused with OIDC_FAILED, and nothing is written.
   */
  async complete(
    provider: OidcProviderSetup,
    callbackUrl: string,
    pending: PendingOidcSignIn | null,
    signedIn: Account | null = null,
  ): Promise<Account> {
    if (
      !pending ||
      pending.provider !== provider.id ||
      !callbackUrl.startsWith(`${this.redirectUriOf(provider)}?`)
    ) {
      throw new IdentityException(IdentityErrorCode.OIDC_FAILED);
    }
    const configuration = await this.discover(provider);
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
      claims = claimsOf(provider.kind, profile);
    } catch (error) {
      this.logger.warn({
        msg: 'OIDC sign-in refused',
        error: error instanceof Error ? error.message : String(error),
      });
      throw new IdentityException(IdentityErrorCode.OIDC_FAILED);
    }
    return this.accountFor(provider.id, claims, signedIn);
  }

  /**
   * The linked account; else the signed-in account that started this sign-in (now linked: how an
   * ID-porten identity, which carries no e-mail address, finds an existing account); else the one
   * with this verified address (now linked); else a new youth. The state check has already made
   * sure the sign-in was started in this browser, so nobody can link their identity to another's.
   */
  async accountFor(
    provider: string,
    claims: OidcClaims,
    signedIn: Account | null = null,
  ): Promise<Account> {
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

      if (signedIn) {
        await this.link(manager, signedIn.id, provider, claims.subject);
        return signedIn.id;
      }
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
      await this.link(manager, id, provider, claims.subject);
      return id;
    });
    return this.dataSource.getRepository(Account).findOneOrFail({ where: { id: accountId } });
  }

  private async link(
    manager: EntityManager,
    accountId: string,
    provider: string,
    subject: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO account_identity (account_id, provider, subject, created_at, last_used_at)
       VALUES ($1, $2, $3, $4, $4)`,
      [accountId, provider, subject, this.clock.now()],
    );
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

  private discover(provider: OidcProviderSetup): Promise<Configuration> {
    const known = this.configurations.get(provider.id);
    if (known) return known;
    const { issuer, clientId, clientSecret } = provider;
    const configuration = discovery(new URL(issuer), clientId, clientSecret, undefined, {
      // Only a provider on plain http (a local test provider) needs this; production is https.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- only for the plain-http test provider
      execute: issuer.startsWith('http:') ? [allowInsecureRequests] : [],
    }).catch((error: unknown) => {
      this.configurations.delete(provider.id);
      this.logger.error({
        msg: 'OIDC discovery failed',
        provider: provider.id,
        error: String(error),
      });
      throw new IdentityException(IdentityErrorCode.OIDC_FAILED);
    });
    this.configurations.set(provider.id, configuration);
    return configuration;
  }
}

/**
 * How a provider's claims map to an account. The subject is the provider's `sub` (pairwise per
 * client at ID-porten and Feide, and stable): ID-porten's national identity number (`pid`) is
 * never stored, since an e-mail address and `sub` are enough to find the citizen's account again.
 * ID-porten gives no e-mail address of its own, so a first sign-in there needs one from userinfo
 * (or an account linked before). Feide's e-mail comes from the school's own directory, so it counts
 * as verified unless the provider says otherwise; the school identity (eduPersonPrincipalName)
 * stands in for a missing name.
 */
export function claimsOf(kind: OidcProviderKind, profile: Record<string, unknown>): OidcClaims {
  const subject = typeof profile.sub === 'string' ? profile.sub : '';
  const email = typeof profile.email === 'string' ? profile.email.trim().toLowerCase() : undefined;
  const name = typeof profile.name === 'string' ? profile.name.trim() : undefined;
  if (kind === OidcProviderKind.FEIDE) {
    const principal =
      profile['https://n.feide.no/claims/eduPersonPrincipalName'] ?? profile.eduPersonPrincipalName;
    return {
      subject,
      email,
      emailVerified: email !== undefined && profile.email_verified !== false,
      name: name ?? (typeof principal === 'string' ? principal.split('@')[0] : undefined),
    };
  }
  return { subject, email, emailVerified: profile.email_verified === true, name };
}
