import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verified e-mail addresses, and the single-use links that verify an address or reset a password:
 * only a SHA-256 of each token is stored, with its purpose, expiry and the moment it was used.
 */
export class AccountTokens1765740000000 implements MigrationInterface {
  name = 'AccountTokens1765740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account ADD COLUMN email_verified_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        email text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX account_token_account_idx ON account_token (account_id, purpose, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS account_token`);
    await queryRunner.query(`ALTER TABLE account DROP COLUMN IF EXISTS email_verified_at`);
  }
}
