import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_START_TIMEOUT_MS, DEFAULT_STOP_TIMEOUT_MS, noLog } from './defaults';
import { InfraErrorCode, InfraException, describeError } from './infra-exception';
import { LOOPBACK } from './ports';
import { startSupervised } from './supervisor/supervisor-client';

export interface MeilisearchOptions {
  /** Root data folder; the database lives in `<dataDir>/meilisearch`, the key in `<dataDir>/meilisearch.key`. */
  dataDir: string;
  /** Fixed port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** At least 16 bytes. Default: the one persisted in the data folder (generated on first start). */
  masterKey?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the embedded Meilisearch (always embedded; startServices decides about MEILI_URL). */
export async function startMeilisearch(options: MeilisearchOptions): Promise<RunningMeilisearch> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const service = await startSupervised(
    {
      service: 'meilisearch',
      dataDir,
      port: options.port,
      masterKey: options.masterKey,
      startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
      stopTimeoutMs: DEFAULT_STOP_TIMEOUT_MS,
    },
    options.log ?? noLog,
  );
  const { port, masterKey } = service.ready;
  return { url: `http://${LOOPBACK}:${port}`, masterKey, port, stop: service.stop };
}

/**
 * Throws a one-line error naming MEILI_URL unless GET /health answers, or naming
 * MEILI_MASTER_KEY when the server refuses the key (checked on GET /indexes).
 */
export async function verifyMeilisearch(url: string, masterKey: string | undefined): Promise<void> {
  if (!URL.canParse(url)) {
    throw new InfraException(
      InfraErrorCode.CONFIGURATION_INVALID,
      `MEILI_URL is not a valid URL: ${url}`,
    );
  }
  const base = url.replace(/\/+$/, '');
  let health: Response;
  try {
    health = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    throw new InfraException(
      InfraErrorCode.MEILI_URL_UNREACHABLE,
      `MEILI_URL (${url}) is not reachable: ${describeError(error)}`,
    );
  }
  if (!health.ok) {
    throw new InfraException(
      InfraErrorCode.MEILI_URL_UNREACHABLE,
      `MEILI_URL (${url}) is not healthy: GET /health answered HTTP ${health.status}`,
    );
  }
  const indexes = await fetch(`${base}/indexes?limit=1`, {
    headers: masterKey ? { Authorization: `Bearer ${masterKey}` } : {},
    signal: AbortSignal.timeout(5_000),
  });
  if (indexes.status === 401 || indexes.status === 403) {
    throw new InfraException(
      InfraErrorCode.MEILI_MASTER_KEY_REJECTED,
      masterKey
        ? `MEILI_MASTER_KEY is not accepted by MEILI_URL (${url}): HTTP ${indexes.status}`
        : `MEILI_URL (${url}) requires a key: set MEILI_MASTER_KEY`,
    );
  }
}
