import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AccountTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
  /** A guardian's link to a pupil's data rights; `account_id` is the pupil, `email` the guardian. */
  GUARDIAN_ACCESS = 'GUARDIAN_ACCESS',
  /** Confirms a new e-mail address; `email` is the new address, taken only when the link is used. */
  CHANGE_EMAIL = 'CHANGE_EMAIL',
}

/** A link sent by e-mail: single-use and expiring. Only a SHA-256 of the token is stored. */
@Entity('account_token')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  purpose!: AccountTokenPurpose;

  /** The address the link went to; verifying it counts only while the account still has it. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
