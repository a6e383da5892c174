import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldErrorCode, fieldErrorMessage, Locale } from '@akselerator/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import { Clock } from '../common/clock';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import type { Account } from './account.entity';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { AccountTokenService, TOKEN_TTL_MS } from './account-token.service';
import { IdentityErrorCode, IdentityException } from './identity.exception';

/** E-mail verification by a single-use link that works for 48 hours. */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenService,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
    private readonly clock: Clock,
  ) {}

  /** Sends a verification link to the account's address (after sign-up, or when asked again). */
  async send(account: Account): Promise<void> {
    const purpose = AccountTokenPurpose.VERIFY_EMAIL;
    if (!(await this.tokens.mayIssue(account.id, purpose))) return;
    const { token } = await this.tokens.issue(account.id, account.email, purpose);
    this.mailer.sendInBackground(
      this.templates.verifyEmail(
        account.email,
        account.displayName,
        token,
        TOKEN_TTL_MS[purpose] / 3_600_000,
      ),
    );
  }

  /** A signed-in account asks for a new link; a verified one gets none. Always true. */
  async request(actor: Account | null): Promise<boolean> {
    if (!actor) throw new IdentityException(IdentityErrorCode.UNAUTHENTICATED);
    if (actor.emailVerifiedAt === null) await this.send(actor);
    return true;
  }

  /**
   * Marks the address verified. The same link page confirms a changed address (CHANGE_EMAIL): the
   * account takes the new address, verified, unless another account took it meanwhile.
   */
  async verify(token: string): Promise<boolean> {
    const changed = await this.dataSource.transaction(async (manager) => {
      let used: AccountToken;
      try {
        used = await this.tokens.consume(manager, token, AccountTokenPurpose.VERIFY_EMAIL);
      } catch (error) {
        if (!(error instanceof IdentityException) || error.code !== IdentityErrorCode.TOKEN_INVALID)
          throw error;
        used = await this.tokens.consume(manager, token, AccountTokenPurpose.CHANGE_EMAIL);
        return this.changeEmail(manager, used);
      }
      // Counts only for the address the link was sent to.
      await manager.query(
        `UPDATE account SET email_verified_at = coalesce(email_verified_at, $3)
          WHERE id = $1 AND email = $2`,
        [used.accountId, used.email, this.clock.now()],
      );
      return null;
    });
    // The old address hears of the change, so an account taken over does not go unnoticed.
    if (changed) {
      this.mailer.sendInBackground(
        this.templates.emailChanged(changed.oldEmail, changed.displayName, changed.newEmail),
      );
    }
    return true;
  }

  private async changeEmail(
    manager: EntityManager,
    used: AccountToken,
  ): Promise<{ oldEmail: string; newEmail: string; displayName: string } | null> {
    const [taken] = await manager.query<unknown[]>(
      `SELECT 1 FROM account WHERE email = $1 AND id <> $2`,
      [used.email, used.accountId],
    );
    if (taken) {
      throw new FieldValidationException([
        {
          field: 'token',
          code: FieldErrorCode.EMAIL_TAKEN,
          message: fieldErrorMessage(FieldErrorCode.EMAIL_TAKEN, Locale.NB),
        },
      ]);
    }
    const [before] = await manager.query<{ email: string; displayName: string }[]>(
      `SELECT email, display_name AS "displayName" FROM account WHERE id = $1 FOR UPDATE`,
      [used.accountId],
    );
    if (!before) return null;
    await manager.query(`UPDATE account SET email = $2, email_verified_at = $3 WHERE id = $1`, [
      used.accountId,
      used.email,
      this.clock.now(),
    ]);
    // Links for the old address (verification, password reset) stop working.
    await manager.query(
      `UPDATE account_token SET used_at = $2
        WHERE account_id = $1 AND used_at IS NULL AND purpose = ANY($3)`,
      [
        used.accountId,
        this.clock.now(),
        [AccountTokenPurpose.VERIFY_EMAIL, AccountTokenPurpose.RESET_PASSWORD],
      ],
    );
    return before.email === used.email
      ? null
      : { oldEmail: before.email, newEmail: used.email, displayName: before.displayName };
  }
}
