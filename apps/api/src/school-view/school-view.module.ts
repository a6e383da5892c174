import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingModule } from '../booking/booking.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SchoolBookingsService } from './school-bookings.service';
import { SchoolPupilActionsService } from './school-pupil-actions.service';
import { SchoolViewResolver } from './school-view.resolver';
import { SchoolBookingWindowService } from './school-booking-window.service';
import {
  CohortWindowFieldResolver,
  PupilCohortWindowFieldResolver,
  SchoolBookingWindowResolver,
} from './school-booking-window.resolver';
import { IdentityModule } from '../identity/identity.module';

/** The school counsellor's follow-up of hospitering: the list, the CSV, acting for a pupil. */
@Module({
  imports: [BookingModule, OrganisationsModule, AuditModule, IdentityModule],
  providers: [
    SchoolBookingsService,
    SchoolPupilActionsService,
    SchoolViewResolver,
    SchoolBookingWindowService,
    SchoolBookingWindowResolver,
    CohortWindowFieldResolver,
    PupilCohortWindowFieldResolver,
  ],
})
export class SchoolViewModule {}
