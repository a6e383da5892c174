import { OpportunityStatus } from '@akselerator/domain';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OUTBOX_CHANNEL } from '../outbox/outbox-wake-up';
import { type EmployerDocument, loadEmployerDocuments } from './quick-search-documents';

const PAGE = 1_000;

export interface ReconcileResult {
  /** Published in Postgres but missing from the index (or, for employers, different there). */
  missing: number;
  /** In the index but not published any more: queued so the worker removes them. */
  stale: number;
}

/**
 * Compares the index with Postgres and repairs drift by queueing outbox events, so the repair goes
 * through the same worker, ordering and retries as every other change.
 */
export async function reconcileOpportunityIndex(
  dataSource: DataSource,
  client: Meilisearch,
  indexUid: string,
): Promise<ReconcileResult> {
  const indexed = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.index(indexUid).getDocuments({ fields: ['id'], limit: PAGE, offset });
    for (const document of page.results) indexed.add(String(document.id));
    if (page.results.length < PAGE) break;
  }
  const rows: { id: string }[] = await dataSource.query(
    'SELECT id FROM opportunity WHERE status = $1',
    [OpportunityStatus.PUBLISHED],
  );
  const published = new Set(rows.map((row) => row.id));
  const missing = [...published].filter((id) => !indexed.has(id));
  const stale = [...indexed].filter((id) => !published.has(id));
  const repairs = [...missing, ...stale];
  if (repairs.length > 0) {
    await dataSource.transaction(async (manager) => {
      await manager.query(
        'INSERT INTO outbox_event (topic, aggregate_id) SELECT $1, unnest($2::uuid[])',
        [OutboxTopic.OPPORTUNITY_CHANGED, repairs],
      );
      await manager.query('SELECT pg_notify($1, $2)', [
        OUTBOX_CHANNEL,
        OutboxTopic.OPPORTUNITY_CHANGED,
      ]);
    });
  }
  return { missing: missing.length, stale: stale.length };
}

/**
 * Employers: compared by id and content with what Postgres says now, and repaired directly (an
 * employer document is derived from its listings, so there is no event of its own to replay).
 */
export async function reconcileEmployerIndex(
  dataSource: DataSource,
  client: Meilisearch,
  indexUid: string,
): Promise<ReconcileResult> {
  const indexed = new Map<string, string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await client
      .index<EmployerDocument>(indexUid)
      .getDocuments({ limit: PAGE, offset });
    for (const document of page.results) indexed.set(document.id, canonical(document));
    if (page.results.length < PAGE) break;
  }
  const expected = await loadEmployerDocuments(dataSource.manager, null);
  const wanted = new Set(expected.map((document) => document.id));
  const repairs = expected.filter((document) => indexed.get(document.id) !== canonical(document));
  const stale = [...indexed.keys()].filter((id) => !wanted.has(id));
  const wait = async (task: { waitTask(): Promise<{ status: string }> }) => {
    const done = await task.waitTask();
    if (done.status !== 'succeeded') throw new Error(`Employer repair ${done.status}`);
  };
  if (repairs.length > 0)
    await wait(client.index(indexUid).addDocuments(repairs, { primaryKey: 'id' }));
  if (stale.length > 0) await wait(client.index(indexUid).deleteDocuments(stale));
  return { missing: repairs.length, stale: stale.length };
}

const canonical = (document: EmployerDocument): string =>
  JSON.stringify([
    document.name,
    document.openings,
    [...document.municipalityNames].sort(),
    [...document.tradeCodes].sort(),
  ]);
