import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum FeedbackAuthor {
  YOUTH = 'YOUTH',
  EMPLOYER = 'EMPLOYER',
}

/** One side's short feedback on a day that took place. */
@ObjectType()
@Entity('booking_feedback')
export class BookingFeedback {
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @PrimaryColumn({ name: 'author_role', type: 'text' })
  authorRole!: FeedbackAuthor;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field(() => Int, { description: '1 (poor) to 5 (great)' })
  @Column({ type: 'int' })
  rating!: number;

  @Field()
  @Column({ type: 'text' })
  comment!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
