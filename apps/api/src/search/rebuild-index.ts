import { OpportunityStatus } from '@akselerator/domain';
import type { Meilisearch, Settings } from 'meilisearch';
import { In, MoreThan, type DataSource } from 'typeorm';
import { Opportunity } from '../opportunities/opportunity.entity';
import { toOpportunityDocument } from './opportunity-document';
import { OPPORTUNITY_INDEX, OPPORTUNITY_INDEX_SETTINGS } from './opportunity-index';
import {
  EMPLOYER_INDEX,
  EMPLOYER_INDEX_SETTINGS,
  loadEmployerDocuments,
  TRADE_DOCUMENTS,
  TRADE_INDEX,
  TRADE_INDEX_SETTINGS,
} from './quick-search-documents';

const BATCH = 2_500;
const WAIT = { timeout: 600_000, interval: 50 };
const NO_ID = '00000000-0000-0000-0000-000000000000';

export interface RebuildResult {
  indexUid: string;
  documents: number;
}

type Task = { status: string; error?: { message: string } | null };
const succeeded = (task: Task, what: string) => {
  if (task.status !== 'succeeded')
    throw new Error(`${what} failed: ${task.error?.message ?? task.status}`);
};

/**
 * Rebuilds an index without downtime: fill a fresh index with the settings, then swap it with the
 * live one in a single Meilisearch task, then drop the old copy. Searches keep hitting the old
 * index until the swap, and the new one afterwards. `fill` hands over batches of documents;
 * their indexing overlaps with reading the next batch from Postgres.
 */
async function rebuildIndex(
  client: Meilisearch,
  indexUid: string,
  settings: Settings,
  fill: (add: (documents: { id: string }[]) => Promise<void>) => Promise<void>,
): Promise<RebuildResult> {
  const staging = `${indexUid}_rebuild_${Date.now().toString(36)}`;
  await client.createIndex(staging, { primaryKey: 'id' }).waitTask(WAIT);
  try {
    succeeded(await client.index(staging).updateSettings(settings).waitTask(WAIT), 'settings');
    let documents = 0;
    let pending: Promise<void> = Promise.resolve();
    await fill(async (batch) => {
      if (batch.length === 0) return;
      // Meilisearch indexes one batch while Postgres reads the next; at most one in flight.
      await pending;
      const enqueued = client.index(staging).addDocuments(batch, { primaryKey: 'id' });
      pending = enqueued.waitTask(WAIT).then((task) => {
        succeeded(task, 'indexing');
      });
      // Awaited before the next batch or at the end; until then a failure must not count as unhandled.
      pending.catch(() => undefined);
      documents += batch.length;
    });
    await pending;
    // The live index must exist for the swap; on a fresh Meilisearch it may not yet.
    await client.createIndex(indexUid, { primaryKey: 'id' }).waitTask(WAIT);
    succeeded(
      await client.swapIndexes([{ indexes: [indexUid, staging], rename: false }]).waitTask(WAIT),
      'swap',
    );
    return { indexUid, documents };
  } finally {
    // After the swap this is the old copy; after a failure, the half-built one.
    await client.deleteIndex(staging).waitTask(WAIT);
  }
}

/** The opportunities index from Postgres: published listings, read in id order (keyset pages). */
export function rebuildOpportunityIndex(
  dataSource: DataSource,
  client: Meilisearch,
  indexUid: string,
): Promise<RebuildResult> {
  return rebuildIndex(client, indexUid, OPPORTUNITY_INDEX_SETTINGS, async (add) => {
    const repository = dataSource.getRepository(Opportunity);
    for (let after = NO_ID; ;) {
      // Ids first, then the page with its relations: a LIMIT over a join would cut slots off.
      const ids = await repository.find({
        select: { id: true },
        where: { status: OpportunityStatus.PUBLISHED, id: MoreThan(after) },
        order: { id: 'ASC' },
        take: BATCH,
      });
      const last = ids.at(-1);
      if (!last) return;
      const batch = await repository.find({
        where: { id: In(ids.map((row) => row.id)) },
        relations: { employer: true, slots: true },
      });
      await add(batch.flatMap((opportunity) => toOpportunityDocument(opportunity) ?? []));
      after = last.id;
    }
  });
}

/** The employers index from Postgres: employers with published listings. */
export function rebuildEmployerIndex(
  dataSource: DataSource,
  client: Meilisearch,
  indexUid: string,
): Promise<RebuildResult> {
  return rebuildIndex(client, indexUid, EMPLOYER_INDEX_SETTINGS, async (add) => {
    for (let after = NO_ID; ;) {
      const batch = await loadEmployerDocuments(dataSource.manager, null, { after, limit: BATCH });
      const last = batch.at(-1);
      if (!last) return;
      await add(batch);
      after = last.id;
    }
  });
}

/** The trades index from the taxonomy in @akselerator/domain. */
export function rebuildTradeIndex(client: Meilisearch, indexUid: string): Promise<RebuildResult> {
  return rebuildIndex(client, indexUid, TRADE_INDEX_SETTINGS, (add) => add([...TRADE_DOCUMENTS]));
}

/** Every search index, one after the other, each swapped in when it is complete. */
export async function rebuildSearchIndexes(
  dataSource: DataSource,
  client: Meilisearch,
  prefix: string,
): Promise<RebuildResult[]> {
  return [
    await rebuildOpportunityIndex(dataSource, client, `${prefix}${OPPORTUNITY_INDEX}`),
    await rebuildEmployerIndex(dataSource, client, `${prefix}${EMPLOYER_INDEX}`),
    await rebuildTradeIndex(client, `${prefix}${TRADE_INDEX}`),
  ];
}
