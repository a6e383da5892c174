import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { OutboxModule } from '../outbox/outbox.module';
import { OpportunitiesResolver } from './opportunities.resolver';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityEditingService } from './opportunity-editing.service';
import { OpportunityLifecycleService } from './opportunity-lifecycle.service';
import { OpportunitySlotsService } from './opportunity-slots.service';

@Module({
  imports: [IdentityModule, OutboxModule],
  providers: [
    OpportunitiesService,
    OpportunityLifecycleService,
    OpportunityEditingService,
    OpportunitySlotsService,
    OpportunitiesResolver,
  ],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
