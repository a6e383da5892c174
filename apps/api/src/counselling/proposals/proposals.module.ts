import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { IdentityModule } from '../../identity/identity.module';
import { MatchingModule } from '../../matching/matching.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { OpportunitiesModule } from '../../opportunities/opportunities.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { FollowUpModule } from '../follow-up/follow-up.module';
import { ProposalAnswersService } from './proposal-answers.service';
import { ProposalNotices } from './proposal-notices';
import { ProposalStore } from './proposal-store';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

/** Proposals (forslag): counsellor proposes, young person answers, employer answers, placement. */
@Module({
  imports: [
    IdentityModule,
    OrganisationsModule,
    AuditModule,
    NotificationsModule,
    OpportunitiesModule,
    MatchingModule,
    FollowUpModule,
  ],
  providers: [
    ProposalStore,
    ProposalNotices,
    ProposalsService,
    ProposalAnswersService,
    ProposalsResolver,
  ],
})
export class ProposalsModule {}
