import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A lower-secondary school (ungdomsskole) whose counsellors follow their 10th-graders. */
@ObjectType()
@Entity('school')
export class School {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Kommunenummer in Agder, e.g. 4204 (Kristiansand)' })
  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
