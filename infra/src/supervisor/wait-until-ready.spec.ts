import os from 'node:os';
import { InfraErrorCode } from '../infra-exception';
import { ManagedProcess } from './managed-process';
import { waitUntilReady } from './wait-until-ready';

function shell(script: string): ManagedProcess {
  return ManagedProcess.spawn({
    name: 'sh',
    command: 'sh',
    args: ['-c', script],
    cwd: os.tmpdir(),
    env: process.env,
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 1_000,
    log: () => undefined,
  });
}

describe(waitUntilReady.name, () => {
  it('resolves once the probe succeeds', async () => {
    const process = shell('sleep 30');
    let calls = 0;
    try {
      await waitUntilReady({
        what: 'Thing',
        port: 1,
        process,
        probe: () => Promise.resolve(++calls === 3),
        timeoutMs: 5_000,
        intervalMs: 10,
      });
      expect(calls).toBe(3);
    } finally {
      await process.stop();
    }
  });

  it('times out with the last output lines', async () => {
    const process = shell('echo starting; echo still starting; sleep 30');
    try {
      await expect(
        waitUntilReady({
          what: 'Thing',
          port: 4321,
          process,
          probe: () => Promise.reject(new Error('connect ECONNREFUSED')),
          timeoutMs: 300,
          intervalMs: 20,
        }),
      ).rejects.toMatchObject({
        code: InfraErrorCode.START_TIMEOUT,
        message:
          'Thing did not become ready on 127.0.0.1:4321 within 300 ms (connect ECONNREFUSED); last output:\n  starting\n  still starting',
      });
    } finally {
      await process.stop();
    }
  });

  it('fails as soon as the process exits, naming a port clash when the output shows one', async () => {
    const crashing = shell('echo "FATAL: boom"; exit 2');
    const clashing = shell('echo "could not bind: Address already in use"; exit 1');
    const probe = () => Promise.resolve(false);

    await expect(
      waitUntilReady({ what: 'Thing', port: 1, process: crashing, probe, timeoutMs: 10_000 }),
    ).rejects.toMatchObject({
      code: InfraErrorCode.PROCESS_EXITED,
      message: 'Thing exited with code 2 before it became ready; last output:\n  FATAL: boom',
    });
    await expect(
      waitUntilReady({ what: 'Thing', port: 5555, process: clashing, probe, timeoutMs: 10_000 }),
    ).rejects.toMatchObject({ code: InfraErrorCode.PORT_IN_USE });
  });
});
