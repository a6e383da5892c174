import { startServices, workspaceRoot, type RunningServices } from '@akselerator/infra';
import { join } from 'node:path';

declare global {
  var __akseleratorServices: RunningServices | undefined;
}

/**
 * Starts (or, with DATABASE_URL / MEILI_URL set, reuses) Postgres and Meilisearch once per run.
 * Each test file then makes its own database and index prefix, so runs never collide.
 */
export default async function globalSetup(): Promise<void> {
  const services = await startServices({
    dataDir: join(workspaceRoot(), '.data', 'integration'),
    databaseName: 'postgres',
  });
  globalThis.__akseleratorServices = services;
  process.env.TEST_ADMIN_DATABASE_URL = services.databaseUrl;
  process.env.MEILI_URL = services.meiliUrl;
  process.env.MEILI_MASTER_KEY = services.meiliMasterKey;
}
