import { MigrationInterface, QueryRunner } from 'typeorm';

/** Young people's accounts flagged for erasure after a long time unused (they are told first). */
export class Retention1765920000000 implements MigrationInterface {
  name = 'Retention1765920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE retention_notice (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        last_active_at timestamptz NOT NULL,
        flagged_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS retention_notice`);
  }
}
