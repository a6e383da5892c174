import { Role } from '@akselerator/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Employer } from './employer.entity';

registerEnumType(Role, { name: 'Role' });

/** A person who signs in. The password hash never leaves the identity module. */
@ObjectType()
@Entity('account')
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId!: string | null;

  @Field(() => Employer, { nullable: true })
  @ManyToOne(() => Employer, { nullable: true, eager: true })
  @JoinColumn({ name: 'employer_id' })
  employer!: Employer | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the account proved it owns its e-mail address; null until then',
  })
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
