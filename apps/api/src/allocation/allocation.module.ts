import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingModule } from '../booking/booking.module';
import { CommonModule } from '../common/common.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { OutboxModule } from '../outbox/outbox.module';
import { AllocationResolver } from './allocation.resolver';
import { AllocationService } from './allocation.service';
import { PublishProgressTracker } from './publish-progress';

/** Cohort allocation rounds: open, rank, preview, publish (bookings through the seat guard). */
@Module({
  imports: [
    IdentityModule,
    OrganisationsModule,
    AuditModule,
    BookingModule,
    NotificationsModule,
    OutboxModule,
    CommonModule,
  ],
  providers: [AllocationService, AllocationResolver, PublishProgressTracker],
})
export class AllocationModule {}
