import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { CaseloadFollowUpResolver, FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';

/** Six months of follow-up after a reached goal: monthly reminders to the coordinator. */
@Module({
  imports: [OrganisationsModule, NotificationsModule, AuditModule],
  providers: [FollowUpService, FollowUpResolver, CaseloadFollowUpResolver],
  exports: [FollowUpService],
})
export class FollowUpModule {}
