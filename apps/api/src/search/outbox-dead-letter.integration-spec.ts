import { Client } from 'pg';
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
import { IndexRejectedError, SearchIndexService } from './search-index.service';
import { MAX_ATTEMPTS, SearchOutboxWorker } from './search-outbox.worker';

describe('A document the search index keeps refusing', () => {
  let api: TestApi;
  let db: Client;
  let employer: TestClient;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('poison') });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await db.end();
    await api.close();
  });

  const publish = async (title: string) => {
    const created = await employer.graphql<{ createHospitering: { id: string } }>(
      CREATE_HOSPITERING,
      { input: hospiteringInput({ title }) },
    );
    const id = created.data?.createHospitering.id ?? '';
    await employer.graphql(PUBLISH, { id });
    return id;
  };

  it('goes to the dead-letter table after a bounded number of tries, without holding up the others', async () => {
    const index = api.app.get(SearchIndexService);
    const worker = api.app.get(SearchOutboxWorker);
    let poisoned = '';
    // At the edge: Meilisearch refuses this one document (as it would an invalid one), accepts the rest.
    const upsert = index.upsert.bind(index);
    jest
      .spyOn(index, 'upsert')
      .mockImplementation(async (uid: string, documents: { id: string }[]) => {
        if (documents.some((document) => document.id === poisoned))
          throw new IndexRejectedError('invalid document');
        return upsert(uid, documents);
      });
    poisoned = await publish('Frisør med ødelagt dokument');
    const healthy = await publish('Frisør som fungerer');

    const searchable = async (id: string) =>
      (
        await api.client().graphql<SearchData>(SEARCH, { input: { query: 'frisør' } })
      ).data?.searchOpportunities.hits.some((hit) => hit.id === id) ?? false;
    await eventually(() => searchable(healthy));

    // Skip the back-off waits: make the poisoned event due again and drain, until it is given up.
    for (let round = 0; round < MAX_ATTEMPTS + 2; round++) {
      await db.query('UPDATE outbox_event SET available_at = now() WHERE processed_at IS NULL');
      await worker.drainOnce();
    }
    const { rows: dead } = await db.query<{
      aggregate_id: string;
      attempts: number;
      error: string;
    }>('SELECT aggregate_id, attempts, error FROM outbox_dead_letter');
    expect(dead).toEqual([
      { aggregate_id: poisoned, attempts: MAX_ATTEMPTS, error: 'invalid document' },
    ]);
    const { rows: pending } = await db.query(
      'SELECT id FROM outbox_event WHERE processed_at IS NULL',
    );
    expect(pending).toEqual([]);
    expect(await searchable(poisoned)).toBe(false);
    expect(await searchable(healthy)).toBe(true);
  });
});
