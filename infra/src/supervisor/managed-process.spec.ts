import os from 'node:os';
import { descendantsOf, isAlive } from '../process-table';
import { ManagedProcess, type ManagedProcessOptions } from './managed-process';
import { delay } from './wait-until-ready';

function shell(script: string, overrides: Partial<ManagedProcessOptions> = {}): ManagedProcess {
  return ManagedProcess.spawn({
    name: 'sh',
    command: 'sh',
    args: ['-c', script],
    cwd: os.tmpdir(),
    env: process.env,
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 5_000,
    log: () => undefined,
    ...overrides,
  });
}

describe(ManagedProcess.name, () => {
  it('relays output line by line with its name and keeps the last lines', async () => {
    const lines: string[] = [];

    const sut = shell('echo one; echo two >&2; exit 3', { log: (line) => lines.push(line) });
    await sut.exited;

    expect(lines.sort()).toEqual(['[sh] one', '[sh] two']);
    expect(sut.output.last(5).sort()).toEqual(['one', 'two']);
    expect(sut.describeExit()).toBe('exited with code 3');
  });

  it('stops with its stop signal when the process obeys', async () => {
    const sut = shell('sleep 30 & wait', { stopSignal: 'SIGINT' });
    await delay(100);

    await sut.stop();

    expect(sut.describeExit()).toBe('was killed by SIGINT');
  });

  it('SIGKILLs the process and its descendants when the stop signal is ignored', async () => {
    const lines: string[] = [];
    const sut = shell('trap "" TERM; sleep 30 & sleep 30 & wait', {
      stopTimeoutMs: 300,
      log: (line) => lines.push(line),
    });
    await delay(200);
    const children = descendantsOf(sut.pid ?? 0);
    expect(children).toHaveLength(2);

    await sut.stop();

    expect(sut.describeExit()).toBe('was killed by SIGKILL');
    expect(children.filter(isAlive)).toEqual([]);
    expect(lines).toEqual(['[sh] did not stop within 300 ms after SIGTERM: SIGKILL']);
  });

  it('reports a binary that cannot be started', async () => {
    const sut = ManagedProcess.spawn({
      name: 'missing',
      command: '/nonexistent/binary',
      args: [],
      cwd: os.tmpdir(),
      env: process.env,
      stopSignal: 'SIGTERM',
      stopTimeoutMs: 1_000,
      log: () => undefined,
    });

    await sut.exited;

    // Through setpriv it is setpriv that reports the missing binary.
    expect(`${sut.describeExit()} ${sut.output.last(3).join(' ')}`).toMatch(
      /\/nonexistent\/binary/,
    );
  });
});
