import { Module } from '@nestjs/common';
import { AccountCorrectionResolver } from './account-correction.resolver';
import { AccountCorrectionService } from './account-correction.service';
import { AuditModule } from '../audit/audit.module';
import { BookingModule } from '../booking/booking.module';
import { IdentityModule } from '../identity/identity.module';
import { SessionCookie } from '../identity/session-cookie';
import { MailModule } from '../mail/mail.module';
import { GuardianRightsResolver } from './guardian-rights.resolver';
import { GuardianRightsService } from './guardian-rights.service';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';

/** A young person's data rights (and, under 16, their guardian's): export and erasure; retention. */
@Module({
  imports: [IdentityModule, MailModule, BookingModule, AuditModule],
  providers: [
    PrivacyService,
    PrivacyResolver,
    RetentionService,
    SessionCookie,
    GuardianRightsService,
    GuardianRightsResolver,
    AccountCorrectionService,
    AccountCorrectionResolver,
  ],
})
export class PrivacyModule {}
