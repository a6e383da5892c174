import { findTrade, OpportunityKind, OpportunityStatus } from '@akselerator/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

registerEnumType(OpportunityKind, { name: 'OpportunityKind' });
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus' });

/** A learning place an employer offers (mulighet). This slice posts HOSPITERING. */
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

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => String, { nullable: true })
  get tradeLabel(): string | undefined {
    return findTrade(this.tradeCode)?.label;
  }
}
