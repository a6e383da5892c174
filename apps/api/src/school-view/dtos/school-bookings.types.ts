import { BookingStatus, DeclineReason } from '@akselerator/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GuardianConsentStatus } from '../../booking/guardian-consent';

/** One of a pupil's bookings as their school counsellor sees it. */
@ObjectType()
export class SchoolBooking {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  endTime!: string;

  @Field(() => ID)
  opportunityId!: string;

  @Field()
  title!: string;

  @Field()
  employerName!: string;

  @Field(() => BookingStatus)
  status!: BookingStatus;

  @Field(() => DeclineReason, { nullable: true })
  declineReason!: DeclineReason | null;

  @Field({
    description:
      'Unanswered by the employer for two working days or more ("venter på svar"); the employer has been reminded',
  })
  awaitingAnswer!: boolean;

  @Field({ description: 'Booked by a school counsellor on the pupil’s behalf' })
  bookedOnBehalf!: boolean;

  @Field(() => GuardianConsentStatus)
  guardianConsent!: GuardianConsentStatus;
}

/** A pupil of the cohort with their hospitering days in the cohort's school year. */
@ObjectType()
export class PupilBookings {
  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'The guardian e-mail on record' })
  guardianEmail!: string | null;

  @Field(() => Int, { description: 'Days that count: booked (seat held), confirmed or attended' })
  daysBooked!: number;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  attended!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => Int)
  waitlisted!: number;

  @Field(() => Int, { description: 'Bookings waiting two working days or more for an answer' })
  awaitingAnswer!: number;

  @Field({ description: 'Has the required number of days' })
  hasRequiredDays!: boolean;

  @Field(() => [SchoolBooking])
  bookings!: SchoolBooking[];
}

@ObjectType()
export class SchoolBookingsView {
  @Field(() => ID)
  cohortId!: string;

  @Field({ description: 'e.g. 10A' })
  cohortName!: string;

  @Field({ description: 'e.g. 2026/27' })
  schoolYear!: string;

  @Field(() => Int, { description: 'Hospitering days each pupil should have this school year' })
  requiredDays!: number;

  @Field(() => [PupilBookings], { description: 'By name' })
  pupils!: PupilBookings[];
}
