import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counsellor's workspace, intake side (issue 8 §1, §4, §5): requests for a coordinator ("en dør
 * inn") with their screening answers, the goal a caseload reached and its six months of follow-up
 * reminders, and meetings between a coordinator and a young person.
 */
export class CounsellingIntake1766200000000 implements MigrationInterface {
  name = 'CounsellingIntake1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE intake_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        submitted_by uuid REFERENCES account(id) ON DELETE SET NULL,
        answers jsonb NOT NULL,
        priority text NOT NULL CHECK (priority IN ('HIGH', 'NORMAL', 'LOW')),
        status text NOT NULL CHECK (status IN ('WAITING', 'ROUTED', 'WITHDRAWN')),
        nav_office_id uuid REFERENCES nav_office(id),
        coordinator_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        routed_at timestamptz
      )`);
    // One waiting request per young person; the queue reads waiting requests oldest first.
    await queryRunner.query(
      `CREATE UNIQUE INDEX intake_request_one_waiting ON intake_request (youth_id) WHERE status = 'WAITING'`,
    );
    await queryRunner.query(
      `CREATE INDEX intake_request_youth ON intake_request (youth_id, created_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX intake_request_waiting ON intake_request (created_at) WHERE status = 'WAITING'`,
    );

    await queryRunner.query(`
      ALTER TABLE caseload
        ADD COLUMN goal_reached_at timestamptz,
        ADD COLUMN goal_kind text CHECK (goal_kind IN ('JOB', 'APPRENTICESHIP', 'SCHOOL', 'ACTIVITY'))`);
    // Capacity counts active caseloads per coordinator.
    await queryRunner.query(
      `CREATE INDEX caseload_active_coordinator ON caseload (coordinator_id) WHERE ended_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE follow_up_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        caseload_id uuid NOT NULL REFERENCES caseload(id) ON DELETE CASCADE,
        due_on date NOT NULL,
        sent_at timestamptz,
        UNIQUE (caseload_id, due_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX follow_up_reminder_unsent ON follow_up_reminder (due_on) WHERE sent_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        coordinator_id uuid NOT NULL REFERENCES account(id),
        starts_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 10 AND 240),
        place text NOT NULL,
        agenda text,
        status text NOT NULL CHECK (status IN ('PLANNED', 'CANCELLED', 'DONE')),
        delayed_to timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX appointment_youth ON appointment (youth_id, starts_at)`);
    await queryRunner.query(
      `CREATE INDEX appointment_coordinator ON appointment (coordinator_id, starts_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE appointment`);
    await queryRunner.query(`DROP TABLE follow_up_reminder`);
    await queryRunner.query(`DROP INDEX caseload_active_coordinator`);
    await queryRunner.query(
      `ALTER TABLE caseload DROP COLUMN goal_kind, DROP COLUMN goal_reached_at`,
    );
    await queryRunner.query(`DROP TABLE intake_request`);
  }
}
