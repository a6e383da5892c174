import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A young person's matching profile: interests, strengths and practical adaptation needs, never
 * diagnoses or health data; location only as municipality (coarse on purpose).
 */
export class YouthProfiles1764800000000 implements MigrationInterface {
  name = 'YouthProfiles1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE youth_profile (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        programme_codes text[] NOT NULL DEFAULT '{}',
        trade_codes text[] NOT NULL DEFAULT '{}',
        strengths text[] NOT NULL DEFAULT '{}',
        adaptations_needed text[] NOT NULL DEFAULT '{}',
        kinds_wanted text[] NOT NULL DEFAULT '{}',
        home_municipality_code char(4),
        school_municipality_code char(4),
        max_travel_km double precision CHECK (max_travel_km IS NULL OR max_travel_km BETWEEN 1 AND 300),
        birth_date date,
        consent_to_be_proposed boolean NOT NULL DEFAULT false,
        last_offer_date date,
        first_contact_date date NOT NULL DEFAULT current_date,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT youth_profile_has_interest CHECK (cardinality(programme_codes) + cardinality(trade_codes) > 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS youth_profile`);
  }
}
