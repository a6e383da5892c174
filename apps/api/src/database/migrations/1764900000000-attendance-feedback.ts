import { MigrationInterface, QueryRunner } from 'typeorm';

/** After the day: the employer marks attendance, and both sides leave a short rating and sentence. */
export class AttendanceFeedback1764900000000 implements MigrationInterface {
  name = 'AttendanceFeedback1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE booking_feedback (
        booking_id uuid NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
        author_role text NOT NULL CHECK (author_role IN ('YOUTH', 'EMPLOYER')),
        author_id uuid REFERENCES account(id) ON DELETE SET NULL,
        rating int NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 280),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (booking_id, author_role)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS booking_feedback`);
  }
}
