import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in attempts per e-mail (hashed), for a temporary lock-out after repeated failures. */
export class SignInAttempts1765400000000 implements MigrationInterface {
  name = 'SignInAttempts1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_attempt (
        id bigserial PRIMARY KEY,
        email_hash char(64) NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX sign_in_attempt_email_idx ON sign_in_attempt (email_hash, attempted_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS sign_in_attempt`);
  }
}
