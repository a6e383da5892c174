import { EmployerRole } from '@akselerator/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The role of an employer account in its employer (account.employer_id names the employer). */
@Entity('employer_membership')
export class EmployerMembership {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Column({ type: 'text' })
  role!: EmployerRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
