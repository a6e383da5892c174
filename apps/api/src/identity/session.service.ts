import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { Repository, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { Account } from './account.entity';
import { Session } from './session.entity';

/**
 * `__Host-`: the browser keeps it only if Secure, host-only and Path=/, so no sibling subdomain
 * can plant a session of its own. Browsers accept Secure cookies on http://localhost as well.
 */
export const SESSION_COOKIE = '__Host-aks_session';
/** Without Secure (COOKIE_SECURE=false) the prefix is not allowed, so the plain name is used. */
export const INSECURE_SESSION_COOKIE = 'aks_session';

export const sessionCookieName = (secure: boolean): string =>
  secure ? SESSION_COOKIE : INSECURE_SESSION_COOKIE;

export interface EndedSession {
  accountId: string;
  tokenHash: string;
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Opaque, server-side sessions: the cookie holds a random token, the table its hash. */
@Injectable()
export class SessionService {
  /** Live connections listen here, so signing out also closes them. */
  readonly ended$ = new Subject<EndedSession>();

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The cookie that carries the session token. */
  get cookieName(): string {
    return sessionCookieName(this.config.COOKIE_SECURE);
  }

  get ttlMs(): number {
    return this.config.SESSION_TTL_HOURS * 3_600_000;
  }

  /** Starts a session and returns the token for the cookie. */
  async start(accountId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.insert({
      tokenHash: hashToken(token),
      accountId,
      expiresAt: new Date(this.clock.now().getTime() + this.ttlMs),
    });
    return token;
  }

  async accountFor(token: string | undefined): Promise<Account | null> {
    if (!token || token.length > 100) return null;
    // Every signed-in request passes here: one query for session, account and employer.
    return this.accounts
      .createQueryBuilder('account')
      .innerJoin(Session, 'session', 'session.account_id = account.id')
      .leftJoinAndSelect('account.employer', 'employer')
      .where('session.token_hash = :tokenHash AND session.expires_at > :now', {
        tokenHash: hashToken(token),
        now: this.clock.now(),
      })
      .getOne();
  }

  /**
   * Deletes every session of the account inside the caller's transaction. Call `announceEnded`
   * with the result once it has committed, so live connections close too.
   */
  async deleteAll(manager: EntityManager, accountId: string): Promise<EndedSession[]> {
    const [rows] = await manager.query<[{ token_hash: string }[], number]>(
      'DELETE FROM session WHERE account_id = $1 RETURNING token_hash',
      [accountId],
    );
    return rows.map((row) => ({ accountId, tokenHash: row.token_hash }));
  }

  announceEnded(ended: readonly EndedSession[]): void {
    for (const session of ended) this.ended$.next(session);
  }

  /** Signs the account out everywhere: every browser, every live connection. */
  async endAll(accountId: string): Promise<void> {
    this.announceEnded(await this.deleteAll(this.sessions.manager, accountId));
  }

  async end(token: string | undefined): Promise<void> {
    if (!token) return;
    const tokenHash = hashToken(token);
    const session = await this.sessions.findOne({ where: { tokenHash } });
    if (!session) return;
    await this.sessions.delete({ tokenHash });
    this.ended$.next({ accountId: session.accountId, tokenHash });
  }
}
