import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ApplicationNotices } from './application-notices';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationStore } from './application-store';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { OpportunityApplicationsResolver } from './opportunity-applications.resolver';

/** Youths applying to apprenticeships and simple jobs; employers answering them. */
@Module({
  imports: [IdentityModule, NotificationsModule, AuditModule],
  providers: [
    ApplicationStore,
    ApplicationNotices,
    ApplicationsService,
    ApplicationReviewService,
    ApplicationsResolver,
    OpportunityApplicationsResolver,
  ],
  exports: [ApplicationsService, ApplicationReviewService],
})
export class ApplicationsModule {}
