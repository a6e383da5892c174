import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OutboxTopic {
  /** The opportunity's searchable state changed; the worker re-reads it from Postgres. */
  OPPORTUNITY_CHANGED = 'opportunity.changed',
}

/**
 * A change that must reach Meilisearch, written in the same transaction as the change itself,
 * so a committed write is never lost on the way to the index.
 */
@Entity('outbox_event')
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  topic!: OutboxTopic;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
