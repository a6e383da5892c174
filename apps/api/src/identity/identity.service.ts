import { createHash } from 'node:crypto';
import {
  FieldErrorCode,
  fieldErrorMessage,
  Locale,
  Role,
  validateSignUpDraft,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import { Account } from './account.entity';
import { SignInInput, SignUpInput } from './dtos/sign-up.input';
import { Employer } from './employer.entity';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { EmailVerificationService } from './email-verification.service';
import { PasswordHasher } from './password-hasher';
import { EnrolmentService } from '../organisations/enrolment.service';

const fieldError = (field: string, code: FieldErrorCode) =>
  new FieldValidationException([{ field, code, message: fieldErrorMessage(code, Locale.NB) }]);

const PG_UNIQUE_VIOLATION = '23505';
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

/** Accounts: sign-up, sign-in, and the role checks every other service relies on. */
@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly verification: EmailVerificationService,
    private readonly enrolment: EnrolmentService,
  ) {}

  async signUp(input: SignUpInput): Promise<Account> {
    const errors = validateSignUpDraft(
      {
        email: input.email,
        password: input.password,
        displayName: input.displayName,
        role: input.role,
        employer: input.employer
          ? { name: input.employer.name, organisationNumber: input.employer.organisationNumber }
          : undefined,
      },
      Locale.NB,
    );
    if (errors.length > 0) throw new FieldValidationException(errors);
    const passwordHash = await this.passwords.hash(input.password);

    const account = await this.createAccount(input, passwordHash);
    await this.verification.send(account);
    return account;
  }

  private async createAccount(input: SignUpInput, passwordHash: string): Promise<Account> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(Account, { email: input.email })) {
          throw fieldError('email', FieldErrorCode.EMAIL_TAKEN);
        }
        let employer: Employer | null = null;
        if (input.role === Role.EMPLOYER && input.employer) {
          if (
            await manager.existsBy(Employer, {
              organisationNumber: input.employer.organisationNumber,
            })
          ) {
            throw fieldError('employer.organisationNumber', FieldErrorCode.ORGANISATION_TAKEN);
          }
          employer = await manager.save(
            manager.create(Employer, {
              name: input.employer.name,
              organisationNumber: input.employer.organisationNumber,
            }),
          );
        }
        const account = manager.create(Account, {
          email: input.email,
          passwordHash,
          displayName: input.displayName,
          role: input.role,
          employerId: employer?.id ?? null,
          employer,
        });
        const saved = await manager.save(account);
        // Owner of the employer it registered, or pupil of a class code's cohort (organisations).
        await this.enrolment.linkNewAccount(manager, saved, input.classCode);
        return saved;
      });
    } catch (error) {
      // Two sign-ups racing for the same e-mail: the unique index decides.
      if ((error as { code?: string }).code === PG_UNIQUE_VIOLATION)
        throw fieldError('email', FieldErrorCode.EMAIL_TAKEN);
      throw error;
    }
  }

  /**
   * The same answer for an unknown e-mail and a wrong password. After MAX_FAILED_SIGN_INS failures
   * in LOCKOUT_MINUTES, further attempts for that e-mail (known or not) are refused for a while,
   * which makes guessing passwords slow without telling anyone whether the account exists.
   */
  async signIn(input: SignInInput): Promise<Account> {
    const emailHash = createHash('sha256').update(input.email).digest('hex');
    const [recent] = await this.dataSource.query<{ failures: number }[]>(
      `SELECT count(*)::int AS failures FROM sign_in_attempt
        WHERE email_hash = $1 AND NOT succeeded
          AND attempted_at > greatest(now() - make_interval(mins => $2),
                coalesce((SELECT max(attempted_at) FROM sign_in_attempt WHERE email_hash = $1 AND succeeded), '-infinity'))`,
      [emailHash, LOCKOUT_MINUTES],
    );
    if ((recent?.failures ?? 0) >= MAX_FAILED_SIGN_INS)
      throw fieldError('password', FieldErrorCode.TOO_MANY_ATTEMPTS);
    const account = await this.dataSource
      .getRepository(Account)
      .findOne({ where: { email: input.email } });
    const valid = await this.passwords.verify(account?.passwordHash ?? null, input.password);
    await this.dataSource.query(
      'INSERT INTO sign_in_attempt (email_hash, succeeded) VALUES ($1, $2)',
      [emailHash, Boolean(account && valid)],
    );
    if (!account || !valid) throw fieldError('password', FieldErrorCode.INVALID_CREDENTIALS);
    return account;
  }

  requireSignedIn(actor: Account | null): Account {
    if (!actor) throw new IdentityException(IdentityErrorCode.UNAUTHENTICATED);
    return actor;
  }

  /** A young person acting for themselves; anyone else is refused. */
  requireYouth(actor: Account | null): Account {
    const account = this.requireSignedIn(actor);
    if (account.role !== Role.YOUTH) throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    return account;
  }

  /** The employer the actor acts for; anyone else is refused. */
  requireEmployerMember(actor: Account | null): { account: Account; employerId: string } {
    const account = this.requireSignedIn(actor);
    if (account.role !== Role.EMPLOYER || account.employerId === null) {
      throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    }
    return { account, employerId: account.employerId };
  }
}
