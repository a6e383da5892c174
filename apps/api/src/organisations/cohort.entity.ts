import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A class of 10th-graders at one school in one school year (kull), e.g. "10A" in "2026/27". */
@Entity('cohort')
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'school_year', type: 'text' })
  schoolYear!: string;

  /** The school's booking window for pupils booking on their own (ISO dates, both optional). */
  @Column({ name: 'booking_opens_on', type: 'date', nullable: true })
  bookingOpensOn!: string | null;

  @Column({ name: 'booking_closes_on', type: 'date', nullable: true })
  bookingClosesOn!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
