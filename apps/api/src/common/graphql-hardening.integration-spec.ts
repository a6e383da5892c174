import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ME, SIGN_IN, SIGN_UP } from '../../test/operations';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/test-api';

interface RawAnswer {
  status: number;
  body: GraphQLResponse<Record<string, unknown>> | string;
  headers: Headers;
}

async function post(
  api: TestApi,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: RawAnswer['body'] = text;
  try {
    parsed = JSON.parse(text) as GraphQLResponse<Record<string, unknown>>;
  } catch {
    // Not JSON: kept as text.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

const errorsOf = (answer: RawAnswer) =>
  typeof answer.body === 'string' ? [] : (answer.body.errors ?? []);
const codeOf = (answer: RawAnswer) => errorsOf(answer)[0]?.extensions?.code;

/** `__type { fields { type { ofType … { name } } } }`: a chain `depth` fields deep, counting the leaf. */
function introspectionChain(depth: number): string {
  const ofTypes = depth - 4;
  return `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} } } } }`;
}

const youth = (email: string) => ({
  email,
  password: 'Et-langt-passord-9',
  displayName: 'Hanne',
  role: 'YOUTH',
});

describe('GraphQL hardening', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  async function accountExists(email: string): Promise<boolean> {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT 1 FROM account WHERE email = $1', [email]);
      return rows.length > 0;
    } finally {
      await db.end();
    }
  }

  describe('limits, checked during validation before any resolver runs', () => {
    it('accepts 8 levels and refuses 9', async () => {
      const eight = await post(api, { query: introspectionChain(8) });
      expect(errorsOf(eight)).toEqual([]);
      const nine = await post(api, { query: introspectionChain(9) });
      expect(nine.status).toBe(400);
      expect(codeOf(nine)).toBe('QUERY_TOO_DEEP');
      expect(typeof nine.body !== 'string' && 'data' in nine.body).toBe(false);
    });

    it('refuses 11 aliases, and none of the aliased mutations runs', async () => {
      const fields = Array.from(
        { length: 11 },
        (_, index) =>
          `a${index}: signUp(input: { email: "alias-${index}@example.no", password: "Et-langt-passord-9", displayName: "A", role: YOUTH }) { id }`,
      );
      const answer = await post(api, { query: `mutation { ${fields.join('\n')} }` });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('TOO_MANY_ALIASES');
      expect(typeof answer.body !== 'string' && 'data' in answer.body).toBe(false);
      for (let index = 0; index < 11; index++) {
        expect(await accountExists(`alias-${index}@example.no`)).toBe(false);
      }
      const ten = Array.from({ length: 10 }, (_, index) => `m${index}: me { id }`).join(' ');
      expect(errorsOf(await post(api, { query: `{ ${ten} }` }))).toEqual([]);
    });

    it('refuses a document of too many tokens', async () => {
      const fields = Array.from({ length: 1_100 }, () => '__typename').join(' ');
      const answer = await post(api, { query: `{ ${fields} }` });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).toMatch(/[Tt]oken/);
    });

    it('refuses a query whose cost is over the limit, within every other limit', async () => {
      const wide = (leaves: number) =>
        `{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ${'name '.repeat(leaves)}} } } } } } }`;
      expect(errorsOf(await post(api, { query: wide(100) }))).toEqual([]);
      const costly = await post(api, { query: wide(500) });
      expect(costly.status).toBe(400);
      expect(codeOf(costly)).toBe('QUERY_TOO_COSTLY');
    });

    it('refuses batches and bodies over the size limit', async () => {
      const batch = await post(api, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(batch.status).toBe(400);
      const huge = await post(api, {
        query: '{ __typename }',
        variables: { filler: 'x'.repeat(150_000) },
      });
      expect(huge.status).toBe(413);
    });
  });

  describe('error answers', () => {
    it('shows a database error as a generic message, never SQL or a stack trace', async () => {
      const email = 'db-feil@example.no';
      expect(
        errorsOf(await post(api, { query: SIGN_UP, variables: { input: youth(email) } })),
      ).toEqual([]);
      const db = new Client({ connectionString: api.databaseUrl });
      await db.connect();
      try {
        await db.query('ALTER TABLE account RENAME COLUMN display_name TO display_name_gone');
        const answer = await post(
          api,
          { query: SIGN_IN, variables: { input: { email, password: 'Et-langt-passord-9' } } },
          { 'x-forwarded-for': '10.9.9.9' },
        );
        const text = JSON.stringify(answer.body);
        expect(codeOf(answer)).toBe('INTERNAL_SERVER_ERROR');
        expect(errorsOf(answer)[0]?.message).toBe('Noe gikk galt hos oss. Prøv igjen om litt.');
        expect(text).not.toMatch(/SELECT|display_name|column|QueryFailed|stacktrace|\.ts:\d+|at /i);
      } finally {
        await db.query('ALTER TABLE account RENAME COLUMN display_name_gone TO display_name');
        await db.end();
      }
    });

    it('names the limits and input problems plainly, without internals', async () => {
      const answer = await post(api, { query: '{ me { id nope } }' });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace/);
    });
  });

  describe('CSRF', () => {
    const signUpFrom = (email: string, headers: Record<string, string>) =>
      post(api, { query: SIGN_UP, variables: { input: youth(email) } }, headers);

    it('refuses a mutation from a foreign origin, and nothing changes', async () => {
      const answer = await signUpFrom('csrf-1@example.no', { origin: 'https://angriper.example' });
      expect(answer.status).toBe(403);
      expect(codeOf(answer)).toBe('CSRF_REJECTED');
      expect(errorsOf(answer)[0]?.message).toMatch(/egne sider/);
      expect(await accountExists('csrf-1@example.no')).toBe(false);
    });

    it('refuses a cross-site mutation without Origin, and Origin "null"', async () => {
      expect(
        codeOf(await signUpFrom('csrf-2@example.no', { 'sec-fetch-site': 'cross-site' })),
      ).toBe('CSRF_REJECTED');
      expect(codeOf(await signUpFrom('csrf-3@example.no', { origin: 'null' }))).toBe(
        'CSRF_REJECTED',
      );
      expect(await accountExists('csrf-2@example.no')).toBe(false);
      expect(await accountExists('csrf-3@example.no')).toBe(false);
    });

    it('refuses a simple (form-like) request that skips the preflight', async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: SIGN_UP, variables: { input: youth('csrf-4@example.no') } }),
      });
      expect(response.status).toBe(400);
      expect(await accountExists('csrf-4@example.no')).toBe(false);
    });

    it('accepts mutations from the web app, and reads from anywhere', async () => {
      const ours = await signUpFrom('csrf-ok@example.no', {
        origin: 'http://localhost:3000',
        'sec-fetch-site': 'same-site',
      });
      expect(errorsOf(ours)).toEqual([]);
      const read = await post(api, { query: ME }, { origin: 'https://elsewhere.example' });
      expect(errorsOf(read)).toEqual([]);
    });
  });

  it('puts the session in a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
    const browser = api.client();
    await browser.graphql(SIGN_UP, {
      input: youth(`kake-${randomBytes(3).toString('hex')}@example.no`),
    });
    const cookie = browser.lastSetCookie ?? '';
    expect(cookie).toMatch(/^__Host-aks_session=[\w-]{43}; /);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/Domain=/i);
  });
});

describe('GraphQL hardening in production', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('turns introspection, field suggestions and the landing page off', async () => {
    const introspection = await post(api, { query: '{ __schema { types { name } } }' });
    expect(errorsOf(introspection).length).toBeGreaterThan(0);
    expect(JSON.stringify(introspection.body)).toMatch(/[Ii]ntrospection/);

    const typo = await post(api, { query: '{ mee { id } }' });
    expect(errorsOf(typo).length).toBeGreaterThan(0);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);

    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
  });
});
