import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { InfraErrorCode } from './infra-exception';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  redactUrl,
  startPostgres,
  type RunningPostgres,
} from './postgres';
import { listProcesses } from './process-table';
import {
  makeTempDataDir,
  portsInUse,
  processesMentioning,
  removeDataDir,
} from './testing/process-assertions';

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function uidOf(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then((status) =>
    Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]),
  );
}

const isRoot = process.getuid?.() === 0;

describe(startPostgres.name, () => {
  let root: string;
  let dataDir: string;

  beforeAll(async () => {
    root = await makeTempDataDir();
    // Two levels only root may enter: the postgres OS account must still reach its cluster.
    dataDir = path.join(root, 'locked', 'data');
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await chmod(path.join(root, 'locked'), 0o700);
  });

  afterAll(async () => {
    await removeDataDir(root);
  });

  it('initialises a cluster, creates the database, and keeps data across a restart on the same port', async () => {
    const first = await startPostgres({ dataDir, databaseName: 'aks_pg_test' });
    await query(first.url, 'CREATE TABLE kept (id int PRIMARY KEY); INSERT INTO kept VALUES (42)');
    await first.stop();
    expect(await portsInUse([first.port])).toEqual([]);
    expect(processesMentioning(dataDir)).toEqual([]);

    const sut = await startPostgres({ dataDir, databaseName: 'aks_pg_test', port: first.port });
    try {
      expect(sut.url).toBe(first.url);
      expect(await query(sut.url, 'SELECT id FROM kept')).toEqual([{ id: 42 }]);
      expect(await query(sut.url, "SELECT current_setting('listen_addresses') AS listen")).toEqual([
        { listen: '127.0.0.1' },
      ]);
    } finally {
      await sut.stop();
    }
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  (isRoot ? it : it.skip)('runs as the postgres OS account when started by root', async () => {
    const postgresUid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());

    const sut = await startPostgres({ dataDir });
    try {
      const server = listProcesses().filter(
        (entry) => entry.cmdline.includes(dataDir) && !entry.cmdline.includes('supervisor-main'),
      );
      expect(server).toHaveLength(1);
      expect(await uidOf(server[0]?.pid ?? -1)).toBe(postgresUid);
      expect((await stat(path.join(dataDir, 'postgres'))).uid).toBe(postgresUid);
      // Traversable (search bit for others), still not listable.
      expect((await stat(path.join(root, 'locked'))).mode & 0o777).toBe(0o701);
    } finally {
      await sut.stop();
    }
  });

  it('refuses a data folder a running Postgres already uses', async () => {
    const sut = await startPostgres({ dataDir });
    try {
      await expect(startPostgres({ dataDir })).rejects.toMatchObject({
        code: InfraErrorCode.DATA_DIR_IN_USE,
        message: expect.stringContaining(
          `${path.join(dataDir, 'postgres')} is already used by a running Postgres`,
        ) as unknown,
      });
    } finally {
      await sut.stop();
    }
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  describe(createDatabase.name, () => {
    let postgres: RunningPostgres;

    beforeAll(async () => {
      postgres = await startPostgres({ dataDir });
    });

    afterAll(async () => {
      await postgres.stop();
    });

    it('creates a database once and returns its URL; dropDatabase removes it', async () => {
      const name = 'aks run-1 "quoted"';

      const url = await createDatabase(postgres.adminUrl, name);

      expect(await createDatabase(postgres.adminUrl, name)).toBe(url);
      expect(url).toBe(databaseUrl(postgres.adminUrl, name));
      expect(await query(url, 'SELECT current_database() AS db')).toEqual([{ db: name }]);
      await dropDatabase(postgres.adminUrl, name);
      await dropDatabase(postgres.adminUrl, name);
      const left = await query(
        postgres.adminUrl,
        `SELECT datname FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`,
      );
      expect(left).toEqual([]);
    });

    it('drops a database that still has sessions', async () => {
      const url = await createDatabase(postgres.adminUrl, 'aks_busy');
      const client = new Client({ connectionString: url });
      client.on('error', () => undefined);
      await client.connect();
      try {
        await dropDatabase(postgres.adminUrl, 'aks_busy');
      } finally {
        await client.end().catch(() => undefined);
      }
      expect(
        await query(postgres.adminUrl, "SELECT 1 FROM pg_database WHERE datname = 'aks_busy'"),
      ).toEqual([]);
    });
  });
});

describe(redactUrl.name, () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/app')).toBe('postgres://app:***@db:5432/app');
    expect(redactUrl('postgres://db/app')).toBe('postgres://db/app');
    expect(redactUrl('::')).toBe('(unparseable URL)');
  });
});
