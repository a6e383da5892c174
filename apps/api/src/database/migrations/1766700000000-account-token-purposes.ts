import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more kinds of e-mailed link: a guardian's one-time link to a pupil's data rights (export or
 * erasure, for pupils under 16), and the link that confirms a changed e-mail address.
 */
export class AccountTokenPurposes1766700000000 implements MigrationInterface {
  name = 'AccountTokenPurposes1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE account_token DROP CONSTRAINT IF EXISTS account_token_purpose_check`,
    );
    await queryRunner.query(
      `ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check
         CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'GUARDIAN_ACCESS', 'CHANGE_EMAIL'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM account_token WHERE purpose IN ('GUARDIAN_ACCESS', 'CHANGE_EMAIL')`,
    );
    await queryRunner.query(
      `ALTER TABLE account_token DROP CONSTRAINT IF EXISTS account_token_purpose_check`,
    );
    await queryRunner.query(
      `ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check
         CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'))`,
    );
  }
}
