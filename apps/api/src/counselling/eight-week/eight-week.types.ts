import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What the last offer of work, education, training or activity was. */
export enum EightWeekOfferKind {
  /** A counsellor proposed an opportunity (match_proposal.created_at). */
  PROPOSAL = 'PROPOSAL',
  /** An employer offered a place on the young person's application. */
  APPLICATION_OFFER = 'APPLICATION_OFFER',
}
registerEnumType(EightWeekOfferKind, { name: 'EightWeekOfferKind' });

/** A young person who has waited 8 weeks or more without an offer (8-ukersregelen). */
@ObjectType()
export class EightWeekEntry {
  @Field(() => ID)
  youthId!: string;

  @Field()
  youthName!: string;

  @Field(() => ID)
  coordinatorId!: string;

  @Field()
  coordinatorName!: string;

  @Field({ description: 'The latest offer, or first contact when there was none' })
  waitingSince!: Date;

  @Field(() => Int, { description: 'Whole days (Norwegian calendar) since waitingSince' })
  daysWaited!: number;

  @Field(() => EightWeekOfferKind, { nullable: true, description: 'Null: never had an offer' })
  lastOfferKind!: EightWeekOfferKind | null;
}
