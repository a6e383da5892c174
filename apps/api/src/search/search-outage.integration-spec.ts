import { startMeilisearch, workspaceRoot } from '@akselerator/infra';
import { Meilisearch } from 'meilisearch';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { insertOpportunities, recordChange } from '../../test/search-fixtures';
import { eventually, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  CREATE_HOSPITERING,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SEARCH,
  SIGN_UP,
  type SearchData,
  daysFromToday,
} from '../../test/operations';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { toOpportunityDocument } from './opportunity-document';
import { loadEmployerDocuments } from './quick-search-documents';
import { SearchIndexService } from './search-index.service';

type Meili = Awaited<ReturnType<typeof startMeilisearch>>;

describe('Publishing while Meilisearch is down', () => {
  const dataDir = join(workspaceRoot(), '.data', `meili-outage-${randomBytes(3).toString('hex')}`);
  let meili: Meili;
  let api: TestApi;
  let employer: TestClient;
  let db: Client;
  let employerId: string;

  beforeAll(async () => {
    meili = await startMeilisearch({ dataDir });
    api = await startTestApi({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
    employer = api.client();
    const signUp = await employer.graphql<{ signUp: { employer: { id: string } } }>(SIGN_UP, {
      input: employerSignUp('outage'),
    });
    employerId = signUp.data?.signUp.employer.id ?? '';
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const search = async (query: string) =>
    (await api.client().graphql<SearchData>(SEARCH, { input: { query } })).data
      ?.searchOpportunities;

  it('publishes anyway, answers from Postgres meanwhile, and catches up when Meilisearch is back', async () => {
    // Index settings are applied once Meilisearch is first reached.
    await eventually(async () => (await search('frisør'))?.degraded === false);
    const port = meili.port;
    await meili.stop();

    const created = await employer.graphql<{ createHospitering: { id: string } }>(
      CREATE_HOSPITERING,
      {
        input: hospiteringInput({ title: 'Frisørlærling for en dag' }),
      },
    );
    const id = created.data?.createHospitering.id;
    const published = await employer.graphql<{ publishOpportunity: { status: string } }>(PUBLISH, {
      id,
    });
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishOpportunity.status).toBe('PUBLISHED');

    const fallback = await search('frisørlærling');
    expect(fallback?.degraded).toBe(true);
    expect(fallback?.hits.map((hit) => hit.id)).toContain(id);

    const health = (await (await fetch(`${api.url}/health`)).json()) as {
      status: string;
      searchOutboxPending: number;
    };
    expect(health.status).toBe('degraded');
    expect(health.searchOutboxPending).toBeGreaterThan(0);

    meili = await startMeilisearch({ dataDir, port, masterKey: meili.masterKey });
    const caughtUpAfterMs = await eventually(
      async () => {
        const answer = await search('frisorlærling');
        return answer?.degraded === false && answer.hits.some((hit) => hit.id === id);
      },
      20_000,
      100,
    );
    console.log(`Index caught up ${caughtUpAfterMs} ms after Meilisearch came back`);
  });

  it('loses no write when Meilisearch dies mid-run, and the index equals Postgres after the restart', async () => {
    await eventually(async () => (await search('frisør'))?.degraded === false, 20_000);
    const port = meili.port;
    const masterKey = meili.masterKey;
    // A stream of writes (new listings, edits, closes) with Meilisearch stopped after the tenth.
    const written: string[] = [];
    let stopped: Promise<void> | undefined;
    for (let write = 0; write < 40; write++) {
      if (write === 10) stopped = meili.stop();
      if (write % 4 === 3 && written.length > 2) {
        const id = written[write % written.length] ?? '';
        await db.query('BEGIN');
        await db.query(
          write % 8 === 7
            ? `UPDATE opportunity SET status = 'CLOSED', closed_at = now() WHERE id = $1`
            : `UPDATE opportunity SET title = title || ' (endret)' WHERE id = $1`,
          [id],
        );
        await recordChange(db, id);
        await db.query('COMMIT');
      } else {
        const [id] = await insertOpportunities(db, employerId, [
          {
            title: `Frisør i strømbrudd ${write}`,
            tradeCode: 'frisor',
            slots: [{ date: daysFromToday(7 + write) }],
          },
        ]);
        written.push(id ?? '');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await stopped;

    // Down: every search still answers, from Postgres, and says so.
    for (const query of ['frisør', 'strømbrudd', '']) {
      const answer = await api
        .client()
        .graphql<SearchData>(SEARCH, { input: { query, first: 50 } });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.searchOpportunities.degraded).toBe(true);
    }
    const quick = await api.client().graphql<{
      quickSearch: { degraded: boolean; trades: { code: string }[] };
    }>(`query($input: QuickSearchInput!) { quickSearch(input: $input) { degraded trades { code } } }`, {
      input: { query: 'frisor' },
    });
    expect(quick.data?.quickSearch).toMatchObject({ degraded: true, trades: [{ code: 'frisor' }] });

    meili = await startMeilisearch({ dataDir, port, masterKey });
    await eventually(
      async () => {
        const { rows } = await db.query<{ n: string }>(
          'SELECT count(*) AS n FROM outbox_event WHERE processed_at IS NULL',
        );
        return rows[0]?.n === '0';
      },
      30_000,
      100,
    );
    const { rows: dead } = await db.query('SELECT * FROM outbox_dead_letter');
    expect(dead).toEqual([]);

    // Document by document: what the index holds is what Postgres says now.
    const index = api.app.get(SearchIndexService);
    const client = new Meilisearch({ host: meili.url, apiKey: masterKey });
    const stored = async <T>(uid: string) =>
      (await client.index(uid).getDocuments({ limit: 10_000 })).results as T[];
    const opportunities = api.app.get(OpportunitiesService);
    const expected = (await opportunities.loadForIndexing(await opportunities.publishedIds()))
      .flatMap((opportunity) => toOpportunityDocument(opportunity) ?? [])
      .map((document) => JSON.parse(JSON.stringify(document)) as { id: string });
    const byId = <T extends { id: string }>(documents: T[]) =>
      [...documents].sort((a, b) => a.id.localeCompare(b.id));
    expect(expected.length).toBeGreaterThan(20);
    expect(byId(await stored<{ id: string }>(index.opportunityIndexUid))).toEqual(byId(expected));
    expect(byId(await stored<{ id: string }>(index.employerIndexUid))).toEqual(
      byId(await loadEmployerDocuments(api.app.get(DataSource).manager, null)),
    );
    const answer = await search('strømbrudd');
    expect(answer?.degraded).toBe(false);
  });
});
