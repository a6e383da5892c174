import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { AccessLogService } from './access-log.service';
import { AuditRequestScopeMiddleware } from './audit-request-scope';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The append-only audit log of access to young people's data, and the young person's view of it. */
@Module({
  imports: [IdentityModule],
  providers: [AuditService, AccessLogService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditRequestScopeMiddleware).forRoutes('*path');
  }
}
