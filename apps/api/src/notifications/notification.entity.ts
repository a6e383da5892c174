import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  BOOKING_REQUESTED = 'BOOKING_REQUESTED',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_DECLINED = 'BOOKING_DECLINED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  BOOKING_REMINDER = 'BOOKING_REMINDER',
  /** To the employer's members: a youth applied (or re-applied). */
  APPLICATION_RECEIVED = 'APPLICATION_RECEIVED',
  /** To the youth: the employer moved their application (in review, interview, offer, declined). */
  APPLICATION_STATUS_CHANGED = 'APPLICATION_STATUS_CHANGED',
  /** To the employer's members: the youth withdrew. */
  APPLICATION_WITHDRAWN = 'APPLICATION_WITHDRAWN',
  /** To the employer's members: the youth accepted the offer. */
  APPLICATION_ACCEPTED = 'APPLICATION_ACCEPTED',
  /** To the pupil: a counsellor published an allocation round; their days (or why none). */
  ALLOCATION_PUBLISHED = 'ALLOCATION_PUBLISHED',
  /** To the youth and the coordinator: an intake request got a coordinator. */
  INTAKE_ROUTED = 'INTAKE_ROUTED',
  /** To the youth (or the coordinator): the other one changed the plan. */
  PLAN_CHANGED = 'PLAN_CHANGED',
  /** To the youth: a counsellor proposed an opportunity. */
  PROPOSAL_RECEIVED = 'PROPOSAL_RECEIVED',
  /** To the youth: the counsellor withdrew a proposal. */
  PROPOSAL_WITHDRAWN = 'PROPOSAL_WITHDRAWN',
  /** To the counsellor: the youth accepted or declined a proposal. */
  PROPOSAL_ANSWERED = 'PROPOSAL_ANSWERED',
  /** To the employer's members: a youth accepted a proposal for their opportunity. */
  PROPOSAL_FOR_EMPLOYER = 'PROPOSAL_FOR_EMPLOYER',
  /** To the youth and the counsellor: the employer answered a proposal. */
  PROPOSAL_EMPLOYER_ANSWERED = 'PROPOSAL_EMPLOYER_ANSWERED',
  /** To the youth and the counsellor: the proposal ended in a placement. */
  PROPOSAL_PLACED = 'PROPOSAL_PLACED',
  /** To the coordinator: time to follow up a young person after the goal was reached. */
  FOLLOW_UP_REMINDER = 'FOLLOW_UP_REMINDER',
  /** To the other party: a meeting was booked. */
  APPOINTMENT_BOOKED = 'APPOINTMENT_BOOKED',
  /** To the other party: the meeting was cancelled. */
  APPOINTMENT_CANCELLED = 'APPOINTMENT_CANCELLED',
  /** To the youth: the coordinator is running late; the new time. */
  APPOINTMENT_LATE = 'APPOINTMENT_LATE',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

export interface NotificationPayload {
  text: string;
  bookingId?: string;
  applicationId?: string;
  proposalId?: string;
  appointmentId?: string;
  /** The young person the notification is about (for counsellors' links). */
  youthId?: string;
}

/** Something a user should know: delivered live, and always re-readable. */
@ObjectType()
@Entity('notification')
export class Notification {
  @Field(() => ID, {
    description: 'Increasing: a client catches up with everything after the last id it saw',
  })
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'jsonb', default: {} })
  payload!: NotificationPayload;

  @Field({ description: 'A Norwegian sentence for the user' })
  get text(): string {
    return this.payload.text;
  }

  @Field(() => String, { nullable: true })
  get bookingId(): string | null {
    return this.payload.bookingId ?? null;
  }

  @Field(() => String, { nullable: true })
  get applicationId(): string | null {
    return this.payload.applicationId ?? null;
  }

  @Field(() => String, { nullable: true })
  get proposalId(): string | null {
    return this.payload.proposalId ?? null;
  }

  @Field(() => String, { nullable: true })
  get appointmentId(): string | null {
    return this.payload.appointmentId ?? null;
  }

  @Field(() => String, { nullable: true })
  get youthId(): string | null {
    return this.payload.youthId ?? null;
  }

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
