import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { IdentityModule } from '../../identity/identity.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { IntakeResolver, OfficeLoadResolver } from './intake.resolver';
import { IntakeRouting } from './intake-routing';
import { IntakeService } from './intake.service';
import { OfficeLoadService } from './office-load.service';

/** "En dør inn": intake with routing by capacity, and the office lead's load view. */
@Module({
  imports: [IdentityModule, OrganisationsModule, NotificationsModule, AuditModule],
  providers: [IntakeRouting, IntakeService, OfficeLoadService, IntakeResolver, OfficeLoadResolver],
})
export class IntakeModule {}
