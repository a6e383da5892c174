import 'reflect-metadata';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { databaseOptions } from '../database/database-options';
import { OPPORTUNITY_INDEX } from './opportunity-index';
import { rebuildOpportunityIndex } from './rebuild-index';

/** `nx run api:reindex`: rebuilds the opportunities index from Postgres, without downtime. */
async function reindex(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = await new DataSource(databaseOptions(config.DATABASE_URL)).initialize();
  try {
    const client = new Meilisearch({ host: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY });
    const started = performance.now();
    const result = await rebuildOpportunityIndex(
      dataSource,
      client,
      `${config.MEILI_INDEX_PREFIX}${OPPORTUNITY_INDEX}`,
    );
    console.warn(
      `Rebuilt ${result.indexUid} with ${result.documents} documents in ${Math.round(performance.now() - started)} ms.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

reindex().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
