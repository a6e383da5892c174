import { Field, ObjectType } from '@nestjs/graphql';

/** What a guardian's consent link is about: only what the e-mail already said. */
@ObjectType()
export class GuardianConsentRequest {
  @Field()
  pupilName!: string;

  @Field()
  title!: string;

  @Field()
  employerName!: string;

  @Field()
  street!: string;

  @Field()
  postalCode!: string;

  @Field()
  postalPlace!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  endTime!: string;

  @Field({ description: 'Consent has been given (the link is then used up)' })
  given!: boolean;

  @Field({ description: 'The link has expired before consent was given' })
  expired!: boolean;
}
