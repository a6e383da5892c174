import { FieldErrorCode, fieldErrorMessage, Locale } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GuardianConsentService } from '../booking/guardian-consent.service';
import { Clock } from '../common/clock';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { AccountTokenPurpose } from '../identity/account-token.entity';
import { AccountTokenService, TOKEN_TTL_MS } from '../identity/account-token.service';
import { IdentityService } from '../identity/identity.service';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import type { MyAccountDetails, UpdateMyAccountInput } from './dtos/account-correction.types';

const fieldError = (field: string, code: FieldErrorCode) =>
  new FieldValidationException([{ field, code, message: fieldErrorMessage(code, Locale.NB) }]);

/**
 * The right to correct (§6): a signed-in person corrects their own name at once; a new e-mail
 * address is mailed a single-use link (the e-mail verification flow) and used only once that link
 * is opened, so nobody can move an account to an address they do not own; a pupil in a school
 * class corrects their guardian's e-mail, and unanswered consent requests go to the new address.
 */
@Injectable()
export class AccountCorrectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly tokens: AccountTokenService,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
    private readonly consents: GuardianConsentService,
    private readonly clock: Clock,
  ) {}

  async details(actor: Account | null): Promise<MyAccountDetails> {
    const account = this.identity.requireSignedIn(actor);
    const [row] = await this.dataSource.query<
      {
        displayName: string;
        email: string;
        pendingEmail: string | null;
        isPupil: boolean;
        guardianEmail: string | null;
      }[]
    >(
      `SELECT a.display_name AS "displayName", a.email,
              (SELECT t.email FROM account_token t
                WHERE t.account_id = a.id AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > $3
                ORDER BY t.created_at DESC LIMIT 1) AS "pendingEmail",
              EXISTS (SELECT 1 FROM cohort_pupil p WHERE p.youth_id = a.id) AS "isPupil",
              (SELECT g.email FROM guardian_contact g WHERE g.youth_id = a.id) AS "guardianEmail"
         FROM account a WHERE a.id = $1`,
      [account.id, AccountTokenPurpose.CHANGE_EMAIL, this.clock.now()],
    );
    if (!row) throw fieldError('displayName', FieldErrorCode.REQUIRED);
    return row;
  }

  async update(actor: Account | null, input: UpdateMyAccountInput): Promise<MyAccountDetails> {
    const account = this.identity.requireSignedIn(actor);
    const before = await this.details(account);
    const wantsGuardian =
      typeof input.guardianEmail === 'string' && input.guardianEmail !== before.guardianEmail;
    // Everything is checked before anything changes, so one wrong field changes nothing.
    if (wantsGuardian && !before.isPupil) {
      throw fieldError('guardianEmail', FieldErrorCode.OUT_OF_RANGE);
    }
    // Consent before a hospitering day goes to this address: once one is on record, only the
    // school changes it, so a pupil cannot send the question to themself.
    if (wantsGuardian && before.guardianEmail) {
      throw fieldError('guardianEmail', FieldErrorCode.GUARDIAN_ON_RECORD);
    }
    if (typeof input.displayName === 'string' && input.displayName !== before.displayName) {
      await this.dataSource.query(`UPDATE account SET display_name = $2 WHERE id = $1`, [
        account.id,
        input.displayName,
      ]);
    }
    if (wantsGuardian && input.guardianEmail) {
      await this.consents.setGuardianEmail(account.id, input.guardianEmail, account.id);
    }
    if (typeof input.email === 'string' && input.email !== account.email) {
      await this.sendEmailChange(account, input.displayName ?? account.displayName, input.email);
    }
    return this.details(account);
  }

  /**
   * The link goes to the new address. An address that another account has gets no link (the
   * answer is the same, so this never tells anyone who has an account); confirming checks again.
   */
  private async sendEmailChange(account: Account, name: string, email: string): Promise<void> {
    const purpose = AccountTokenPurpose.CHANGE_EMAIL;
    if (!(await this.tokens.mayIssue(account.id, purpose))) return;
    const [taken] = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM account WHERE email = $1`,
      [email],
    );
    if (taken) return;
    // Only the newest address waits; an older link stops working.
    await this.tokens.revokeOthers(this.dataSource.manager, account.id, purpose);
    const { token } = await this.tokens.issue(account.id, email, purpose);
    this.mailer.sendInBackground(
      this.templates.changeEmail(email, name, token, TOKEN_TTL_MS[purpose] / 3_600_000),
    );
  }
}
