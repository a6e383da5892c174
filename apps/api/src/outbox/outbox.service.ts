import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent, OutboxTopic } from './outbox-event.entity';
import { OUTBOX_CHANNEL } from './outbox-wake-up';

/** Writes outbox rows; always inside the caller's transaction, never on its own. */
@Injectable()
export class OutboxService {
  async record(manager: EntityManager, topic: OutboxTopic, aggregateId: string): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        'Outbox rows must be written in the same transaction as the change they describe',
      );
    }
    await manager.insert(OutboxEvent, { topic, aggregateId });
    // Delivered when the transaction commits, and not at all if it rolls back.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, topic]);
  }
}
