import type { GoalKind } from '@akselerator/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A coordinator follows a young person from started_at until ended_at (null: still following). */
@Entity('caseload')
export class Caseload {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'youth_id', type: 'uuid' })
  youthId!: string;

  @Column({ name: 'coordinator_id', type: 'uuid' })
  coordinatorId!: string;

  @Column({ name: 'nav_office_id', type: 'uuid' })
  navOfficeId!: string;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy!: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** The goal was reached (job, apprenticeship, school, activity); follow-up goes on 6 months. */
  @Column({ name: 'goal_reached_at', type: 'timestamptz', nullable: true })
  goalReachedAt!: Date | null;

  @Column({ name: 'goal_kind', type: 'text', nullable: true })
  goalKind!: GoalKind | null;
}
