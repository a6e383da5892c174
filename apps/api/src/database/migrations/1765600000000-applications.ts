import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications (søknader) to apprenticeships and simple jobs, and every status change with who and
 * when. One application per youth per opportunity: the unique index is the last line of defence
 * behind the service's check. The snapshot holds exactly the profile values the youth chose to
 * share, as they were when applying.
 */
export class Applications1765600000000 implements MigrationInterface {
  name = 'Applications1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        opportunity_id uuid NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        motivation text NOT NULL CHECK (length(motivation) BETWEEN 1 AND 1000),
        shared_fields text[] NOT NULL DEFAULT '{}',
        shared_snapshot jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL CHECK (status IN
          ('RECEIVED', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        decline_reason text,
        applied_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT application_one_per_youth UNIQUE (opportunity_id, youth_id),
        CONSTRAINT application_declined_has_reason
          CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX application_youth_idx ON application (youth_id, applied_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX application_opportunity_status_idx ON application (opportunity_id, status)`,
    );
    await queryRunner.query(`
      CREATE TABLE application_status_change (
        id bigserial PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        decline_reason text,
        changed_by uuid REFERENCES account(id) ON DELETE SET NULL,
        changed_by_role text NOT NULL CHECK (changed_by_role IN ('YOUTH', 'EMPLOYER')),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX application_status_change_application_idx ON application_status_change (application_id, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS application_status_change`);
    await queryRunner.query(`DROP TABLE IF EXISTS application`);
  }
}
