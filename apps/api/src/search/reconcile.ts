import 'reflect-metadata';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { databaseOptions } from '../database/database-options';
import { OPPORTUNITY_INDEX } from './opportunity-index';
import { EMPLOYER_INDEX } from './quick-search-documents';
import { reconcileEmployerIndex, reconcileOpportunityIndex } from './reconcile-index';

/** `nx run api:reconcile`: finds drift between the index and Postgres and queues the repairs. */
async function reconcile(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = await new DataSource(databaseOptions(config.DATABASE_URL)).initialize();
  try {
    const client = new Meilisearch({ host: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY });
    const result = await reconcileOpportunityIndex(
      dataSource,
      client,
      `${config.MEILI_INDEX_PREFIX}${OPPORTUNITY_INDEX}`,
    );
    console.warn(
      `Queued ${result.missing} missing and ${result.stale} stale document(s) for the search worker.`,
    );
    const employers = await reconcileEmployerIndex(
      dataSource,
      client,
      `${config.MEILI_INDEX_PREFIX}${EMPLOYER_INDEX}`,
    );
    console.warn(
      `Employers: rewrote ${employers.missing} missing or outdated and removed ${employers.stale} stale document(s).`,
    );
  } finally {
    await dataSource.destroy();
  }
}

reconcile().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
