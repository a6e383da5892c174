import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { OutboxModule } from '../outbox/outbox.module';
import { OpportunitiesResolver } from './opportunities.resolver';
import { OpportunitiesService } from './opportunities.service';

@Module({
  imports: [IdentityModule, OutboxModule],
  providers: [OpportunitiesService, OpportunitiesResolver],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
