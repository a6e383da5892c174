import { DeclineReason, declineText, Locale } from '@akselerator/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { Opportunity } from '../opportunities/opportunity.entity';
import { Booking } from './booking.entity';
import { BookingAftercareService } from './booking-aftercare.service';
import { BookingAnswerService } from './booking-answer.service';
import { BookingCalendarService } from './booking-calendar.service';
import { BookingFeedback, FeedbackAuthor } from './booking-feedback.entity';
import { GiveFeedbackInput } from './dtos/give-feedback.input';
import { BookingService } from './booking.service';
import { BookSlotInput } from './dtos/book-slot.input';

@Resolver(() => Booking)
export class BookingResolver {
  constructor(
    private readonly bookings: BookingService,
    private readonly opportunities: OpportunitiesService,
    private readonly answers: BookingAnswerService,
    private readonly aftercare: BookingAftercareService,
    private readonly calendar: BookingCalendarService,
  ) {}

  @Mutation(() => String, {
    description: 'A new private calendar-feed address (the old one stops working); keep it secret',
  })
  createCalendarFeed(@CurrentAccount() actor: Account | null): Promise<string> {
    return this.calendar.createFeed(actor);
  }

  @Mutation(() => Booking, {
    description: 'After the day, the employer marks whether the pupil came',
  })
  markAttendance(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('attended') attended: boolean,
  ): Promise<Booking> {
    return this.aftercare.markAttendance(actor, id, attended);
  }

  @Mutation(() => BookingFeedback, {
    description: 'A rating and a sentence after an attended day, from the pupil or the employer',
  })
  giveFeedback(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: GiveFeedbackInput,
  ): Promise<BookingFeedback> {
    return this.aftercare.giveFeedback(actor, input);
  }

  @ResolveField(() => BookingFeedback, { nullable: true })
  feedbackFromPupil(
    @CurrentAccount() actor: Account | null,
    @Parent() booking: Booking,
  ): Promise<BookingFeedback | null> {
    return this.aftercare.feedbackFor(actor, booking, FeedbackAuthor.YOUTH);
  }

  @ResolveField(() => BookingFeedback, { nullable: true })
  feedbackFromEmployer(
    @CurrentAccount() actor: Account | null,
    @Parent() booking: Booking,
  ): Promise<BookingFeedback | null> {
    return this.aftercare.feedbackFor(actor, booking, FeedbackAuthor.EMPLOYER);
  }

  @Mutation(() => Booking, { description: 'The employer confirms a requested booking' })
  confirmBooking(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Booking> {
    return this.answers.confirm(actor, id);
  }

  @Mutation(() => Booking, {
    description: 'The employer declines with one of the fixed reasons; the seat is freed',
  })
  declineBooking(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
    // Typed as string so the validation pipe leaves it to GraphQL, which has already checked the enum.
    @Args('reason', { type: () => DeclineReason }) reason: string,
  ): Promise<Booking> {
    return this.answers.decline(actor, id, reason);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The pupil's name: for the pupil and the employer they booked",
  })
  pupilName(
    @CurrentAccount() actor: Account | null,
    @Parent() booking: Booking,
  ): Promise<string | null> {
    return this.answers.pupilNameFor(actor, booking);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'What a decline means for the pupil, in Norwegian',
  })
  declineMessage(@Parent() booking: Booking): string | null {
    return booking.declineReason
      ? declineText(booking.declineReason, Locale.NB).pupilMessage
      : null;
  }

  @Mutation(() => Booking, {
    description: 'Books a seat, or a place on the waitlist when the day is full',
  })
  bookSlot(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: BookSlotInput,
  ): Promise<Booking> {
    return this.bookings.book(actor, input);
  }

  @Mutation(() => Booking)
  cancelBooking(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Booking> {
    return this.bookings.cancel(actor, id);
  }

  @Query(() => [Booking], { description: "The signed-in pupil's bookings, by date" })
  myBookings(@CurrentAccount() actor: Account | null): Promise<Booking[]> {
    return this.bookings.listOwn(actor);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: '1 for the first in line; null when not waiting',
  })
  waitlistPosition(@Parent() booking: Booking): Promise<number | null> {
    return this.bookings.waitlistPosition(booking);
  }

  @ResolveField(() => Opportunity, { nullable: true })
  opportunity(
    @CurrentAccount() actor: Account | null,
    @Parent() booking: Booking,
  ): Promise<Opportunity | null> {
    return this.opportunities.findVisible(actor, booking.slot.opportunityId);
  }
}
