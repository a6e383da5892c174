import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { EnrolmentModule } from '../organisations/enrolment.module';
import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AccountToken } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import { EmailVerificationService } from './email-verification.service';
import { OidcSignInResolver } from './oidc-sign-in.resolver';
import { OidcSignInService } from './oidc-sign-in.service';
import { PasswordResetService } from './password-reset.service';
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
  imports: [
    TypeOrmModule.forFeature([Account, AccountToken, Employer, Session]),
    MailModule,
    EnrolmentModule,
  ],
  providers: [
    IdentityService,
    IdentityResolver,
    PasswordHasher,
    SessionService,
    SessionCookie,
    AccountTokenService,
    EmailVerificationService,
    PasswordResetService,
    AccountRecoveryResolver,
    OidcSignInService,
    OidcSignInResolver,
  ],
  exports: [IdentityService, PasswordHasher, SessionService, AccountTokenService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
