import { startMeilisearch, workspaceRoot } from '@akselerator/infra';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
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

type Meili = Awaited<ReturnType<typeof startMeilisearch>>;

describe('Publishing while Meilisearch is down', () => {
  const dataDir = join(workspaceRoot(), '.data', `meili-outage-${randomBytes(3).toString('hex')}`);
  let meili: Meili;
  let api: TestApi;
  let employer: TestClient;

  beforeAll(async () => {
    meili = await startMeilisearch({ dataDir });
    api = await startTestApi({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('outage') });
  });

  afterAll(async () => {
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
});
