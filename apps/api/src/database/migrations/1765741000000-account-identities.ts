import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-ins through an OpenID Connect provider (ID-porten, Feide): provider + subject → account. */
export class AccountIdentities1765741000000 implements MigrationInterface {
  name = 'AccountIdentities1765741000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account_identity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        provider text NOT NULL CHECK (provider ~ '^[a-z0-9-]{1,40}$'),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (provider, subject)
      )`);
    await queryRunner.query(
      `CREATE INDEX account_identity_account_idx ON account_identity (account_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS account_identity`);
  }
}
