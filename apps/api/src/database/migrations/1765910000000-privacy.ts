import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What is left of an erased account: anonymous counts for the programme's statistics, no ids,
 * no names, no dates finer than the day.
 */
export class Privacy1765910000000 implements MigrationInterface {
  name = 'Privacy1765910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE erased_account_statistic (
        id bigserial PRIMARY KEY,
        erased_on date NOT NULL,
        role text NOT NULL,
        school_year text,
        had_coordinator boolean NOT NULL,
        days_booked int NOT NULL CHECK (days_booked >= 0),
        days_attended int NOT NULL CHECK (days_attended >= 0),
        applications int NOT NULL CHECK (applications >= 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS erased_account_statistic`);
  }
}
