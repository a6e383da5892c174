import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications are rows, written in the same transaction as the change they announce; the live
 * channel only delivers them, so a client that was away reads what it missed from here.
 */
export class Notifications1764700000000 implements MigrationInterface {
  name = 'Notifications1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification (
        id bigserial PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX notification_account_idx ON notification (account_id, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS notification`);
  }
}
