import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Apprenticeships (lærlingplass) and simple jobs (enkel jobb) beside hospitering, plus the
 * lifecycle timestamps. The CHECKs hold whatever path writes, so a kind never lacks what it needs.
 */
export class OpportunityKinds1765500000000 implements MigrationInterface {
  name = 'OpportunityKinds1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE opportunity
        ADD COLUMN places int,
        ADD COLUMN start_date date,
        ADD COLUMN application_deadline date,
        ADD COLUMN requirements text NOT NULL DEFAULT '' CHECK (length(requirements) <= 2000),
        ADD COLUMN hours_per_week numeric(4,1),
        ADD COLUMN schedule text NOT NULL DEFAULT '' CHECK (length(schedule) <= 200),
        ADD COLUMN adaptations_offered text[] NOT NULL DEFAULT '{}',
        ADD COLUMN strengths_sought text[] NOT NULL DEFAULT '{}',
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN archived_at timestamptz,
        ADD CONSTRAINT opportunity_places_positive
          CHECK (places IS NULL OR places BETWEEN 1 AND 500),
        ADD CONSTRAINT opportunity_apprenticeship_needs_places_and_start
          CHECK (kind <> 'APPRENTICESHIP' OR (places IS NOT NULL AND start_date IS NOT NULL)),
        ADD CONSTRAINT opportunity_hours_per_week_range
          CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 40)),
        ADD CONSTRAINT opportunity_simple_job_needs_hours
          CHECK (kind <> 'SIMPLE_JOB' OR hours_per_week IS NOT NULL),
        ADD CONSTRAINT opportunity_deadline_not_after_start
          CHECK (application_deadline IS NULL OR start_date IS NULL
                 OR application_deadline <= start_date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE opportunity
        DROP COLUMN places,
        DROP COLUMN start_date,
        DROP COLUMN application_deadline,
        DROP COLUMN requirements,
        DROP COLUMN hours_per_week,
        DROP COLUMN schedule,
        DROP COLUMN adaptations_offered,
        DROP COLUMN strengths_sought,
        DROP COLUMN closed_at,
        DROP COLUMN archived_at`);
  }
}
