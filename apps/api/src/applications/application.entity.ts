import {
  ApplicationDeclineReason,
  applicationDeclineText,
  ApplicationSharedField,
  ApplicationStatus,
  Locale,
} from '@akselerator/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Opportunity } from '../opportunities/opportunity.entity';
import { SharedProfile, type SharedSnapshot } from './shared-profile';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(ApplicationDeclineReason, { name: 'ApplicationDeclineReason' });
registerEnumType(ApplicationSharedField, { name: 'ApplicationSharedField' });

/**
 * A youth's application (søknad) to an apprenticeship or a simple job: one per youth per
 * opportunity. Seen only by the youth and the members of the opportunity's employer.
 */
@ObjectType()
@Entity('application')
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @Field(() => Opportunity)
  @ManyToOne(() => Opportunity)
  @JoinColumn({ name: 'opportunity_id' })
  opportunity!: Opportunity;

  @Column({ name: 'youth_id', type: 'uuid' })
  youthId!: string;

  @Field({ description: "The youth's own words" })
  @Column({ type: 'text' })
  motivation!: string;

  @Field(() => [ApplicationSharedField], { description: 'What the youth chose to share' })
  @Column({ name: 'shared_fields', type: 'text', array: true })
  sharedFields!: ApplicationSharedField[];

  @Column({ name: 'shared_snapshot', type: 'jsonb' })
  sharedSnapshot!: SharedSnapshot;

  @Field(() => ApplicationStatus)
  @Column({ type: 'text' })
  status!: ApplicationStatus;

  @Field(() => ApplicationDeclineReason, { nullable: true })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: ApplicationDeclineReason | null;

  @Field({ description: 'When the youth applied (or re-applied after withdrawing)' })
  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  @Field()
  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => SharedProfile, {
    description: 'Exactly the profile values the youth shared, as they were when applying',
  })
  get applicant(): SharedProfile {
    return SharedProfile.from(this.sharedSnapshot);
  }

  @Field(() => String, {
    nullable: true,
    description: 'What the decline means for the youth, in Norwegian',
  })
  get declineMessage(): string | null {
    return this.declineReason
      ? applicationDeclineText(this.declineReason, Locale.NB).youthMessage
      : null;
  }
}
