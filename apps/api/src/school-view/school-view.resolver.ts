import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { Booking } from '../booking/booking.entity';
import { BookSlotInput } from '../booking/dtos/book-slot.input';
import { MoveBookingInput } from '../booking/dtos/move-booking.input';
import { PupilBookings, SchoolBookingsView } from './dtos/school-bookings.types';
import { SetGuardianEmailInput } from './dtos/school-view.inputs';
import { schoolBookingsCsv } from './school-bookings-csv';
import { SchoolBookingsService } from './school-bookings.service';
import { SchoolPupilActionsService } from './school-pupil-actions.service';

/** The school counsellor's view of their pupils' hospitering days. */
@Resolver()
export class SchoolViewResolver {
  constructor(
    private readonly view: SchoolBookingsService,
    private readonly actions: SchoolPupilActionsService,
  ) {}

  @Query(() => SchoolBookingsView, {
    nullable: true,
    description:
      "A cohort's pupils and their hospitering days this school year, for a school counsellor of its school; otherwise null",
  })
  schoolBookings(
    @CurrentAccount() actor: Account | null,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<SchoolBookingsView | null> {
    return this.view.forCohort(actor, cohortId);
  }

  @Query(() => PupilBookings, {
    nullable: true,
    description:
      "One pupil's hospitering days this school year, for a school counsellor of the pupil's school; otherwise null",
  })
  pupilBookings(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
  ): Promise<PupilBookings | null> {
    return this.view.forPupil(actor, youthId);
  }

  @Query(() => String, {
    nullable: true,
    description: 'The same list as CSV (semicolons, UTF-8 with BOM, for spreadsheets); else null',
  })
  async schoolBookingsCsv(
    @CurrentAccount() actor: Account | null,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<string | null> {
    const view = await this.view.forCohort(actor, cohortId, 'export');
    return view ? schoolBookingsCsv(view) : null;
  }

  @Mutation(() => Booking, {
    description: "A school counsellor books a day (or a waitlist place) on a pupil's behalf",
  })
  bookForPupil(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('input') input: BookSlotInput,
  ): Promise<Booking> {
    return this.actions.bookForPupil(actor, youthId, input);
  }

  @Mutation(() => Booking, {
    description:
      "A school counsellor moves a pupil's booking to another day: the old seat is freed and the new one taken, or neither",
  })
  moveBookingForPupil(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: MoveBookingInput,
  ): Promise<Booking> {
    return this.actions.moveForPupil(actor, input);
  }

  @Mutation(() => String, {
    description:
      "A school counsellor records a pupil's guardian e-mail; unanswered consent requests go to it",
  })
  setGuardianEmail(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: SetGuardianEmailInput,
  ): Promise<string> {
    return this.actions.setGuardianEmail(actor, input);
  }

  @Mutation(() => Int, {
    description: 'Sends a guardian a fresh consent link for a booking; answers how many were sent',
  })
  resendGuardianConsent(
    @CurrentAccount() actor: Account | null,
    @Args('bookingId', { type: () => ID }) bookingId: string,
  ): Promise<number> {
    return this.actions.resendGuardianConsent(actor, bookingId);
  }
}
