import { MigrationInterface, QueryRunner } from 'typeorm';

/** A private calendar-feed address per user; only a hash of its secret is stored. */
export class CalendarFeeds1765300000000 implements MigrationInterface {
  name = 'CalendarFeeds1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS calendar_feed`);
  }
}
