import 'reflect-metadata';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { databaseOptions } from '../database/database-options';
import { createMeilisearchHttpClient } from './meilisearch-http-client';
import { rebuildSearchIndexes } from './rebuild-index';

/** `nx run api:reindex`: rebuilds the search indexes from Postgres, without downtime. */
async function reindex(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = await new DataSource(databaseOptions(config.DATABASE_URL)).initialize();
  try {
    const client = new Meilisearch({
      host: config.MEILI_URL,
      apiKey: config.MEILI_MASTER_KEY,
      // Deprecated in meilisearch-js (issue 1824) without a replacement yet; see the client's doc.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      httpClient: createMeilisearchHttpClient(),
    });
    const started = performance.now();
    const results = await rebuildSearchIndexes(dataSource, client, config.MEILI_INDEX_PREFIX);
    const summary = results.map((result) => `${result.indexUid} (${result.documents})`).join(', ');
    console.warn(`Rebuilt ${summary} in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await dataSource.destroy();
  }
}

reindex().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
