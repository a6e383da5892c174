import { findMunicipality } from '@akselerator/domain';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';

/** Where the learning place is; coordinates feed distance search. */
@ObjectType()
export class Address {
  @Field()
  @Column({ type: 'text' })
  street!: string;

  @Field()
  @Column({ name: 'postal_code', type: 'char', length: 4 })
  postalCode!: string;

  @Field()
  @Column({ name: 'postal_place', type: 'text' })
  postalPlace!: string;

  @Field()
  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  latitude!: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  longitude!: number;

  @Field()
  get municipalityName(): string {
    return findMunicipality(this.municipalityCode)?.name ?? this.municipalityCode;
  }
}
