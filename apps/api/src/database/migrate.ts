import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { databaseOptions } from './database-options';

/** `nx run api:migrate`: applies pending migrations to DATABASE_URL and exits. */
async function migrate(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = await new DataSource(databaseOptions(config.DATABASE_URL)).initialize();
  try {
    const applied = await dataSource.runMigrations();
    console.warn(`Applied ${applied.length} migration(s).`);
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
