import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { MailModule } from '../mail/mail.module';
import { GuardianConsentResolver } from './guardian-consent.resolver';
import { GuardianConsentService } from './guardian-consent.service';
import { BookingNotices } from './booking-notices';
import { BookingRemindersJob } from './booking-reminders.job';
import { BookingAftercareService } from './booking-aftercare.service';
import { BookingAnswerService } from './booking-answer.service';
import { BookingCalendarController } from './booking-calendar.controller';
import { BookingCalendarService } from './booking-calendar.service';
import { BookingResolver } from './booking.resolver';
import { OpportunityBookingsResolver } from './opportunity-bookings.resolver';
import { BookingService } from './booking.service';
import { BookingMoveService } from './booking-move.service';
import { BookingSteps } from './booking-steps';
import { SeatGuard } from './seat-guard';

@Module({
  imports: [IdentityModule, OpportunitiesModule, OutboxModule, NotificationsModule, MailModule],
  controllers: [BookingCalendarController],
  providers: [
    BookingService,
    BookingAnswerService,
    BookingAftercareService,
    BookingResolver,
    OpportunityBookingsResolver,
    SeatGuard,
    BookingNotices,
    BookingRemindersJob,
    BookingCalendarService,
    GuardianConsentService,
    GuardianConsentResolver,
    BookingMoveService,
    BookingSteps,
  ],
  exports: [BookingService, BookingMoveService, SeatGuard, BookingNotices, GuardianConsentService],
})
export class BookingModule {}
