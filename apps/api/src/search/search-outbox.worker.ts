import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxWakeUp } from '../outbox/outbox-wake-up';
import { toOpportunityDocument } from './opportunity-document';
import { loadEmployerDocuments } from './quick-search-documents';
import { IndexRejectedError, SearchIndexService } from './search-index.service';

const BATCH_SIZE = 200;
const MAX_BACKOFF_MS = 5_000;
/** A document Meilisearch refuses this many times goes to outbox_dead_letter. */
export const MAX_ATTEMPTS = 5;

interface OutboxRow {
  id: string;
  aggregate_id: string;
  attempts: number;
}

/**
 * Drains the outbox into Meilisearch. Each batch is claimed with FOR UPDATE SKIP LOCKED, so several
 * API instances can run this side by side without indexing the same row twice. The document is
 * always rebuilt from the opportunity's current state in Postgres, so the order in which events
 * are processed cannot leave an older version in the index.
 */
@Injectable()
export class SearchOutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchOutboxWorker.name);
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();
  private failures = 0;
  private ticking = false;
  /** Counts wake-ups, so a tick can tell whether one came in while it ran. */
  private wakeUps = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndexService,
    private readonly opportunities: OpportunitiesService,
    private readonly config: AppConfig,
    private readonly wakeUp: OutboxWakeUp,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.wakeUp.subscribe(() => {
      this.wake();
    });
    this.schedule(0);
  }

  /** A change committed: drain now instead of at the next poll (unless backing off). */
  private wake(): void {
    this.wakeUps += 1;
    if (!this.ticking && this.failures === 0) {
      this.schedule(0);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }

  /** Processes one batch; returns how many outbox rows it settled. */
  async drainOnce(): Promise<number> {
    await this.index.ensureOpportunityIndex();
    let failure: Error | undefined;
    const settled = await this.dataSource.transaction(async (manager) => {
      const events: OutboxRow[] = await manager.query(
        `SELECT id, aggregate_id, attempts FROM outbox_event
          WHERE processed_at IS NULL AND available_at <= now() AND topic = $1
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [OutboxTopic.OPPORTUNITY_CHANGED, BATCH_SIZE],
      );
      if (events.length === 0) return 0;
      const aggregateIds = [...new Set(events.map((event) => event.aggregate_id))];
      const opportunities = await this.opportunities.loadForIndexing(aggregateIds);
      const documents = opportunities.flatMap(
        (opportunity) => toOpportunityDocument(opportunity) ?? [],
      );
      const indexed = new Set(documents.map((document) => document.id));
      const employerIds = [...new Set(opportunities.map((opportunity) => opportunity.employerId))];
      const uid = this.index.opportunityIndexUid;
      try {
        await this.index.upsert(uid, documents);
        await this.index.remove(
          uid,
          aggregateIds.filter((id) => !indexed.has(id)),
        );
        await this.syncEmployers(manager, employerIds);
        await this.settle(manager, events);
        return events.length;
      } catch (error) {
        if (!(error instanceof IndexRejectedError)) {
          // Meilisearch unreachable or slow: the whole batch waits and retries.
          await this.retryLater(manager, events, error);
          failure =
            error instanceof Error
              ? error
              : new Error('Meilisearch write failed', { cause: error });
          return 0;
        }
      }
      // Meilisearch refused the batch: find the documents it refuses, so they cannot hold up the rest.
      const refused = new Map<string, string>();
      for (const document of documents) {
        try {
          await this.index.upsert(uid, [document]);
        } catch (error) {
          if (!(error instanceof IndexRejectedError)) throw error;
          refused.set(document.id, error.message);
        }
      }
      await this.index.remove(
        uid,
        aggregateIds.filter((id) => !indexed.has(id)),
      );
      await this.syncEmployers(manager, employerIds);
      const accepted = events.filter((event) => !refused.has(event.aggregate_id));
      await this.settle(manager, accepted);
      for (const event of events.filter((candidate) => refused.has(candidate.aggregate_id))) {
        const reason = refused.get(event.aggregate_id) ?? '';
        if (event.attempts + 1 >= MAX_ATTEMPTS) {
          await manager.query(
            `INSERT INTO outbox_dead_letter (event_id, topic, aggregate_id, attempts, error)
             SELECT id, topic, aggregate_id, attempts + 1, $2 FROM outbox_event WHERE id = $1`,
            [event.id, reason.slice(0, 2000)],
          );
          await this.settle(manager, [event]);
          this.logger.error({
            msg: 'search document moved to the dead-letter table',
            aggregateId: event.aggregate_id,
            err: reason,
          });
        } else {
          await this.retryLater(manager, [event], new Error(reason));
        }
      }
      return events.length;
    });
    if (failure) throw failure;
    return settled;
  }

  /** The employers of changed listings: their openings changed, or they have none left. */
  private async syncEmployers(manager: EntityManager, employerIds: string[]): Promise<void> {
    if (employerIds.length === 0) return;
    const documents = await loadEmployerDocuments(manager, employerIds);
    const kept = new Set(documents.map((document) => document.id));
    const uid = this.index.employerIndexUid;
    await this.index.upsert(uid, documents);
    await this.index.remove(
      uid,
      employerIds.filter((id) => !kept.has(id)),
    );
  }

  private async settle(manager: EntityManager, events: readonly OutboxRow[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `UPDATE outbox_event SET processed_at = now() WHERE id = ANY($1::bigint[])`,
      [events.map((event) => event.id)],
    );
  }

  /** Committed with the batch's transaction, not rolled back: the retry schedule must survive. */
  private async retryLater(
    manager: EntityManager,
    events: readonly OutboxRow[],
    error: unknown,
  ): Promise<void> {
    const message = error instanceof Error ? error.message : 'unknown error';
    await manager.query(
      `UPDATE outbox_event
          SET attempts = attempts + 1, last_error = $2,
              available_at = now() + least(interval '1 second' * power(2, attempts), interval '5 seconds')
        WHERE id = ANY($1::bigint[])`,
      [events.map((event) => event.id), message.slice(0, 2000)],
    );
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.current = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    this.ticking = true;
    const wakeUpsBefore = this.wakeUps;
    let nextDelay = this.config.OUTBOX_POLL_MS;
    try {
      const settled = await this.drainOnce();
      if (this.failures > 0) this.logger.log({ msg: 'search index reachable again, catching up' });
      this.failures = 0;
      if (settled > 0) nextDelay = 0;
    } catch (error) {
      this.failures += 1;
      nextDelay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(this.failures, 5));
      // One warning per outage, not one per retry.
      if (this.failures === 1) {
        this.logger.warn({
          msg: 'search outbox waiting for Meilisearch',
          err: (error as Error).message,
        });
      }
    }
    this.ticking = false;
    const wokenMeanwhile = this.wakeUps !== wakeUpsBefore;
    this.schedule(wokenMeanwhile && this.failures === 0 ? 0 : nextDelay);
  }
}
