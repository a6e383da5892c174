import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox events whose document the search index keeps refusing, kept with the error for a human. */
export class OutboxDeadLetter1765000000000 implements MigrationInterface {
  name = 'OutboxDeadLetter1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_dead_letter (
        id bigserial PRIMARY KEY,
        event_id bigint NOT NULL REFERENCES outbox_event(id) ON DELETE CASCADE,
        topic text NOT NULL,
        aggregate_id uuid NOT NULL,
        attempts int NOT NULL,
        error text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS outbox_dead_letter`);
  }
}
