import { createHash, randomBytes } from 'node:crypto';
import {
  checkPassword,
  checkText,
  EMPLOYER_INVITATION_VALID_DAYS,
  EmployerRole,
  FieldErrorCode,
  LIMITS,
  Role,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import { Account } from '../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../identity/identity.exception';
import { IdentityService } from '../identity/identity.service';
import { PasswordHasher } from '../identity/password-hasher';
import { SessionService } from '../identity/session.service';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import type { AcceptEmployerInvitationInput } from './dtos/organisation.inputs';
import type { EmployerInvitationPreview, EmployerMember } from './dtos/organisation.types';
import { EmployerInvitation } from './employer-invitation.entity';
import { fieldError } from './field-error';
import { INVITATION_PATH, invitationMail } from './invitation-mail';
import { MembershipService } from './membership.service';
import { OrganisationErrorCode, OrganisationException } from './organisations.exception';

const DAY_MS = 24 * 60 * 60 * 1000;
const PG_UNIQUE_VIOLATION = '23505';
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Employers with several members: the owner invites a colleague by e-mail (a single-use, expiring
 * token; only its SHA-256 is stored), the colleague accepts signed in or by making an account.
 */
@Injectable()
export class EmployerMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
    private readonly clock: Clock,
  ) {}

  async members(actor: Account | null): Promise<EmployerMember[]> {
    const { employerId } = this.identity.requireEmployerMember(actor);
    return this.dataSource.query<EmployerMember[]>(
      `SELECT a.id AS "accountId", a.display_name AS "displayName", a.email,
              coalesce(m.role, $2) AS role
         FROM account a LEFT JOIN employer_membership m ON m.account_id = a.id
        WHERE a.employer_id = $1 AND a.role = $3
        ORDER BY (m.role = $4) DESC NULLS LAST, a.display_name, a.id`,
      [employerId, EmployerRole.MEMBER, Role.EMPLOYER, EmployerRole.OWNER],
    );
  }

  /** Invitations not yet accepted (the owner's list); newest first. */
  async pendingInvitations(actor: Account | null): Promise<EmployerInvitation[]> {
    const { employerId } = await this.requireOwner(actor);
    return this.dataSource
      .getRepository(EmployerInvitation)
      .createQueryBuilder('i')
      .where('i.employer_id = :employerId AND i.accepted_at IS NULL AND i.expires_at > :now', {
        employerId,
        now: this.clock.now(),
      })
      .orderBy('i.created_at', 'DESC')
      .getMany();
  }

  /**
   * What an invitation link is about, for the page it opens (anyone holding the link may ask).
   * Null for an unknown, accepted or expired link (the same answer for each).
   */
  async invitationPreview(token: string): Promise<EmployerInvitationPreview | null> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return null;
    const [row] = await this.dataSource.query<EmployerInvitationPreview[]>(
      `SELECT e.name AS "employerName", i.email, i.expires_at AS "expiresAt"
         FROM employer_invitation i JOIN employer e ON e.id = i.employer_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.expires_at > $2`,
      [hashToken(token), this.clock.now()],
    );
    return row ?? null;
  }

  async invite(actor: Account | null, email: string): Promise<EmployerInvitation> {
    const { account, employerId } = await this.requireOwner(actor);
    const [member] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM account WHERE email = $1 AND employer_id = $2`,
      [email, employerId],
    );
    if (member) throw new OrganisationException(OrganisationErrorCode.ALREADY_MEMBER);
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.dataSource.getRepository(EmployerInvitation).save({
      employerId,
      email,
      tokenHash: hashToken(token),
      invitedBy: account.id,
      expiresAt: new Date(this.clock.now().getTime() + EMPLOYER_INVITATION_VALID_DAYS * DAY_MS),
      acceptedAt: null,
      acceptedBy: null,
    });
    this.mailer.sendInBackground(
      invitationMail({
        to: email,
        inviterName: account.displayName,
        employerName: account.employer?.name ?? 'virksomheten',
        url: `${this.templates.webUrl}${INVITATION_PATH}?token=${encodeURIComponent(token)}`,
        validDays: EMPLOYER_INVITATION_VALID_DAYS,
      }),
    );
    return invitation;
  }

  /**
   * Signed in: the account (with the invited address) joins the employer as a member. Not signed
   * in: a new employer account is made for the invited address (holding the link proves it) and
   * the caller signs it in. The token works once; an unknown, used or expired token, or one meant
   * for another address, is refused with the same field error, and nothing changes.
   */
  async accept(actor: Account | null, input: AcceptEmployerInvitationInput): Promise<Account> {
    const newAccount = actor ? null : await this.newAccountDraft(input);
    try {
      const accountId = await this.dataSource.transaction(async (manager) => {
        const invitation = await this.claim(manager, input.token);
        const accountId = actor
          ? await this.joinAsSignedIn(manager, actor, invitation)
          : await this.createMember(manager, invitation, newAccount);
        await manager.query(
          `INSERT INTO employer_membership (account_id, employer_id, role) VALUES ($1, $2, $3)
           ON CONFLICT (account_id) DO NOTHING`,
          [accountId, invitation.employerId, EmployerRole.MEMBER],
        );
        await manager.query(
          `UPDATE employer_invitation SET accepted_at = $2, accepted_by = $3 WHERE id = $1`,
          [invitation.id, this.clock.now(), accountId],
        );
        return accountId;
      });
      return await this.dataSource
        .getRepository(Account)
        .findOneOrFail({ where: { id: accountId } });
    } catch (error) {
      if ((error as { code?: string }).code === PG_UNIQUE_VIOLATION) {
        throw fieldError('email', FieldErrorCode.EMAIL_TAKEN);
      }
      throw error;
    }
  }

  /**
   * The owner takes a colleague out: their account is deleted (an employer account belongs to one
   * employer, and the database requires an employer account to have one), signed out everywhere.
   */
  async removeMember(actor: Account | null, accountId: string): Promise<boolean> {
    const { account, employerId } = await this.requireOwner(actor);
    if (accountId === account.id || !isUuid(accountId)) {
      throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    }
    const ended = await this.dataSource.transaction(async (manager) => {
      const [member] = await manager.query<{ id: string }[]>(
        `SELECT id FROM account WHERE id = $1 AND employer_id = $2 AND role = $3 FOR UPDATE`,
        [accountId, employerId, Role.EMPLOYER],
      );
      if (!member) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
      const sessions = await this.sessions.deleteAll(manager, accountId);
      await manager.query(`DELETE FROM account WHERE id = $1`, [accountId]);
      return sessions;
    });
    // Signed out everywhere, live connections too.
    this.sessions.announceEnded(ended);
    return true;
  }

  /** The owner withdraws an invitation not yet accepted; its link stops working. */
  async revokeInvitation(actor: Account | null, invitationId: string): Promise<boolean> {
    const { employerId } = await this.requireOwner(actor);
    if (!isUuid(invitationId)) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM employer_invitation WHERE id = $1 AND employer_id = $2 AND accepted_at IS NULL`,
      [invitationId, employerId],
    );
    if (count === 0) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    return true;
  }

  private async requireOwner(
    actor: Account | null,
  ): Promise<{ account: Account; employerId: string }> {
    const member = this.identity.requireEmployerMember(actor);
    if ((await this.memberships.employerRole(member.account)) !== EmployerRole.OWNER) {
      throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    }
    return member;
  }

  private async claim(manager: EntityManager, token: string): Promise<EmployerInvitation> {
    const invitation = await manager
      .getRepository(EmployerInvitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.token_hash = :hash', { hash: hashToken(token) })
      .getOne();
    if (
      !invitation ||
      invitation.acceptedAt !== null ||
      invitation.expiresAt.getTime() <= this.clock.now().getTime()
    ) {
      throw fieldError('token', FieldErrorCode.INVALID_INVITATION);
    }
    return invitation;
  }

  private async joinAsSignedIn(
    manager: EntityManager,
    actor: Account,
    invitation: EmployerInvitation,
  ): Promise<string> {
    if (actor.role !== Role.EMPLOYER || actor.email !== invitation.email) {
      throw fieldError('token', FieldErrorCode.INVALID_INVITATION);
    }
    if (actor.employerId !== null && actor.employerId !== invitation.employerId) {
      throw new OrganisationException(OrganisationErrorCode.ALREADY_MEMBER);
    }
    await manager.query(`UPDATE account SET employer_id = $2 WHERE id = $1`, [
      actor.id,
      invitation.employerId,
    ]);
    return actor.id;
  }

  private async createMember(
    manager: EntityManager,
    invitation: EmployerInvitation,
    draft: { displayName: string; passwordHash: string } | null,
  ): Promise<string> {
    if (!draft) throw new IdentityException(IdentityErrorCode.UNAUTHENTICATED);
    if (await manager.existsBy(Account, { email: invitation.email })) {
      throw fieldError('email', FieldErrorCode.EMAIL_TAKEN);
    }
    const [row] = await manager.query<{ id: string }[]>(
      // Holding the link sent to the address proves it: the e-mail counts as verified.
      `INSERT INTO account (email, password_hash, display_name, role, employer_id, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        invitation.email,
        draft.passwordHash,
        draft.displayName,
        Role.EMPLOYER,
        invitation.employerId,
        this.clock.now(),
      ],
    );
    if (!row) throw new Error('account insert returned nothing');
    return row.id;
  }

  /** The new account's name and password, checked before any token is spent. */
  private async newAccountDraft(
    input: AcceptEmployerInvitationInput,
  ): Promise<{ displayName: string; passwordHash: string }> {
    const displayName = input.displayName?.trim() ?? '';
    const nameProblem = checkText(displayName, { required: true, max: LIMITS.displayNameMax });
    if (nameProblem) throw fieldError('displayName', nameProblem.code, nameProblem.params);
    const password = input.password ?? '';
    const passwordProblem = checkPassword(password, [displayName]);
    if (passwordProblem) throw fieldError('password', passwordProblem.code, passwordProblem.params);
    return { displayName, passwordHash: await this.passwords.hash(password) };
  }
}
