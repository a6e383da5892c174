import { OpportunityStatus } from '@akselerator/domain';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { Opportunity } from '../opportunities/opportunity.entity';
import { toOpportunityDocument } from './opportunity-document';
import { OPPORTUNITY_INDEX_SETTINGS } from './opportunity-index';

const BATCH = 500;
const WAIT = { timeout: 120_000, interval: 50 };

export interface RebuildResult {
  indexUid: string;
  documents: number;
}

/**
 * Rebuilds an index from Postgres without downtime: fill a fresh index with the settings, then
 * swap it with the live one in a single Meilisearch task, then drop the old copy. Searches keep
 * hitting the old index until the swap, and the new one afterwards.
 */
export async function rebuildOpportunityIndex(
  dataSource: DataSource,
  client: Meilisearch,
  indexUid: string,
): Promise<RebuildResult> {
  const staging = `${indexUid}_rebuild_${Date.now().toString(36)}`;
  const succeeded = (
    task: { status: string; error?: { message: string } | null },
    what: string,
  ) => {
    if (task.status !== 'succeeded')
      throw new Error(`${what} failed: ${task.error?.message ?? task.status}`);
  };
  await client.createIndex(staging, { primaryKey: 'id' }).waitTask(WAIT);
  succeeded(
    await client.index(staging).updateSettings(OPPORTUNITY_INDEX_SETTINGS).waitTask(WAIT),
    'settings',
  );
  let documents = 0;
  for (let page = 0; ; page++) {
    const batch = await dataSource.getRepository(Opportunity).find({
      where: { status: OpportunityStatus.PUBLISHED },
      relations: { employer: true, slots: true },
      order: { id: 'ASC' },
      skip: page * BATCH,
      take: BATCH,
    });
    if (batch.length === 0) break;
    const docs = batch.flatMap((opportunity) => toOpportunityDocument(opportunity) ?? []);
    succeeded(
      await client.index(staging).addDocuments(docs, { primaryKey: 'id' }).waitTask(WAIT),
      'indexing',
    );
    documents += docs.length;
  }
  // The live index must exist for the swap; on a fresh Meilisearch it may not yet.
  await client.createIndex(indexUid, { primaryKey: 'id' }).waitTask(WAIT);
  succeeded(
    await client.swapIndexes([{ indexes: [indexUid, staging], rename: false }]).waitTask(WAIT),
    'swap',
  );
  await client.deleteIndex(staging).waitTask(WAIT);
  return { indexUid, documents };
}
