import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations (schools, NAV offices, employer members and invitations), cohorts with class codes,
 * coordinators' caseloads, and the append-only audit log of access to young people's data.
 */
export class OrganisationsAudit1765900000000 implements MigrationInterface {
  name = 'OrganisationsAudit1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        municipality_code char(4) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_code, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE nav_office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        municipality_code char(4) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (name)
      )`);
    // One organisation per counsellor account: a school, or a NAV office.
    await queryRunner.query(`
      CREATE TABLE counsellor_membership (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('SCHOOL_COUNSELLOR', 'COORDINATOR', 'OFFICE_LEAD')),
        school_id uuid REFERENCES school(id),
        nav_office_id uuid REFERENCES nav_office(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (
          (role = 'SCHOOL_COUNSELLOR' AND school_id IS NOT NULL AND nav_office_id IS NULL) OR
          (role IN ('COORDINATOR', 'OFFICE_LEAD') AND nav_office_id IS NOT NULL AND school_id IS NULL)
        )
      )`);
    await queryRunner.query(
      `CREATE INDEX counsellor_membership_school ON counsellor_membership (school_id) WHERE school_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX counsellor_membership_nav_office ON counsellor_membership (nav_office_id) WHERE nav_office_id IS NOT NULL`,
    );

    // The account's employer_id stays "the member's employer"; the membership adds the role.
    await queryRunner.query(`
      CREATE TABLE employer_membership (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX employer_membership_employer ON employer_membership (employer_id)`,
    );
    // Whoever signed an employer up so far is its owner.
    await queryRunner.query(`
      INSERT INTO employer_membership (account_id, employer_id, role)
      SELECT id, employer_id, 'OWNER' FROM account WHERE role = 'EMPLOYER' AND employer_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE employer_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash char(64) NOT NULL UNIQUE,
        invited_by uuid REFERENCES account(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX employer_invitation_employer ON employer_invitation (employer_id, created_at DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL REFERENCES school(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}/[0-9]{2}$'),
        created_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (school_id, school_year, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE class_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        code char(8) NOT NULL UNIQUE CHECK (code ~ '^[A-HJ-NP-Z2-9]{8}$'),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX class_code_cohort ON class_code (cohort_id)`);
    // A pupil is in one cohort at a time.
    await queryRunner.query(`
      CREATE TABLE cohort_pupil (
        youth_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort(id),
        class_code_id uuid REFERENCES class_code(id) ON DELETE SET NULL,
        joined_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX cohort_pupil_cohort ON cohort_pupil (cohort_id)`);

    // A young person outside school follows one coordinator at a time; history is kept.
    await queryRunner.query(`
      CREATE TABLE caseload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        coordinator_id uuid NOT NULL REFERENCES account(id),
        nav_office_id uuid NOT NULL REFERENCES nav_office(id),
        started_at timestamptz NOT NULL DEFAULT now(),
        started_by uuid REFERENCES account(id) ON DELETE SET NULL,
        ended_at timestamptz,
        CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX caseload_one_active_per_youth ON caseload (youth_id) WHERE ended_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX caseload_active_by_coordinator ON caseload (coordinator_id) WHERE ended_at IS NULL`,
    );

    // Append-only. youth_id and actor_id carry no foreign key: the record outlives an erased
    // account (it then names nobody), and a denied attempt may name an id that never existed.
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_role text NOT NULL,
        actor_name text NOT NULL,
        actor_organisation text,
        youth_id uuid,
        action text NOT NULL,
        purpose text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED'))
      )`);
    await queryRunner.query(`CREATE INDEX audit_event_youth ON audit_event (youth_id, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_event_actor ON audit_event (actor_id, id DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_update_or_delete
        BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate
        BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
    // When the API connects as a role other than the table's owner (production: migrations run as
    // the owner, the API as an application role), that role may insert and read, never change.
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC`);
    await queryRunner.query(`
      DO $$
      DECLARE app_role text := current_setting('akselerator.app_role', true);
      BEGIN
        IF app_role IS NOT NULL AND app_role <> '' AND app_role <> current_user THEN
          EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', app_role);
          EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', app_role);
          EXECUTE format('GRANT USAGE ON SEQUENCE audit_event_id_seq TO %I', app_role);
        END IF;
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS audit_event`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_event_is_append_only()`);
    await queryRunner.query(`DROP TABLE IF EXISTS caseload`);
    await queryRunner.query(`DROP TABLE IF EXISTS cohort_pupil`);
    await queryRunner.query(`DROP TABLE IF EXISTS class_code`);
    await queryRunner.query(`DROP TABLE IF EXISTS cohort`);
    await queryRunner.query(`DROP TABLE IF EXISTS employer_invitation`);
    await queryRunner.query(`DROP TABLE IF EXISTS employer_membership`);
    await queryRunner.query(`DROP TABLE IF EXISTS counsellor_membership`);
    await queryRunner.query(`DROP TABLE IF EXISTS nav_office`);
    await queryRunner.query(`DROP TABLE IF EXISTS school`);
  }
}
