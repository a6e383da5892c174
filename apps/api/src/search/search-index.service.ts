import { Injectable, Logger } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { AppConfig } from '../config/app-config';
import type { Settings } from 'meilisearch';
import { createMeilisearchHttpClient } from './meilisearch-http-client';
import { OPPORTUNITY_INDEX, OPPORTUNITY_INDEX_SETTINGS } from './opportunity-index';
import {
  EMPLOYER_INDEX,
  EMPLOYER_INDEX_SETTINGS,
  TRADE_DOCUMENTS,
  TRADE_INDEX,
  TRADE_INDEX_SETTINGS,
} from './quick-search-documents';

// A short poll interval: an editor waits for the publish to become searchable.
const WAIT = { timeout: 30_000, interval: 20 };

/** Meilisearch processed the task and refused it (as opposed to being unreachable). */
export class IndexRejectedError extends Error {}

/** Talks to Meilisearch: index settings, document writes (checked to the task's final status), swaps. */
@Injectable()
export class SearchIndexService {
  private readonly logger = new Logger(SearchIndexService.name);
  readonly client: Meilisearch;
  private settingsApplied: Promise<void> | undefined;
  /** Counts successful document writes, so caches of search counts know when they are stale. */
  writes = 0;

  constructor(private readonly config: AppConfig) {
    this.client = new Meilisearch({
      host: config.MEILI_URL,
      apiKey: config.MEILI_MASTER_KEY,
      // Deprecated in meilisearch-js (issue 1824) without a replacement yet; see the client's doc.
      // The time limit is the transport's, not the client's `timeout` (see the transport).
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      httpClient: createMeilisearchHttpClient({ timeoutMs: 5_000 }),
    });
  }

  get opportunityIndexUid(): string {
    return `${this.config.MEILI_INDEX_PREFIX}${OPPORTUNITY_INDEX}`;
  }

  get employerIndexUid(): string {
    return `${this.config.MEILI_INDEX_PREFIX}${EMPLOYER_INDEX}`;
  }

  get tradeIndexUid(): string {
    return `${this.config.MEILI_INDEX_PREFIX}${TRADE_INDEX}`;
  }

  /**
   * Creates the three indexes with their settings once per process, and loads the trades (they
   * come from the taxonomy, not from Postgres); retried after a failure.
   */
  ensureOpportunityIndex(): Promise<void> {
    this.settingsApplied ??= this.applyAllSettings().catch((error: unknown) => {
      this.settingsApplied = undefined;
      throw error;
    });
    return this.settingsApplied;
  }

  private async applyAllSettings(): Promise<void> {
    await this.applySettings(this.opportunityIndexUid, OPPORTUNITY_INDEX_SETTINGS);
    await this.applySettings(this.employerIndexUid, EMPLOYER_INDEX_SETTINGS);
    await this.applySettings(this.tradeIndexUid, TRADE_INDEX_SETTINGS);
    await this.upsert(this.tradeIndexUid, [...TRADE_DOCUMENTS]);
  }

  async applySettings(indexUid: string, settings: Settings): Promise<void> {
    await this.client.createIndex(indexUid, { primaryKey: 'id' }).waitTask(WAIT);
    // createIndex fails (in the task) when the index exists; settings are what matter.
    const task = await this.client.index(indexUid).updateSettings(settings).waitTask(WAIT);
    if (task.status !== 'succeeded') {
      throw new Error(
        `Meilisearch rejected the index settings: ${task.error?.message ?? task.status}`,
      );
    }
    this.logger.log({ msg: 'index settings applied', indexUid });
  }

  async upsert(indexUid: string, documents: { id: string }[]): Promise<void> {
    if (documents.length === 0) return;
    const task = await this.client
      .index(indexUid)
      .addDocuments(documents, { primaryKey: 'id' })
      .waitTask(WAIT);
    if (task.status !== 'succeeded') {
      throw new IndexRejectedError(
        `Meilisearch did not index the documents: ${task.error?.message ?? task.status}`,
      );
    }
    this.writes += 1;
  }

  async remove(indexUid: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const task = await this.client.index(indexUid).deleteDocuments(ids).waitTask(WAIT);
    if (task.status !== 'succeeded') {
      throw new IndexRejectedError(
        `Meilisearch did not delete the documents: ${task.error?.message ?? task.status}`,
      );
    }
    this.writes += 1;
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.client.health();
      return true;
    } catch {
      return false;
    }
  }
}
