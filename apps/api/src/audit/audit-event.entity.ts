import { AuditAction, AuditOutcome } from '@akselerator/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One meaningful access to a young person's data by someone else. Append-only (a trigger refuses changes). */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The account role, or the counsellor role (SCHOOL_COUNSELLOR, COORDINATOR, OFFICE_LEAD). */
  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  /** The actor's name when it happened (the log must read the same after staff changes). */
  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ name: 'actor_organisation', type: 'text', nullable: true })
  actorOrganisation!: string | null;

  @Column({ name: 'youth_id', type: 'uuid', nullable: true })
  youthId!: string | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text' })
  outcome!: AuditOutcome;
}
