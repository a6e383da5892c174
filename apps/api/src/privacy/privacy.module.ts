import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module';
import { IdentityModule } from '../identity/identity.module';
import { SessionCookie } from '../identity/session-cookie';
import { MailModule } from '../mail/mail.module';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';

/** A young person's data rights: export and erasure; retention of unused accounts. */
@Module({
  imports: [IdentityModule, MailModule, BookingModule],
  providers: [PrivacyService, PrivacyResolver, RetentionService, SessionCookie],
})
export class PrivacyModule {}
