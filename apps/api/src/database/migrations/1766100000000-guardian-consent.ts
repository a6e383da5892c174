import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guardians of pupils under 16: the e-mail on record (kept by the school), and one consent per
 * booking, asked for by e-mail with a single-use link that expires. Only the link's hash is
 * stored, and it is cleared when used, so a link works once.
 */
export class GuardianConsent1766100000000 implements MigrationInterface {
  name = 'GuardianConsent1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE guardian_contact (
        youth_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        updated_by uuid REFERENCES account(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE guardian_consent (
        booking_id uuid PRIMARY KEY REFERENCES booking(id) ON DELETE CASCADE,
        token_hash text UNIQUE,
        sent_to text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        given_at timestamptz,
        CHECK (given_at IS NULL OR token_hash IS NULL)
      )`);
    // The pupil's reminder the day before (the employer's two-working-day reminder is reminded_at).
    await queryRunner.query(`ALTER TABLE booking ADD COLUMN day_before_reminded_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN day_before_reminded_at`);
    await queryRunner.query(`DROP TABLE guardian_consent`);
    await queryRunner.query(`DROP TABLE guardian_contact`);
  }
}
