import { MigrationInterface, QueryRunner } from 'typeorm';

/** When the employer was reminded of an unanswered booking (once). */
export class BookingReminders1765100000000 implements MigrationInterface {
  name = 'BookingReminders1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE booking ADD COLUMN reminded_at timestamptz`);
    await queryRunner.query(
      `CREATE INDEX booking_unanswered_idx ON booking (created_at) WHERE status = 'REQUESTED' AND reminded_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS booking_unanswered_idx`);
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN reminded_at`);
  }
}
