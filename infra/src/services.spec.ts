import { stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { InfraErrorCode } from './infra-exception';
import { startMeilisearch, type RunningMeilisearch } from './meilisearch';
import { findFreePort } from './ports';
import { startPostgres, type RunningPostgres } from './postgres';
import { startServices } from './services';
import {
  makeTempDataDir,
  portOf,
  portsInUse,
  processesMentioning,
  removeDataDir,
} from './testing/process-assertions';

async function queryOne(url: string, sql: string): Promise<Record<string, unknown>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<Record<string, unknown>>(sql);
    return result.rows[0] ?? {};
  } finally {
    await client.end();
  }
}

describe(startServices.name, () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await makeTempDataDir();
  });

  afterAll(async () => {
    await removeDataDir(dataDir);
  });

  it('starts embedded Postgres and Meilisearch, both answer, and stop() leaves no process or port behind', async () => {
    const sut = await startServices({ dataDir, databaseName: 'aks_services_test', env: {} });

    expect(sut.embedded).toEqual({ postgres: true, meilisearch: true });
    expect(await queryOne(sut.databaseUrl, 'SELECT current_database() AS db, 1 AS one')).toEqual({
      db: 'aks_services_test',
      one: 1,
    });
    const authorized = await fetch(`${sut.meiliUrl}/indexes`, {
      headers: { Authorization: `Bearer ${sut.meiliMasterKey}` },
    });
    expect(authorized.status).toBe(200);
    expect((await fetch(`${sut.meiliUrl}/indexes`)).status).toBe(401);
    expect(new URL(sut.databaseUrl).hostname).toBe('127.0.0.1');
    expect(new URL(sut.meiliUrl).hostname).toBe('127.0.0.1');
    expect(Buffer.byteLength(sut.meiliMasterKey)).toBeGreaterThanOrEqual(16);
    expect((await stat(path.join(dataDir, 'meilisearch.key'))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(dataDir, 'postgres', 'PG_VERSION'))).isFile()).toBe(true);
    expect(processesMentioning(dataDir).length).toBeGreaterThanOrEqual(4);

    await sut.stop();

    expect(await portsInUse([portOf(sut.databaseUrl), portOf(sut.meiliUrl)])).toEqual([]);
    expect(processesMentioning(dataDir)).toEqual([]);
    await sut.stop(); // idempotent
  });

  it('reports a taken port by number and leaves the other service stopped', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startServices({ dataDir, meiliPort: port, env: {} })).rejects.toMatchObject({
        code: InfraErrorCode.PORT_IN_USE,
        message: expect.stringContaining(
          `Meilisearch: port ${port} on 127.0.0.1 is already in use`,
        ) as unknown,
      });
      expect(processesMentioning(dataDir)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('names DATABASE_URL, without its password, when that server is unreachable', async () => {
    const port = await findFreePort();
    const env = { DATABASE_URL: `postgres://app:s3cret@127.0.0.1:${port}/app` };

    const failure = startServices({ dataDir, env });

    await expect(failure).rejects.toMatchObject({ code: InfraErrorCode.DATABASE_URL_UNREACHABLE });
    await expect(failure).rejects.toThrow(
      new RegExp(
        `^DATABASE_URL \\(postgres://app:\\*\\*\\*@127\\.0\\.0\\.1:${port}/app\\) is not reachable: .*ECONNREFUSED`,
      ),
    );
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  it('names MEILI_URL when that server is unreachable', async () => {
    const env = { MEILI_URL: `http://127.0.0.1:${await findFreePort()}` };

    await expect(startServices({ dataDir, env })).rejects.toMatchObject({
      code: InfraErrorCode.MEILI_URL_UNREACHABLE,
      message: expect.stringMatching(
        /^MEILI_URL \(http:\/\/127\.0\.0\.1:\d+\) is not reachable/,
      ) as unknown,
    });
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  describe('given DATABASE_URL and MEILI_URL', () => {
    let externalDir: string;
    let postgres: RunningPostgres;
    let meilisearch: RunningMeilisearch;

    beforeAll(async () => {
      externalDir = await makeTempDataDir();
      [postgres, meilisearch] = await Promise.all([
        startPostgres({ dataDir: externalDir }),
        startMeilisearch({ dataDir: externalDir }),
      ]);
    });

    afterAll(async () => {
      await Promise.all([postgres.stop(), meilisearch.stop()]);
      await removeDataDir(externalDir);
    });

    it('uses those servers, starts nothing, and leaves them running on stop()', async () => {
      const env = {
        DATABASE_URL: postgres.url,
        MEILI_URL: meilisearch.url,
        MEILI_MASTER_KEY: meilisearch.masterKey,
      };

      const sut = await startServices({ dataDir, env });
      await sut.stop();

      expect(sut).toMatchObject({
        databaseUrl: postgres.url,
        meiliUrl: meilisearch.url,
        meiliMasterKey: meilisearch.masterKey,
        embedded: { postgres: false, meilisearch: false },
      });
      expect(processesMentioning(dataDir)).toEqual([]);
      expect(await queryOne(postgres.url, 'SELECT 1 AS one')).toEqual({ one: 1 });
      expect((await fetch(`${meilisearch.url}/health`)).status).toBe(200);
    });

    it('names MEILI_MASTER_KEY when the server refuses it', async () => {
      const env = { MEILI_URL: meilisearch.url, MEILI_MASTER_KEY: 'not-the-right-key-at-all' };

      await expect(startServices({ dataDir, env })).rejects.toMatchObject({
        code: InfraErrorCode.MEILI_MASTER_KEY_REJECTED,
        message: expect.stringContaining(
          'MEILI_MASTER_KEY is not accepted by MEILI_URL',
        ) as unknown,
      });
    });

    it('starts only the service whose variable is missing', async () => {
      const sut = await startServices({ dataDir, env: { DATABASE_URL: postgres.url } });
      try {
        expect(sut.embedded).toEqual({ postgres: false, meilisearch: true });
        expect(sut.meiliUrl).not.toBe(meilisearch.url);
      } finally {
        await sut.stop();
      }
      expect(processesMentioning(dataDir)).toEqual([]);
    });
  });
});
