import { EmployerRole, FieldErrorCode, normaliseClassCode, Role } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { fieldError } from './field-error';

interface NewAccount {
  id: string;
  role: Role;
  employerId: string | null;
}

/**
 * What a new account joins at sign-up, inside the sign-up transaction: the employer it registered
 * (as its owner), or, with a class code, the pupil's school and cohort. A wrong, expired or
 * withdrawn code throws a field error, which rolls the whole sign-up back: nothing is created.
 */
@Injectable()
export class EnrolmentService {
  constructor(private readonly clock: Clock) {}

  async linkNewAccount(
    manager: EntityManager,
    account: NewAccount,
    classCode?: string | null,
  ): Promise<void> {
    if (account.role === Role.EMPLOYER && account.employerId !== null) {
      await manager.query(
        `INSERT INTO employer_membership (account_id, employer_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (account_id) DO NOTHING`,
        [account.id, account.employerId, EmployerRole.OWNER],
      );
    }
    if (classCode === undefined || classCode === null || classCode.trim() === '') return;
    if (account.role !== Role.YOUTH) throw fieldError('classCode', FieldErrorCode.OUT_OF_RANGE);
    await this.joinCohort(manager, account.id, classCode);
  }

  /** Puts a pupil into the cohort of a valid class code (moving them if they were in another). */
  async joinCohort(manager: EntityManager, youthId: string, typedCode: string): Promise<string> {
    const code = normaliseClassCode(typedCode);
    if (code === null) throw fieldError('classCode', FieldErrorCode.UNKNOWN_CLASS_CODE);
    // FOR SHARE: a counsellor withdrawing the code waits for this sign-up, or this sees it withdrawn.
    const [found] = await manager.query<
      { id: string; cohortId: string; expiresAt: Date; revokedAt: Date | null }[]
    >(
      `SELECT id, cohort_id AS "cohortId", expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM class_code WHERE code = $1 FOR SHARE`,
      [code],
    );
    if (!found) throw fieldError('classCode', FieldErrorCode.UNKNOWN_CLASS_CODE);
    if (found.revokedAt !== null || found.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw fieldError('classCode', FieldErrorCode.CLASS_CODE_EXPIRED);
    }
    await manager.query(
      `INSERT INTO cohort_pupil (youth_id, cohort_id, class_code_id, joined_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (youth_id) DO UPDATE
         SET cohort_id = EXCLUDED.cohort_id, class_code_id = EXCLUDED.class_code_id, joined_at = EXCLUDED.joined_at`,
      [youthId, found.cohortId, found.id, this.clock.now()],
    );
    return found.cohortId;
  }
}
