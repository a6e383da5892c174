import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import {
  makeTempDataDir,
  portOf,
  portsInUse,
  processesMentioning,
  removeDataDir,
  waitUntilNoProcessMentions,
} from '../testing/process-assertions';
import { startPostgres } from '../postgres';
import { startSupervised } from './supervisor-client';

interface Owner {
  child: ChildProcess;
  ports: number[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns testing/owner-fixture.ts, which starts both services, and waits for its URLs. */
async function startOwner(dataDir: string, mode: 'stay' | 'exit'): Promise<Owner> {
  const fixture = path.join(__dirname, '..', 'testing', 'owner-fixture.ts');
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, fixture, dataDir, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    void exit.then(() => {
      reject(new Error(`owner fixture exited early: ${stderr}`));
    });
  });
  const urls = JSON.parse(first) as { databaseUrl: string; meiliUrl: string };
  return { child, exit, ports: [portOf(urls.databaseUrl), portOf(urls.meiliUrl)] };
}

describe(startSupervised.name, () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await makeTempDataDir();
  });

  afterAll(async () => {
    await removeDataDir(dataDir);
  });

  it('stops Postgres (with its children) and Meilisearch when the owner is killed with SIGKILL', async () => {
    const owner = await startOwner(dataDir, 'stay');
    const running = processesMentioning(dataDir);
    expect(running.some((entry) => entry.cmdline.startsWith('postgres: '))).toBe(true);
    expect(running.some((entry) => entry.cmdline.includes('meilisearch --db-path'))).toBe(true);

    owner.child.kill('SIGKILL');
    await owner.exit;

    expect(await waitUntilNoProcessMentions(dataDir, 10_000)).toEqual([]);
    expect(await portsInUse(owner.ports)).toEqual([]);
  });

  it('stops the services on Ctrl-C (SIGINT), then lets the signal end the owner', async () => {
    const owner = await startOwner(dataDir, 'stay');

    owner.child.kill('SIGINT');

    expect(await owner.exit).toEqual({ code: null, signal: 'SIGINT' });
    // Stopped before the owner ended, not afterwards.
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(await portsInUse(owner.ports)).toEqual([]);
  });

  it('stops the services on SIGTERM', async () => {
    const owner = await startOwner(dataDir, 'stay');

    owner.child.kill('SIGTERM');

    expect(await owner.exit).toEqual({ code: null, signal: 'SIGTERM' });
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(await portsInUse(owner.ports)).toEqual([]);
  });

  it('does not keep the owner alive, and stops the services when it exits normally', async () => {
    const owner = await startOwner(dataDir, 'exit');

    expect(await owner.exit).toEqual({ code: 0, signal: null });
    expect(await waitUntilNoProcessMentions(dataDir, 10_000)).toEqual([]);
    expect(await portsInUse(owner.ports)).toEqual([]);
  });
  describe('when the supervisor itself is killed with SIGKILL', () => {
    // Needs util-linux setpriv to set the parent-death signal; without it this one case is not covered.
    const withSetpriv = existsSync('/usr/bin/setpriv') || existsSync('/bin/setpriv');

    (withSetpriv ? it : it.skip)('the service still goes down (parent-death signal)', async () => {
      const lines: string[] = [];
      const postgres = await startPostgres({ dataDir, log: (line) => lines.push(line) });
      const supervisors = processesMentioning(dataDir).filter((entry) =>
        entry.cmdline.includes('supervisor-main'),
      );
      expect(supervisors).toHaveLength(1);

      process.kill(supervisors[0]?.pid ?? -1, 'SIGKILL');

      expect(await waitUntilNoProcessMentions(dataDir, 10_000)).toEqual([]);
      expect(await portsInUse([postgres.port])).toEqual([]);
      await postgres.stop();
      expect(lines).toContainEqual(
        expect.stringContaining('[infra] the postgres supervisor exited unexpectedly'),
      );
    });
  });
});
