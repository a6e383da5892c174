import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from './account.entity';
import { Employer } from './employer.entity';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { PasswordHasher } from './password-hasher';
import { SessionCookie } from './session-cookie';
import { Session } from './session.entity';
import { SessionMiddleware } from './session.middleware';
import { SessionService } from './session.service';

@Module({
  imports: [TypeOrmModule.forFeature([Account, Employer, Session])],
  providers: [IdentityService, IdentityResolver, PasswordHasher, SessionService, SessionCookie],
  exports: [IdentityService, PasswordHasher, SessionService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
