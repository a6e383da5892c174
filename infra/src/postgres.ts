import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import {
  DEFAULT_DATABASE_NAME,
  DEFAULT_START_TIMEOUT_MS,
  DEFAULT_STOP_TIMEOUT_MS,
  noLog,
} from './defaults';
import { InfraErrorCode, InfraException, describeError } from './infra-exception';
import { LOOPBACK } from './ports';
import { startSupervised } from './supervisor/supervisor-client';

export interface PostgresOptions {
  /** Root data folder; the cluster lives in `<dataDir>/postgres`, its password in `<dataDir>/postgres.password`. */
  dataDir: string;
  /** Fixed port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** Application database, created when missing. Default "akselerator". */
  databaseName?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface RunningPostgres {
  /** The application database. */
  url: string;
  /** The `postgres` maintenance database, superuser: for createDatabase/dropDatabase. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the embedded Postgres (always embedded; startServices decides about DATABASE_URL). */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const service = await startSupervised(
    {
      service: 'postgres',
      dataDir,
      port: options.port,
      startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
      stopTimeoutMs: DEFAULT_STOP_TIMEOUT_MS,
    },
    options.log ?? noLog,
  );
  const { user, password, port } = service.ready;
  const adminUrl = `postgres://${user}:${encodeURIComponent(password)}@${LOOPBACK}:${port}/postgres`;
  try {
    const url = await createDatabase(adminUrl, options.databaseName ?? DEFAULT_DATABASE_NAME);
    return { url, adminUrl, port, stop: service.stop };
  } catch (error) {
    await service.stop();
    throw error;
  }
}

/** Creates database `name` unless it exists; returns its URL (adminUrl with the database swapped). */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } catch (error) {
        // Created concurrently: duplicate_database, or the unique index of pg_database.
        const code = (error as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') {
          throw error;
        }
      }
    }
  });
  return databaseUrl(adminUrl, name);
}

/** Drops database `name` if it exists, disconnecting its sessions. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** `url` pointing at database `name` instead. */
export function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

/** Throws a one-line DATABASE_URL_UNREACHABLE naming `variable` unless `SELECT 1` works there. */
export async function verifyDatabaseUrl(url: string, variable = 'DATABASE_URL'): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InfraException(
      InfraErrorCode.CONFIGURATION_INVALID,
      `${variable} is not a valid URL`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new InfraException(
      InfraErrorCode.CONFIGURATION_INVALID,
      `${variable} must be a postgres:// URL, got ${redactUrl(url)}`,
    );
  }
  try {
    await withClient(url, async (client) => {
      await client.query('SELECT 1');
    });
  } catch (error) {
    throw new InfraException(
      InfraErrorCode.DATABASE_URL_UNREACHABLE,
      `${variable} (${redactUrl(url)}) is not reachable: ${describeError(error)}`,
    );
  }
}

/** The URL with its password replaced by "***", for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

async function withClient(url: string, use: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined); // reported through the awaited calls instead
  try {
    await client.connect();
    await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
