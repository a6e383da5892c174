import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { Opportunity } from '../opportunities/opportunity.entity';
import { Booking } from './booking.entity';
import { BookingService } from './booking.service';
import { BookSlotInput } from './dtos/book-slot.input';

@Resolver(() => Booking)
export class BookingResolver {
  constructor(
    private readonly bookings: BookingService,
    private readonly opportunities: OpportunitiesService,
  ) {}

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
