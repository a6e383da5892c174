import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OutboxTopic } from './outbox-event.entity';
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
    // One round trip (it often runs while a slot's lock is held). The notification is delivered
    // when the transaction commits, and not at all if it rolls back.
    await manager.query(
      `WITH recorded AS (INSERT INTO outbox_event (topic, aggregate_id) VALUES ($1, $2::uuid) RETURNING id)
       SELECT pg_notify($3, $1) FROM recorded`,
      [topic, aggregateId, OUTBOX_CHANNEL],
    );
  }
}
