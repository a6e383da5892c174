import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/** `nx run api:migrate`: applies pending migrations to DATABASE_URL (the only variable it needs). */
async function migrate(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !/^postgres(ql)?:\/\/\S+$/.test(databaseUrl)) {
    throw new Error('Invalid configuration: DATABASE_URL must be a postgres:// URL');
  }
  const dataSource = await new DataSource(databaseOptions(databaseUrl)).initialize();
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
