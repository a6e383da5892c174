import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { IdentityModule } from '../../identity/identity.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { AppointmentsResolver } from './appointments.resolver';
import { AppointmentsService } from './appointments.service';

/** Meetings between coordinators and young people, with the running-late notice. */
@Module({
  imports: [IdentityModule, OrganisationsModule, NotificationsModule, AuditModule],
  providers: [AppointmentsService, AppointmentsResolver],
})
export class AppointmentsModule {}
