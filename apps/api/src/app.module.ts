import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AllocationModule } from './allocation/allocation.module';
import { AuditModule } from './audit/audit.module';
import { CounsellingModule } from './counselling/counselling.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PrivacyModule } from './privacy/privacy.module';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from './applications/applications.module';
import { BookingModule } from './booking/booking.module';
import { CommonModule } from './common/common.module';
import type { GraphQLContext } from './common/graphql-context';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { databaseOptions } from './database/database-options';
import { DemoCityModule } from './demo-city/demo-city.module';
import { HealthModule } from './health/health.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { IdentityModule } from './identity/identity.module';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { SearchModule } from './search/search.module';
import { SchoolViewModule } from './school-view/school-view.module';
import { graphqlHardening } from './common/graphql-hardening';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const production = config.NODE_ENV === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        RateLimitModule,
        // Migrations run at start-up, so a fresh database is ready without a manual step.
        TypeOrmModule.forRoot({ ...databaseOptions(config.DATABASE_URL), migrationsRun: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: config.GRAPHQL_INTROSPECTION ?? !production,
          csrfPrevention: true,
          // Depth, alias, token and cost limits, CSRF, no batching, no stack traces.
          ...graphqlHardening(config),
          context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
        }),
        IdentityModule,
        OpportunitiesModule,
        SearchModule,
        BookingModule,
        SchoolViewModule,
        ApplicationsModule,
        NotificationsModule,
        MatchingModule,
        AllocationModule,
        OrganisationsModule,
        AuditModule,
        PrivacyModule,
        CounsellingModule,
        HealthModule,
        DemoCityModule,
      ],
    };
  }
}
