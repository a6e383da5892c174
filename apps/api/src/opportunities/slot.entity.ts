import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Opportunity } from './opportunity.entity';

// TypeORM also runs this on the null columns of a LEFT JOIN when an opportunity has no slots.
const hoursAndMinutes = {
  to: (value: string) => value,
  from: (value: string | null) => (value === null ? null : value.slice(0, 5)),
};

/**
 * One hospitering date with its capacity. The database guards the seat count
 * (CHECK 0 <= seats_booked <= capacity), whatever path changes it.
 */
@ObjectType()
@Entity('slot')
export class Slot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @ManyToOne('Opportunity', 'slots', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity!: Opportunity;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  date!: string;

  @Field({ description: 'HH:MM' })
  @Column({ name: 'start_time', type: 'time', transformer: hoursAndMinutes })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  @Column({ name: 'end_time', type: 'time', transformer: hoursAndMinutes })
  endTime!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  capacity!: number;

  @Field(() => Int)
  @Column({ name: 'seats_booked', type: 'int', default: 0 })
  seatsBooked!: number;

  @Field(() => Int)
  get seatsLeft(): number {
    return Math.max(0, this.capacity - this.seatsBooked);
  }
}
