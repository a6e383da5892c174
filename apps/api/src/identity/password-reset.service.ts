import { createHash } from 'node:crypto';
import { checkPassword, fieldErrorMessage, Locale } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import { Account } from './account.entity';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenService, TOKEN_TTL_MS } from './account-token.service';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

/** Password reset by a single-use link that works for one hour. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
    private readonly clock: Clock,
  ) {}

  /**
   * Always the same answer, at about the same speed, whether or not the address has an account:
   * the link is only sent if it has (at most a few an hour), and in the background.
   */
  async request(email: string): Promise<boolean> {
    const account = await this.dataSource.getRepository(Account).findOne({ where: { email } });
    const purpose = AccountTokenPurpose.RESET_PASSWORD;
    if (!account || !(await this.tokens.mayIssue(account.id, purpose))) return true;
    const { token } = await this.tokens.issue(account.id, account.email, purpose);
    this.mailer.sendInBackground(
      this.templates.passwordReset(
        account.email,
        account.displayName,
        token,
        TOKEN_TTL_MS[purpose] / 60_000,
      ),
    );
    return true;
  }

  /**
   * Sets a new password: every session of the account ends (the caller then starts a fresh one),
   * other reset links stop working, and the address counts as verified. A refused password leaves
   * the link unused, so the person can try another.
   */
  async reset(token: string, newPassword: string): Promise<Account> {
    const purpose = AccountTokenPurpose.RESET_PASSWORD;
    const peeked = await this.tokens.peek(token, purpose);
    const accounts = this.dataSource.getRepository(Account);
    const account = await accounts.findOneOrFail({ where: { id: peeked.accountId } });
    const problem = checkPassword(newPassword, [account.email, account.displayName]);
    if (problem) {
      throw new FieldValidationException([
        {
          field: 'newPassword',
          code: problem.code,
          message: fieldErrorMessage(problem.code, Locale.NB, problem.params),
        },
      ]);
    }
    const passwordHash = await this.passwords.hash(newPassword);
    const ended = await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(manager, token, purpose);
      await manager.query(
        `UPDATE account SET password_hash = $2, email_verified_at = coalesce(email_verified_at, $3)
          WHERE id = $1`,
        [used.accountId, passwordHash, this.clock.now()],
      );
      await this.tokens.revokeOthers(manager, used.accountId, purpose);
      // The link proved who this is: a sign-in lock-out on the address is lifted.
      await manager.query('INSERT INTO sign_in_attempt (email_hash, succeeded) VALUES ($1, true)', [
        createHash('sha256').update(account.email).digest('hex'),
      ]);
      return this.sessions.deleteAll(manager, used.accountId);
    });
    this.sessions.announceEnded(ended);
    return accounts.findOneOrFail({ where: { id: account.id } });
  }
}
