export { startServices, type RunningServices, type ServicesOptions } from './services';
export {
  createDatabase,
  databaseUrl,
  dropDatabase,
  redactUrl,
  startPostgres,
  verifyDatabaseUrl,
  type PostgresOptions,
  type RunningPostgres,
} from './postgres';
export {
  startMeilisearch,
  verifyMeilisearch,
  type MeilisearchOptions,
  type RunningMeilisearch,
} from './meilisearch';
export { findFreePort, isPortFree } from './ports';
export { processesMentioning } from './process-table';
export { InfraErrorCode, InfraException } from './infra-exception';
export { workspaceRoot } from './workspace-root';
