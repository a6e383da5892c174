import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { hashToken } from './session.service';

/** How long a link works. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.VERIFY_EMAIL]: 48 * 3_600_000,
  [AccountTokenPurpose.RESET_PASSWORD]: 3_600_000,
  [AccountTokenPurpose.GUARDIAN_ACCESS]: 24 * 3_600_000,
  [AccountTokenPurpose.CHANGE_EMAIL]: 48 * 3_600_000,
};

/** At most this many links of one kind per account and hour. */
export const MAX_LINKS_PER_HOUR = 3;

/** Tokens are 32 random bytes, base64url: 43 characters. Anything longer is not ours. */
const MAX_TOKEN_LENGTH = 64;

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/**
 * Single-use, expiring tokens for links sent by e-mail. A token is used by one conditional UPDATE
 * (unused and unexpired → used), so two clicks racing each other cannot both succeed; it runs in
 * the caller's transaction, so a refused change leaves the token unused.
 */
@Injectable()
export class AccountTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async issue(
    accountId: string,
    email: string,
    purpose: AccountTokenPurpose,
  ): Promise<IssuedToken> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[purpose]);
    await this.dataSource.getRepository(AccountToken).insert({
      tokenHash: hashToken(token),
      accountId,
      purpose,
      email,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** Fewer than MAX_LINKS_PER_HOUR links of this purpose in the last hour (no one is flooded). */
  async mayIssue(accountId: string, purpose: AccountTokenPurpose): Promise<boolean> {
    const since = new Date(this.clock.now().getTime() - 3_600_000);
    const issued = await this.dataSource
      .getRepository(AccountToken)
      .createQueryBuilder('token')
      .where('token.account_id = :accountId AND token.purpose = :purpose', { accountId, purpose })
      .andWhere('token.created_at > :since', { since })
      .getCount();
    return issued < MAX_LINKS_PER_HOUR;
  }

  /** The live token, without using it (to check a new password before anything changes). */
  async peek(token: string, purpose: AccountTokenPurpose): Promise<AccountToken> {
    const found = await this.find(token, purpose);
    this.assertLive(found);
    return found;
  }

  /** Uses the token inside `manager`'s transaction; refuses an unknown, used or expired one. */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<AccountToken> {
    if (!this.looksLikeToken(token)) throw new IdentityException(IdentityErrorCode.TOKEN_INVALID);
    const now = this.clock.now();
    const [rows] = await manager.query<[AccountToken[], number]>(
      `UPDATE account_token SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING id, account_id AS "accountId", purpose, email,
                  created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"`,
      [hashToken(token), purpose, now],
    );
    const used = rows[0];
    if (used) return used;
    // Say why, so the person knows whether to ask for a new link; the state is not changed.
    this.assertLive(await this.find(token, purpose, manager));
    throw new IdentityException(IdentityErrorCode.TOKEN_USED);
  }

  /** Makes every other unused token of this purpose useless (after a password was set). */
  async revokeOthers(
    manager: EntityManager,
    accountId: string,
    purpose: AccountTokenPurpose,
  ): Promise<void> {
    await manager.query(
      `UPDATE account_token SET used_at = $3
        WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [accountId, purpose, this.clock.now()],
    );
  }

  private looksLikeToken(token: string): boolean {
    return token.length > 0 && token.length <= MAX_TOKEN_LENGTH && /^[A-Za-z0-9_-]+$/.test(token);
  }

  private async find(
    token: string,
    purpose: AccountTokenPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AccountToken | null> {
    if (!this.looksLikeToken(token)) return null;
    return manager.findOne(AccountToken, { where: { tokenHash: hashToken(token), purpose } });
  }

  private assertLive(found: AccountToken | null): asserts found is AccountToken {
    if (!found) throw new IdentityException(IdentityErrorCode.TOKEN_INVALID);
    if (found.usedAt !== null) throw new IdentityException(IdentityErrorCode.TOKEN_USED);
    if (found.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new IdentityException(IdentityErrorCode.TOKEN_EXPIRED);
    }
  }
}
