import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { SessionCookie } from '../identity/session-cookie';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** A young person's data rights: export and erasure. */
@Module({
  imports: [IdentityModule],
  providers: [PrivacyService, PrivacyResolver, SessionCookie],
})
export class PrivacyModule {}
