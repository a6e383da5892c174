import { MigrationInterface, QueryRunner } from 'typeorm';

/** The employer's booking window (opens on a date) and cancellation deadline (days before). */
export class BookingWindow1765200000000 implements MigrationInterface {
  name = 'BookingWindow1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE opportunity
        ADD COLUMN booking_opens_on date,
        ADD COLUMN cancellation_deadline_days int NOT NULL DEFAULT 1
          CHECK (cancellation_deadline_days BETWEEN 0 AND 14)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE opportunity DROP COLUMN booking_opens_on, DROP COLUMN cancellation_deadline_days`,
    );
  }
}
