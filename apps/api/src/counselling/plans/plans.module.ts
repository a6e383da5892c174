import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { IdentityModule } from '../../identity/identity.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { MilestonesService } from './milestones.service';
import { PlanAccess } from './plan-access';
import { PlanNotices } from './plan-notices';
import { PlanStore } from './plan-store';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';
import { StrengthMappingService } from './strength-mapping.service';

/** The strength-based mapping and the individual plan with milestones, notes and versions. */
@Module({
  imports: [IdentityModule, AuditModule, OrganisationsModule, NotificationsModule],
  providers: [
    PlanAccess,
    PlanStore,
    PlanNotices,
    StrengthMappingService,
    PlansService,
    MilestonesService,
    PlansResolver,
  ],
})
export class PlansModule {}
