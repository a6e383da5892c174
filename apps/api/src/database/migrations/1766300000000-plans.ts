import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counsellor's workspace, part two (issue 8 §2): the strength-based mapping (interests,
 * strengths, dreams, work experience, practical adaptations and goals, deliberately without any
 * field for diagnoses or health), and the individual plan with milestones, comments and a version
 * row per change, so the young person and the coordinator see the plan's history as a timeline.
 */
export class Plans1766300000000 implements MigrationInterface {
  name = 'Plans1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE strength_mapping (
        youth_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        interests text[] NOT NULL DEFAULT '{}',
        strengths text[] NOT NULL DEFAULT '{}',
        dreams text NOT NULL DEFAULT '',
        work_experience text NOT NULL DEFAULT '',
        adaptations text[] NOT NULL DEFAULT '{}',
        goals text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES account(id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        youth_id uuid NOT NULL UNIQUE REFERENCES account(id) ON DELETE CASCADE,
        goal text NOT NULL,
        starts_on date NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        title text NOT NULL,
        due_on date NOT NULL,
        owner text NOT NULL CHECK (owner IN ('YOUTH', 'COORDINATOR', 'TOGETHER')),
        done_at timestamptz,
        position int NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX milestone_plan_idx ON milestone (plan_id, position)`);
    await queryRunner.query(`
      CREATE TABLE plan_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        author_id uuid REFERENCES account(id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX plan_comment_plan_idx ON plan_comment (plan_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE plan_version (
        plan_id uuid REFERENCES plan(id) ON DELETE CASCADE,
        version int,
        changed_by uuid REFERENCES account(id) ON DELETE SET NULL,
        changed_by_role text NOT NULL,
        summary text NOT NULL,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (plan_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE plan_version`);
    await queryRunner.query(`DROP TABLE plan_comment`);
    await queryRunner.query(`DROP TABLE milestone`);
    await queryRunner.query(`DROP TABLE plan`);
    await queryRunner.query(`DROP TABLE strength_mapping`);
  }
}
