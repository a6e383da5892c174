import { BookingStatus, DeclineReason } from '@akselerator/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Slot } from '../opportunities/slot.entity';

registerEnumType(BookingStatus, { name: 'BookingStatus' });
registerEnumType(DeclineReason, { name: 'DeclineReason' });

/** A pupil's seat on a hospitering day, or their place in its waitlist. */
@ObjectType()
@Entity('booking')
export class Booking {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'slot_id', type: 'uuid' })
  slotId!: string;

  @Field(() => Slot)
  @ManyToOne(() => Slot)
  @JoinColumn({ name: 'slot_id' })
  slot!: Slot;

  @Column({ name: 'youth_id', type: 'uuid' })
  youthId!: string;

  @Column({ name: 'slot_date', type: 'date' })
  slotDate!: string;

  @Field(() => BookingStatus)
  @Column({ type: 'text' })
  status!: BookingStatus;

  @Column({ name: 'queue_seq', type: 'bigint', insert: false, update: false })
  queueSeq!: string;

  @Field(() => DeclineReason, { nullable: true })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: DeclineReason | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ name: 'booked_by', type: 'uuid', nullable: true })
  bookedBy!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
