import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proposals (forslag): a counsellor proposes an opportunity to a young person, who answers; on yes
 * the employer sees a frozen copy of exactly what the young person agreed to share, and answers.
 * One open proposal per youth and opportunity; every move is one event row.
 */
export class MatchProposals1766400000000 implements MigrationInterface {
  name = 'MatchProposals1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE match_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        youth_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
        counsellor_id uuid REFERENCES account(id) ON DELETE SET NULL,
        message text NOT NULL,
        status text NOT NULL CHECK (status IN ('PROPOSED','ACCEPTED','DECLINED','WITHDRAWN',
          'EMPLOYER_ACCEPTED','EMPLOYER_DECLINED','PLACED')),
        decline_reason text,
        shared_fields text[] NOT NULL DEFAULT '{}',
        shared_snapshot jsonb,
        employer_message text,
        created_at timestamptz NOT NULL,
        answered_at timestamptz,
        employer_answered_at timestamptz,
        placed_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX match_proposal_open_once ON match_proposal (youth_id, opportunity_id)
       WHERE status IN ('PROPOSED','ACCEPTED','EMPLOYER_ACCEPTED')`);
    // The youth's list, the 8-week rule's latest offer, and the employer's list by opportunity.
    await queryRunner.query(
      `CREATE INDEX match_proposal_youth ON match_proposal (youth_id, created_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX match_proposal_opportunity ON match_proposal (opportunity_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE match_proposal_event (
        id bigserial PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES match_proposal(id) ON DELETE CASCADE,
        status text NOT NULL,
        actor_id uuid,
        actor_role text NOT NULL,
        note text,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX match_proposal_event_proposal ON match_proposal_event (proposal_id, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE match_proposal_event`);
    await queryRunner.query(`DROP TABLE match_proposal`);
  }
}
