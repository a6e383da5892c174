import { ApplicationDeclineReason, ApplicationParty, ApplicationStatus } from '@akselerator/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(ApplicationParty, { name: 'ApplicationParty' });

/** One step in an application's history: from what, to what, by whom and when. */
@ObjectType()
@Entity('application_status_change')
export class ApplicationStatusChange {
  @Field(() => ID, { description: 'Increasing: the history in the order it happened' })
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Field(() => ApplicationStatus, { nullable: true, description: 'Null for the first application' })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ApplicationStatus;

  @Field(() => ApplicationDeclineReason, { nullable: true })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: ApplicationDeclineReason | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The account that made the change (null once that account is erased)',
  })
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedById!: string | null;

  @Field(() => ApplicationParty)
  @Column({ name: 'changed_by_role', type: 'text' })
  changedByRole!: ApplicationParty;

  @Field()
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
