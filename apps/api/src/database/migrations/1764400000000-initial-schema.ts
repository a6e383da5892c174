import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, employers, sessions, opportunities with slots, and the search outbox. */
export class InitialSchema1764400000000 implements MigrationInterface {
  name = 'InitialSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        organisation_number char(9) NOT NULL UNIQUE CHECK (organisation_number ~ '^[0-9]{9}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        password_hash text,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
        role text NOT NULL CHECK (role IN ('YOUTH', 'EMPLOYER', 'COUNSELLOR', 'ADMIN')),
        employer_id uuid REFERENCES employer(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_employer_role CHECK ((role = 'EMPLOYER') = (employer_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX account_email_key ON account (email)`);
    await queryRunner.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX session_account_idx ON session (account_id)`);
    await queryRunner.query(`
      CREATE TABLE opportunity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer(id),
        kind text NOT NULL CHECK (kind IN ('HOSPITERING', 'APPRENTICESHIP', 'SIMPLE_JOB', 'TRAINEE', 'WORK_TRIAL')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED')),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
        description text NOT NULL CHECK (length(description) <= 4000),
        tasks text NOT NULL CHECK (length(tasks) <= 2000),
        practical_info text NOT NULL CHECK (length(practical_info) <= 2000),
        programme_code text NOT NULL,
        trade_code text NOT NULL,
        street text NOT NULL,
        postal_code char(4) NOT NULL,
        postal_place text NOT NULL,
        municipality_code char(4) NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Used only when Meilisearch is unavailable: Postgres full-text search in Norwegian.
        search_document tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('norwegian', title), 'A') ||
          setweight(to_tsvector('norwegian', trade_code || ' ' || postal_place), 'B') ||
          setweight(to_tsvector('norwegian', description || ' ' || tasks), 'C')
        ) STORED
      )`);
    await queryRunner.query(`CREATE INDEX opportunity_employer_idx ON opportunity (employer_id)`);
    await queryRunner.query(
      `CREATE INDEX opportunity_status_kind_idx ON opportunity (status, kind)`,
    );
    await queryRunner.query(
      `CREATE INDEX opportunity_search_idx ON opportunity USING gin (search_document)`,
    );
    await queryRunner.query(`
      CREATE TABLE slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        opportunity_id uuid NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
        date date NOT NULL,
        start_time time NOT NULL,
        end_time time NOT NULL,
        capacity int NOT NULL CHECK (capacity BETWEEN 1 AND 500),
        seats_booked int NOT NULL DEFAULT 0,
        CONSTRAINT slot_seats_within_capacity CHECK (seats_booked >= 0 AND seats_booked <= capacity),
        CONSTRAINT slot_end_after_start CHECK (end_time > start_time),
        CONSTRAINT slot_one_per_date UNIQUE (opportunity_id, date)
      )`);
    await queryRunner.query(`CREATE INDEX slot_date_idx ON slot (date)`);
    await queryRunner.query(`
      CREATE TABLE outbox_event (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        aggregate_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        processed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_event_pending_idx ON outbox_event (available_at, id) WHERE processed_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outbox_event', 'slot', 'opportunity', 'session', 'account', 'employer']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
