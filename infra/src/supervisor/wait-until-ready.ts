import { InfraErrorCode, InfraException, describeError } from '../infra-exception';
import { portInUse } from '../ports';
import type { ManagedProcess } from './managed-process';

export interface WaitUntilReadyOptions {
  /** "Postgres", "Meilisearch": used in messages. */
  what: string;
  port: number;
  process: ManagedProcess;
  /** Resolves when the service answers; rejects (or returns false) while it does not yet. */
  probe: () => Promise<boolean>;
  timeoutMs: number;
  intervalMs?: number;
}

/**
 * Polls `probe` until it succeeds. Fails fast when the process exits, and after `timeoutMs` with
 * the last lines the process printed.
 */
export async function waitUntilReady(options: WaitUntilReadyOptions): Promise<void> {
  const { what, port, process: child, probe, timeoutMs, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  let lastProbeError = 'no answer yet';
  for (;;) {
    if (child.hasExited) {
      // A grandchild may hold the pipes open: wait for the last output a short while only.
      await Promise.race([child.outputClosed, delay(1_000)]);
      throw exitedBeforeReady(options);
    }
    try {
      if (await probe()) {
        return;
      }
    } catch (error) {
      lastProbeError = describeError(error);
    }
    if (Date.now() >= deadline) {
      throw new InfraException(
        InfraErrorCode.START_TIMEOUT,
        `${what} did not become ready on 127.0.0.1:${port} within ${timeoutMs} ms (${lastProbeError})${child.output.format()}`,
      );
    }
    await Promise.race([child.exited, delay(intervalMs)]);
  }
}

function exitedBeforeReady({ what, port, process: child }: WaitUntilReadyOptions): InfraException {
  if (child.output.last(50).some((line) => /address already in use/i.test(line))) {
    return portInUse(port, what);
  }
  return new InfraException(
    InfraErrorCode.PROCESS_EXITED,
    `${what} ${child.describeExit()} before it became ready${child.output.format()}`,
  );
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
