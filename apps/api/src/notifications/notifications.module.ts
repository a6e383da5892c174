import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsReader } from './notifications.reader';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [IdentityModule],
  providers: [
    NotificationsGateway,
    NotificationsReader,
    NotificationsService,
    NotificationsResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
