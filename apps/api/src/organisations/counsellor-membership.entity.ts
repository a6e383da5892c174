import { CounsellorRole } from '@akselerator/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A counsellor account's place: a school (school counsellor) or a NAV office (coordinator, lead). */
@Entity('counsellor_membership')
export class CounsellorMembership {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  role!: CounsellorRole;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId!: string | null;

  @Column({ name: 'nav_office_id', type: 'uuid', nullable: true })
  navOfficeId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
