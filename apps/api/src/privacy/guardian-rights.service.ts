import { AuditAction, AuditOutcome, FieldErrorCode } from '@akselerator/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { AccountTokenPurpose } from '../identity/account-token.entity';
import { AccountTokenService, TOKEN_TTL_MS } from '../identity/account-token.service';
import { IdentityErrorCode, IdentityException } from '../identity/identity.exception';
import { IdentityService } from '../identity/identity.service';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import type { GuardianAccess, MyGuardian } from './dtos/guardian-rights.types';
import { CONSENT_AGE } from '../booking/guardian-consent';
import { ERASE_CONFIRMATION, PrivacyService } from './privacy.service';

/** What the audit log calls a guardian (they have no account). */
export const GUARDIAN_ROLE = 'GUARDIAN';
export const GUARDIAN_NAME = 'Foresatt';

interface Ward {
  youthId: string;
  pupilName: string;
  guardianEmail: string;
}

/**
 * A pupil's guardian, for a pupil under 16 (§6): the guardian has no account, so a single-use link
 * that expires goes to the e-mail the school has on record, and only there. The link opens one
 * action: a copy of the pupil's data (the same export as the pupil's own, audited as the
 * guardian's access), or erasure (the same erasure as the pupil's own).
 *
 * Under 16 means: a birth date in the profile that is less than 16 years ago; when the birth date
 * is unknown, a pupil with a guardian e-mail on record counts as under 16 (most 10th graders are
 * 15), the same choice as for booking consent.
 */
@Injectable()
export class GuardianRightsService {
  private readonly logger = new Logger(GuardianRightsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly tokens: AccountTokenService,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
    private readonly audit: AuditService,
    private readonly privacy: PrivacyService,
    private readonly clock: Clock,
  ) {}

  /** The signed-in pupil's guardian on record, and whether the guardian's rights apply. */
  async myGuardian(actor: Account | null): Promise<MyGuardian> {
    const youth = this.identity.requireYouth(actor);
    const [row] = await this.dataSource.query<{ email: string }[]>(
      `SELECT email FROM guardian_contact WHERE youth_id = $1`,
      [youth.id],
    );
    const ward = await this.wardsWhere(this.dataSource.manager, 'a.id = $1', youth.id);
    return { email: row?.email ?? null, rightsApply: ward.length > 0 };
  }

  /** The pupil asks for the link to go to their guardian; false when it does not apply. */
  async sendToMyGuardian(actor: Account | null): Promise<boolean> {
    const youth = this.identity.requireYouth(actor);
    const [ward] = await this.wardsWhere(this.dataSource.manager, 'a.id = $1', youth.id);
    if (!ward) return false;
    await this.sendLink(ward);
    return true;
  }

  /**
   * A guardian asks with their own address: each pupil under 16 with this guardian e-mail on
   * record gets a link sent there. The answer is the same whether or not anything matched.
   */
  async requestLink(email: string): Promise<boolean> {
    const wards = await this.wardsWhere(this.dataSource.manager, 'lower(g.email) = $1', email);
    for (const ward of wards) await this.sendLink(ward);
    return true;
  }

  /** What the link is about, without using it. */
  async access(token: string): Promise<GuardianAccess> {
    const live = await this.tokens.peek(token, AccountTokenPurpose.GUARDIAN_ACCESS);
    const ward = await this.wardFor(this.dataSource.manager, live.accountId, live.email);
    return { pupilName: ward.pupilName, expiresAt: live.expiresAt };
  }

  /** The pupil's data as JSON; uses the link, and writes the guardian's access in the log. */
  async exportData(token: string): Promise<string> {
    const youthId = await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(manager, token, AccountTokenPurpose.GUARDIAN_ACCESS);
      const ward = await this.wardFor(manager, used.accountId, used.email);
      await this.audit.record(
        {
          actorId: null,
          actorRole: GUARDIAN_ROLE,
          actorName: GUARDIAN_NAME,
          actorOrganisation: null,
          youthId: ward.youthId,
          action: AuditAction.VIEW_PROFILE,
          purpose: 'Lastet ned en kopi av alle dataene dine (lenke sendt til foresatt)',
          outcome: AuditOutcome.ALLOWED,
        },
        manager,
      );
      return ward.youthId;
    });
    return this.privacy.exportFor(youthId);
  }

  /** Erases the pupil's account the same way as their own erasure; uses the link. */
  async erase(token: string, confirmation: string): Promise<boolean> {
    if (confirmation.trim().toUpperCase() !== ERASE_CONFIRMATION) {
      throw new FieldValidationException([
        {
          field: 'confirmation',
          code: FieldErrorCode.REQUIRED,
          message: `Skriv ${ERASE_CONFIRMATION} for å bekrefte at elevens bruker skal slettes.`,
        },
      ]);
    }
    const live = await this.tokens.peek(token, AccountTokenPurpose.GUARDIAN_ACCESS);
    const erased = await this.privacy.eraseAccount(live.accountId, async (manager) => {
      const used = await this.tokens.consume(manager, token, AccountTokenPurpose.GUARDIAN_ACCESS);
      await this.wardFor(manager, used.accountId, used.email);
    });
    if (!erased) throw new IdentityException(IdentityErrorCode.TOKEN_INVALID);
    this.logger.log({ msg: "account erased at its guardian's request" });
    return true;
  }

  private async sendLink(ward: Ward): Promise<void> {
    const purpose = AccountTokenPurpose.GUARDIAN_ACCESS;
    if (!(await this.tokens.mayIssue(ward.youthId, purpose))) return;
    const { token } = await this.tokens.issue(ward.youthId, ward.guardianEmail, purpose);
    this.mailer.sendInBackground(
      this.templates.guardianAccess(
        ward.guardianEmail,
        ward.pupilName,
        token,
        TOKEN_TTL_MS[purpose] / 3_600_000,
      ),
    );
  }

  /**
   * The pupil behind a used or live link, while the rules still hold: still a young person under
   * 16, and the link went to the guardian e-mail still on record. Otherwise answered as an unknown
   * link (a pupil who turned 16 uses the rights alone).
   */
  private async wardFor(manager: EntityManager, youthId: string, sentTo: string): Promise<Ward> {
    const [ward] = await this.wardsWhere(manager, 'a.id = $1', youthId);
    if (!ward || ward.guardianEmail.toLowerCase() !== sentTo.toLowerCase()) {
      throw new IdentityException(IdentityErrorCode.TOKEN_INVALID);
    }
    return ward;
  }

  private wardsWhere(manager: EntityManager, where: string, value: string): Promise<Ward[]> {
    return manager.query<Ward[]>(
      `SELECT a.id AS "youthId", a.display_name AS "pupilName", g.email AS "guardianEmail"
         FROM account a
         JOIN guardian_contact g ON g.youth_id = a.id
         LEFT JOIN youth_profile yp ON yp.account_id = a.id
        WHERE a.role = 'YOUTH' AND ${where}
          AND (yp.birth_date IS NULL
               OR yp.birth_date + make_interval(years => ${String(CONSENT_AGE)}) > $2::date)
        ORDER BY a.id`,
      [value, this.clock.today()],
    );
  }
}
