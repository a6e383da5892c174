import { createDatabase, dropDatabase } from '@akselerator/infra';
import { Client } from 'pg';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/bootstrap';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { SESSION_COOKIE } from '../src/identity/session.service';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: {
      code?: string;
      field?: string;
      fieldErrors?: { field: string; code: string; message: string }[];
    };
  }[];
}

/** A browser-like client: keeps the session cookie between calls, like a signed-in user. */
export class TestClient {
  cookie: string | undefined;
  lastSetCookie: string | undefined;
  /** Each client looks like its own browser to rate limits (the API trusts loopback proxies). */
  ip = `10.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}`;
  /** Sent with every request, e.g. `{ origin: 'https://elsewhere.example' }`. */
  headers: Record<string, string> = {};

  constructor(private readonly baseUrl: string) {}

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.ip,
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : undefined;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }
}

export interface TestApi {
  app: INestApplication;
  config: AppConfig;
  url: string;
  databaseUrl: string;
  client(): TestClient;
  close(): Promise<void>;
}

/** The real API on a fresh database and index prefix, listening on a free port. */
export async function startTestApi(
  env: Record<string, string> = {},
  sharing?: TestApi,
): Promise<TestApi> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (!adminUrl)
    throw new Error('TEST_ADMIN_DATABASE_URL is not set; run through jest.integration.config.cjs');
  const runId = randomBytes(4).toString('hex');
  const databaseName = `aks_it_${runId}`;
  // A second instance of the API can share the first one's database, as in production.
  const databaseUrl = sharing ? sharing.databaseUrl : await createDatabase(adminUrl, databaseName);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    MEILI_URL: process.env.MEILI_URL,
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY,
    MEILI_INDEX_PREFIX: sharing ? sharing.config.MEILI_INDEX_PREFIX : `it_${runId}_`,
    OUTBOX_POLL_MS: '100',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as Server).address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    config,
    url,
    databaseUrl,
    client: () => new TestClient(url),
    close: async () => {
      await app.close();
      if (!sharing) await dropDatabase(adminUrl, databaseName);
    },
  };
}

/** Polls until `check` holds or the time is up; returns how long it took. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Signs many young people in at once, straight in the database (hashing 500 passwords through the
 * API would dominate the test's time). Returns one client per youth, each with its own session.
 */
export async function signedInYouths(
  api: TestApi,
  count: number,
): Promise<{ id: string; client: TestClient }[]> {
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  try {
    const run = randomBytes(3).toString('hex');
    const youths = Array.from({ length: count }, (_, index) => ({
      index,
      token: randomBytes(32).toString('base64url'),
    }));
    const { rows } = await db.query<{ id: string; n: number }>(
      `INSERT INTO account (email, password_hash, display_name, role)
       SELECT 'elev-' || n || '-' || $2::text || '@skole.example', NULL, 'Elev ' || n, 'YOUTH' FROM generate_series(0, $1::int - 1) AS n
       RETURNING id, (regexp_match(email, '^elev-(\\d+)-'))[1]::int AS n`,
      [count, run],
    );
    const idByIndex = new Map(rows.map((row) => [row.n, row.id]));
    await db.query(
      `INSERT INTO session (token_hash, account_id, expires_at)
       SELECT encode(sha256(convert_to(t.token, 'UTF8')), 'hex'), t.account_id::uuid, now() + interval '1 day'
         FROM unnest($1::text[], $2::text[]) AS t(token, account_id)`,
      [youths.map((youth) => youth.token), youths.map((youth) => idByIndex.get(youth.index) ?? '')],
    );
    return youths.map((youth) => {
      const client = api.client();
      client.cookie = `${SESSION_COOKIE}=${youth.token}`;
      return { id: idByIndex.get(youth.index) ?? '', client };
    });
  } finally {
    await db.end();
  }
}
