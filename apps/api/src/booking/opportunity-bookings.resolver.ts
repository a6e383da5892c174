import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { Opportunity } from '../opportunities/opportunity.entity';
import { Booking } from './booking.entity';
import { BookingAnswerService } from './booking-answer.service';

/** `Opportunity.bookings`: checked here, where the data is loaded, not by the parent query. */
@Resolver(() => Opportunity)
export class OpportunityBookingsResolver {
  constructor(private readonly answers: BookingAnswerService) {}

  @ResolveField(() => [Booking], {
    nullable: true,
    description: "Only for the employer's own members; null for anyone else",
  })
  bookings(
    @CurrentAccount() actor: Account | null,
    @Parent() opportunity: Opportunity,
  ): Promise<Booking[] | null> {
    return this.answers.listForOpportunity(actor, opportunity.id, opportunity.employerId);
  }
}
