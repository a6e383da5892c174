import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookings of hospitering days. The database is the last line of defence for the seat rules:
 * seats_booked never exceeds capacity (CHECK on slot), one active booking per pupil per slot and
 * per date (partial unique indexes), and a retried request never books twice (booking_request).
 */
export class Bookings1764500000000 implements MigrationInterface {
  name = 'Bookings1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE booking_queue_seq`);
    await queryRunner.query(`
      CREATE TABLE booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slot_id uuid NOT NULL REFERENCES slot(id),
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        -- Copied from the slot so the database itself can forbid two bookings on one date.
        slot_date date NOT NULL,
        status text NOT NULL CHECK (status IN
          ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'DECLINED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
        -- The order in which the database accepted the request: the waitlist's order.
        queue_seq bigint NOT NULL DEFAULT nextval('booking_queue_seq'),
        booked_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX booking_one_active_per_date ON booking (youth_id, slot_date)
        WHERE status IN ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW')`);
    await queryRunner.query(
      `CREATE INDEX booking_slot_queue_idx ON booking (slot_id, status, queue_seq)`,
    );
    await queryRunner.query(`CREATE INDEX booking_youth_idx ON booking (youth_id, slot_date)`);
    await queryRunner.query(`
      CREATE TABLE booking_request (
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        request_hash char(64) NOT NULL,
        booking_id uuid NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS booking_request`);
    await queryRunner.query(`DROP TABLE IF EXISTS booking`);
    await queryRunner.query(`DROP SEQUENCE IF EXISTS booking_queue_seq`);
  }
}
