import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { MatchingResolver } from './matching.resolver';
import { RecommendationsService } from './recommendations.service';
import { YouthProfileRecord } from './youth-profile.entity';
import { YouthProfileService } from './youth-profile.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([YouthProfileRecord]),
    IdentityModule,
    OpportunitiesModule,
    OrganisationsModule,
  ],
  providers: [YouthProfileService, RecommendationsService, MatchingResolver],
  exports: [RecommendationsService],
})
export class MatchingModule {}
