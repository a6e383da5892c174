import { Module } from '@nestjs/common';
import { OutboxWakeUp } from './outbox-wake-up';
import { OutboxService } from './outbox.service';

@Module({ providers: [OutboxService, OutboxWakeUp], exports: [OutboxService, OutboxWakeUp] })
export class OutboxModule {}
