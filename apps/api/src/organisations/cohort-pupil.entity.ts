import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A pupil's place in a cohort (one at a time), and the class code they joined with. */
@Entity('cohort_pupil')
export class CohortPupil {
  @PrimaryColumn({ name: 'youth_id', type: 'uuid' })
  youthId!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ name: 'class_code_id', type: 'uuid', nullable: true })
  classCodeId!: string | null;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;
}
