import path from 'node:path';
import { DEFAULT_DATABASE_NAME, noLog } from './defaults';
import { startMeilisearch, verifyMeilisearch } from './meilisearch';
import { startPostgres, verifyDatabaseUrl } from './postgres';
import { workspaceRoot } from './workspace-root';

export interface ServicesOptions {
  /** Root data folder. Default: AKS_DATA_DIR, else `<workspace>/.data` (relative paths: from the workspace root). */
  dataDir?: string;
  /** Application database created in the embedded Postgres. Default "akselerator". */
  databaseName?: string;
  postgresPort?: number;
  meiliPort?: number;
  /** Where DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY and AKS_DATA_DIR are read. Default process.env. */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RunningServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Which services this call started (false: given through DATABASE_URL / MEILI_URL). */
  embedded: { postgres: boolean; meilisearch: boolean };
  /** Stops what this call started (never an external server). Idempotent. */
  stop(): Promise<void>;
}

/**
 * Makes Postgres and Meilisearch available: the servers named by DATABASE_URL / MEILI_URL when
 * set (checked to answer), otherwise embedded ones started in the data folder.
 */
export async function startServices(options: ServicesOptions = {}): Promise<RunningServices> {
  const env = options.env ?? process.env;
  const log = options.log ?? noLog;
  const dataDir = resolveDataDir(options.dataDir ?? nonEmpty(env.AKS_DATA_DIR));
  const externalDatabaseUrl = nonEmpty(env.DATABASE_URL);
  const externalMeiliUrl = nonEmpty(env.MEILI_URL);

  // External servers first: a wrong variable fails fast, before anything is started.
  if (externalDatabaseUrl !== undefined) {
    await verifyDatabaseUrl(externalDatabaseUrl);
  }
  if (externalMeiliUrl !== undefined) {
    await verifyMeilisearch(externalMeiliUrl, nonEmpty(env.MEILI_MASTER_KEY));
  }

  const [postgres, meilisearch] = await Promise.allSettled([
    externalDatabaseUrl === undefined
      ? startPostgres({
          dataDir,
          port: options.postgresPort,
          databaseName: options.databaseName ?? DEFAULT_DATABASE_NAME,
          log,
        })
      : undefined,
    externalMeiliUrl === undefined
      ? startMeilisearch({ dataDir, port: options.meiliPort, log })
      : undefined,
  ]);
  const started = [postgres, meilisearch].flatMap((result) =>
    result.status === 'fulfilled' && result.value !== undefined ? [result.value] : [],
  );
  const stop = async () => {
    await Promise.all(started.map((service) => service.stop()));
  };
  if (postgres.status === 'rejected' || meilisearch.status === 'rejected') {
    await stop();
    throw postgres.status === 'rejected'
      ? postgres.reason
      : (meilisearch as PromiseRejectedResult).reason;
  }

  return {
    databaseUrl: postgres.value?.url ?? externalDatabaseUrl ?? '',
    meiliUrl: meilisearch.value?.url ?? externalMeiliUrl ?? '',
    meiliMasterKey: meilisearch.value?.masterKey ?? nonEmpty(env.MEILI_MASTER_KEY) ?? '',
    embedded: {
      postgres: postgres.value !== undefined,
      meilisearch: meilisearch.value !== undefined,
    },
    stop,
  };
}

function resolveDataDir(dataDir: string | undefined): string {
  const root = workspaceRoot();
  return dataDir === undefined ? path.join(root, '.data') : path.resolve(root, dataDir);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
