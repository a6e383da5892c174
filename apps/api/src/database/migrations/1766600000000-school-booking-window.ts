import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The school's booking window per cohort (school year): when its pupils may book on their own.
 * Both ends optional; the CHECK keeps a window from closing before it opens.
 */
export class SchoolBookingWindow1766600000000 implements MigrationInterface {
  name = 'SchoolBookingWindow1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cohort
        ADD COLUMN booking_opens_on date,
        ADD COLUMN booking_closes_on date,
        ADD CONSTRAINT cohort_booking_window_order
          CHECK (booking_opens_on IS NULL OR booking_closes_on IS NULL
                 OR booking_closes_on >= booking_opens_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cohort
        DROP CONSTRAINT cohort_booking_window_order,
        DROP COLUMN booking_opens_on,
        DROP COLUMN booking_closes_on`);
  }
}
