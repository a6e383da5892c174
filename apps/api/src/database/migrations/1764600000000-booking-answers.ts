import { MigrationInterface, QueryRunner } from 'typeorm';

/** The employer's answer to a booking: who answered, when, and the reason when declined. */
export class BookingAnswers1764600000000 implements MigrationInterface {
  name = 'BookingAnswers1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE booking
        ADD COLUMN decline_reason text CHECK (decline_reason IN
          ('NO_SUPERVISOR_THAT_DAY', 'DAY_CANCELLED', 'TOO_MANY_PUPILS', 'SAFETY_AGE_LIMIT')),
        ADD COLUMN answered_at timestamptz,
        ADD COLUMN answered_by uuid REFERENCES account(id) ON DELETE SET NULL,
        ADD CONSTRAINT booking_declined_has_reason CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE booking DROP CONSTRAINT booking_declined_has_reason,
        DROP COLUMN answered_by, DROP COLUMN answered_at, DROP COLUMN decline_reason`);
  }
}
