import { OpportunityStatus } from '@akselerator/domain';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OUTBOX_CHANNEL } from '../outbox/outbox-wake-up';

const PAGE = 1_000;

export interface ReconcileResult {
  /** Published in Postgres but missing from the index: queued for indexing through the outbox. */
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
