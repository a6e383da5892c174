import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cohort allocation rounds (issue 6): a school counsellor offers hospitering slots to a cohort,
 * pupils rank them, the counsellor previews the deferred-acceptance allocation and publishes it.
 * A round is published once (status and the assignment's primary key make a second publish book
 * nothing); each published assignment names the booking it made.
 */
export class AllocationRounds1766000000000 implements MigrationInterface {
  name = 'AllocationRounds1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE allocation_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        school_id uuid NOT NULL REFERENCES school(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        choices_deadline date NOT NULL,
        days_per_pupil int NOT NULL DEFAULT 2 CHECK (days_per_pupil BETWEEN 1 AND 5),
        min_choices int NOT NULL DEFAULT 3 CHECK (min_choices BETWEEN 1 AND 20),
        seed bigint NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PUBLISHED')),
        report jsonb,
        created_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES account(id) ON DELETE SET NULL,
        published_at timestamptz,
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX allocation_round_cohort ON allocation_round (cohort_id)`);
    await queryRunner.query(`CREATE INDEX allocation_round_school ON allocation_round (school_id)`);
    await queryRunner.query(`
      CREATE TABLE allocation_round_slot (
        round_id uuid NOT NULL REFERENCES allocation_round(id) ON DELETE CASCADE,
        slot_id uuid NOT NULL REFERENCES slot(id) ON DELETE CASCADE,
        PRIMARY KEY (round_id, slot_id)
      )`);
    // A pupil's ranking: one row per ranked slot, ranks 1..n without gaps (the service writes them).
    await queryRunner.query(`
      CREATE TABLE allocation_choice (
        round_id uuid NOT NULL,
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        slot_id uuid NOT NULL,
        rank int NOT NULL CHECK (rank BETWEEN 1 AND 20),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, youth_id, slot_id),
        UNIQUE (round_id, youth_id, rank),
        FOREIGN KEY (round_id, slot_id) REFERENCES allocation_round_slot(round_id, slot_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE allocation_assignment (
        round_id uuid NOT NULL REFERENCES allocation_round(id) ON DELETE CASCADE,
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        slot_id uuid NOT NULL REFERENCES slot(id) ON DELETE CASCADE,
        rank int NOT NULL,
        booking_id uuid REFERENCES booking(id) ON DELETE SET NULL,
        reason text NOT NULL,
        reason_en text NOT NULL,
        PRIMARY KEY (round_id, youth_id, slot_id)
      )`);
    // Pupils who got fewer days than the round gives, with why (never silently dropped).
    await queryRunner.query(`
      CREATE TABLE allocation_shortfall (
        round_id uuid NOT NULL REFERENCES allocation_round(id) ON DELETE CASCADE,
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        reason text NOT NULL,
        reason_en text NOT NULL,
        PRIMARY KEY (round_id, youth_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE allocation_shortfall`);
    await queryRunner.query(`DROP TABLE allocation_assignment`);
    await queryRunner.query(`DROP TABLE allocation_choice`);
    await queryRunner.query(`DROP TABLE allocation_round_slot`);
    await queryRunner.query(`DROP TABLE allocation_round`);
  }
}
