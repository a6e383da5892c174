import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The youth's own matching profile (what the engine needs, nothing more). */
@ObjectType('YouthProfile')
@Entity('youth_profile')
export class YouthProfileRecord {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Field(() => [String])
  @Column({ name: 'programme_codes', type: 'text', array: true })
  programmeCodes!: string[];

  @Field(() => [String])
  @Column({ name: 'trade_codes', type: 'text', array: true })
  tradeCodes!: string[];

  @Field(() => [String], { description: 'From the fixed, positive list (Strength)' })
  @Column({ type: 'text', array: true })
  strengths!: string[];

  @Field(() => [String], { description: 'Practical needs (Adaptation), never diagnoses' })
  @Column({ name: 'adaptations_needed', type: 'text', array: true })
  adaptationsNeeded!: string[];

  @Field(() => [String])
  @Column({ name: 'kinds_wanted', type: 'text', array: true })
  kindsWanted!: string[];

  @Field(() => String, { nullable: true })
  @Column({ name: 'home_municipality_code', type: 'char', length: 4, nullable: true })
  homeMunicipalityCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'school_municipality_code', type: 'char', length: 4, nullable: true })
  schoolMunicipalityCode!: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ name: 'max_travel_km', type: 'double precision', nullable: true })
  maxTravelKm!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Field()
  @Column({ name: 'consent_to_be_proposed', type: 'boolean', default: false })
  consentToBeProposed!: boolean;

  @Column({ name: 'last_offer_date', type: 'date', nullable: true })
  lastOfferDate!: string | null;

  @Column({ name: 'first_contact_date', type: 'date' })
  firstContactDate!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
