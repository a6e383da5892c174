import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../database/database-options';
import { eventually, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  CREATE_HOSPITERING,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SEARCH,
  SIGN_UP,
  type SearchData,
} from '../../test/operations';
import { OPPORTUNITY_INDEX } from './opportunity-index';
import { Client } from 'pg';
import { insertOpportunities } from '../../test/search-fixtures';
import { daysFromToday } from '../../test/operations';
import { rebuildOpportunityIndex, rebuildSearchIndexes } from './rebuild-index';
import { reconcileOpportunityIndex } from './reconcile-index';

describe(rebuildOpportunityIndex.name, () => {
  let api: TestApi;
  let employer: TestClient;

  beforeAll(async () => {
    api = await startTestApi();
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('reindex') });
  });

  afterAll(async () => {
    await api.close();
  });

  it('repairs an index that lost documents, by rebuilding from Postgres and swapping', async () => {
    const ids: string[] = [];
    for (const title of ['Frisør i Kvadraturen', 'Frisør på Lund', 'Frisør i Vågsbygd']) {
      const created = await employer.graphql<{ createHospitering: { id: string } }>(
        CREATE_HOSPITERING,
        { input: hospiteringInput({ title }) },
      );
      const id = created.data?.createHospitering.id ?? '';
      await employer.graphql(PUBLISH, { id });
      ids.push(id);
    }
    const total = async () =>
      (await api.client().graphql<SearchData>(SEARCH, { input: { query: 'frisør' } })).data
        ?.searchOpportunities;
    await eventually(async () => (await total())?.totalHits === 3);

    const client = new Meilisearch({
      host: api.config.MEILI_URL,
      apiKey: api.config.MEILI_MASTER_KEY,
    });
    const indexUid = `${api.config.MEILI_INDEX_PREFIX}${OPPORTUNITY_INDEX}`;
    await client
      .index(indexUid)
      .deleteDocuments([ids[0] ?? '', ids[1] ?? ''])
      .waitTask();
    expect((await total())?.totalHits).toBe(1);

    const dataSource = await new DataSource(databaseOptions(api.databaseUrl)).initialize();
    try {
      const result = await rebuildOpportunityIndex(dataSource, client, indexUid);
      expect(result.documents).toBe(3);
    } finally {
      await dataSource.destroy();
    }
    const after = await total();
    expect(after?.degraded).toBe(false);
    expect(after?.totalHits).toBe(3);
    // Drift the other way round: a stray document and a missing one; reconcile queues both repairs.
    await client
      .index(indexUid)
      .addDocuments([
        { id: '00000000-0000-4000-8000-00000000dead', title: 'Frisør som ikke finnes' },
      ])
      .waitTask();
    await client
      .index(indexUid)
      .deleteDocuments([ids[2] ?? ''])
      .waitTask();
    const reconciling = await new DataSource(databaseOptions(api.databaseUrl)).initialize();
    try {
      expect(await reconcileOpportunityIndex(reconciling, client, indexUid)).toEqual({
        missing: 1,
        stale: 1,
      });
    } finally {
      await reconciling.destroy();
    }
    await eventually(async () => {
      const repaired = await total();
      return repaired?.totalHits === 3 && repaired.hits.every((hit) => ids.includes(hit.id));
    });
    await eventually(async () => {
      const stored = await client.index(indexUid).getDocuments({ fields: ['id'], limit: 10 });
      return (
        stored.results.length === 3 &&
        stored.results.every((document) => ids.includes(String(document.id)))
      );
    });

    const leftovers = (await client.getIndexes({ limit: 1000 })).results.filter((index) =>
      index.uid.startsWith(`${indexUid}_rebuild_`),
    );
    expect(leftovers).toEqual([]);
  });

  it('serves every search while all indexes are rebuilt and swapped', async () => {
    const me = await employer.graphql<{ me: { employer: { id: string } | null } }>(
      '{ me { employer { id } } }',
    );
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const dataSource = await new DataSource(databaseOptions(api.databaseUrl)).initialize();
    try {
      await insertOpportunities(
        db,
        me.data?.me.employer?.id ?? '',
        Array.from({ length: 400 }, (_, n) => ({
          title: `Baker nummer ${n}`,
          tradeCode: 'baker',
          slots: [{ date: daysFromToday(3 + (n % 50)) }],
        })),
      );
      const bakers = async () =>
        (await api.client().graphql<SearchData>(SEARCH, { input: { query: 'baker' } })).data
          ?.searchOpportunities;
      await eventually(async () => (await bakers())?.totalHits === 400, 30_000);

      const client = new Meilisearch({
        host: api.config.MEILI_URL,
        apiKey: api.config.MEILI_MASTER_KEY,
      });
      let rebuilding = true;
      const outcomes: string[] = [];
      const searcher = async () => {
        while (rebuilding) {
          const answer = await api
            .client()
            .graphql<SearchData & { quickSearch?: { degraded: boolean } }>(SEARCH, {
              input: { query: 'baker', first: 5 },
            });
          const result = answer.data?.searchOpportunities;
          outcomes.push(
            answer.errors
              ? `error: ${answer.errors[0]?.message ?? ''}`
              : result?.degraded
                ? 'degraded'
                : result?.totalHits === 400
                  ? 'ok'
                  : `totalHits ${String(result?.totalHits)}`,
          );
        }
      };
      const searchers = [searcher(), searcher(), searcher()];
      const results = await rebuildSearchIndexes(
        dataSource,
        client,
        api.config.MEILI_INDEX_PREFIX,
      ).finally(() => {
        rebuilding = false;
      });
      await Promise.all(searchers);
      expect(results.map((result) => result.documents)).toEqual([403, 1, expect.any(Number)]);
      expect(outcomes.length).toBeGreaterThan(10);
      expect(outcomes.filter((outcome) => outcome !== 'ok')).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.end();
    }
  });
});
