import {
  type Adaptation,
  findTrade,
  OpportunityKind,
  OpportunityStatus,
  type Strength,
} from '@akselerator/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Employer } from '../identity/employer.entity';
import { Address } from './address.embedded';
import { Slot } from './slot.entity';

/** numeric comes back from pg as a string; the API speaks numbers. */
const numericOrNull = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

registerEnumType(OpportunityKind, { name: 'OpportunityKind' });
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus' });

/** A learning place an employer offers (mulighet). Hospitering has dated slots; apprenticeships and
 * simple jobs carry their own columns (places, start date, hours per week …). */
@ObjectType()
@Entity('opportunity')
export class Opportunity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Field(() => Employer)
  @ManyToOne(() => Employer)
  @JoinColumn({ name: 'employer_id' })
  employer!: Employer;

  @Field(() => OpportunityKind)
  @Column({ type: 'text' })
  kind!: OpportunityKind;

  @Field(() => OpportunityStatus)
  @Column({ type: 'text' })
  status!: OpportunityStatus;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'What the young person will do there' })
  @Column({ type: 'text' })
  tasks!: string;

  @Field()
  @Column({ name: 'practical_info', type: 'text' })
  practicalInfo!: string;

  @Field()
  @Column({ name: 'programme_code', type: 'text' })
  programmeCode!: string;

  @Field()
  @Column({ name: 'trade_code', type: 'text' })
  tradeCode!: string;

  @Field(() => Address)
  @Column(() => Address, { prefix: false })
  address!: Address;

  @Field(() => [Slot])
  @OneToMany(() => Slot, (slot) => slot.opportunity, { cascade: ['insert'] })
  slots!: Slot[];

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; pupils can book from this date (null: at once)',
  })
  @Column({ name: 'booking_opens_on', type: 'date', nullable: true })
  bookingOpensOn!: string | null;

  @Field(() => Int, { description: 'Pupils can cancel online until this many days before the day' })
  @Column({ name: 'cancellation_deadline_days', type: 'int', default: 1 })
  cancellationDeadlineDays!: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'APPRENTICESHIP: number of places' })
  @Column({ type: 'int', nullable: true })
  places!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; APPRENTICESHIP start (required), SIMPLE_JOB start (optional)',
  })
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; last day to apply (APPRENTICESHIP, optional for SIMPLE_JOB)',
  })
  @Column({ name: 'application_deadline', type: 'date', nullable: true })
  applicationDeadline!: string | null;

  @Field({ description: 'What the employer expects of an applicant; empty when nothing' })
  @Column({ type: 'text', default: '' })
  requirements!: string;

  @Field(() => Float, { nullable: true, description: 'SIMPLE_JOB: hours per week (0 < h ≤ 40)' })
  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numericOrNull,
  })
  hoursPerWeek!: number | null;

  @Field({ description: 'SIMPLE_JOB: when the work happens, e.g. "Tirsdager 15–18"' })
  @Column({ type: 'text', default: '' })
  schedule!: string;

  @Field(() => [String], { description: 'Adaptation codes the workplace offers' })
  @Column({ name: 'adaptations_offered', type: 'text', array: true, default: () => "'{}'" })
  adaptationsOffered!: Adaptation[];

  @Field(() => [String], { description: 'Strength codes the employer looks for' })
  @Column({ name: 'strengths_sought', type: 'text', array: true, default: () => "'{}'" })
  strengthsSought!: Strength[];

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Filled by the employer's list in one query, so the dashboard does not count row by row. */
  activeBookingsCount?: number;

  @Field(() => String, { nullable: true })
  get tradeLabel(): string | undefined {
    return findTrade(this.tradeCode)?.label;
  }
}
