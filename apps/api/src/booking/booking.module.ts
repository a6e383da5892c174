import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { OutboxModule } from '../outbox/outbox.module';
import { BookingAnswerService } from './booking-answer.service';
import { BookingResolver } from './booking.resolver';
import { OpportunityBookingsResolver } from './opportunity-bookings.resolver';
import { BookingService } from './booking.service';
import { SeatGuard } from './seat-guard';

@Module({
  imports: [IdentityModule, OpportunitiesModule, OutboxModule],
  providers: [
    BookingService,
    BookingAnswerService,
    BookingResolver,
    OpportunityBookingsResolver,
    SeatGuard,
  ],
  exports: [BookingService, SeatGuard],
})
export class BookingModule {}
