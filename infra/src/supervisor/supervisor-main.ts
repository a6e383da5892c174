// Entry of the supervisor process: `node supervisor-main.js <service> <dataDir>` spawned by
// supervisor-client.ts. It starts one service, relays its output, and stops it (gracefully, then
// SIGKILL) on SIGTERM/SIGINT/SIGHUP or as soon as its owner disappears: IPC channel or stdin
// closed, or parent pid changed. So even a SIGKILLed owner leaves no postgres/meilisearch behind.
import { InfraErrorCode, InfraException, describeError } from '../infra-exception';
import type { ManagedProcess } from './managed-process';
import { startMeilisearchService } from './meilisearch-service';
import { startPostgresService } from './postgres-service';
import type { ServiceContext } from './service-context';
import { isOwnerMessage, type ServiceRequest, type SupervisorMessage } from './supervisor-protocol';

const ownerPid = process.ppid;
const tracked = new Set<ManagedProcess>();
let ready = false;
let shuttingDown: Promise<void> | undefined;

function send(message: SupervisorMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.connected || process.send === undefined) {
      resolve();
      return;
    }
    process.send(message, undefined, {}, () => {
      resolve(); // delivered or channel gone: either way nothing more to do
    });
  });
}

function log(line: string): void {
  void send({ type: 'log', line });
}

function shutdown(reason: string, exitCode = 0): Promise<void> {
  shuttingDown ??= (async () => {
    if (tracked.size > 0) {
      log(`[infra] stopping (${reason})`);
    }
    await Promise.allSettled([...tracked].map((child) => child.stop()));
    process.exit(exitCode);
  })();
  return shuttingDown;
}

const context: ServiceContext = {
  log,
  track(child) {
    tracked.add(child);
    void child.exited.then(() => {
      if (ready && shuttingDown === undefined) {
        log(
          `[infra] ${describeChild(child)} ${child.describeExit()} unexpectedly${child.output.format(5)}`,
        );
        void shutdown('service exited', 1);
      }
    });
  },
};

function describeChild(child: ManagedProcess): string {
  return `${process.argv[2] ?? 'service'} (pid ${String(child.pid)})`;
}

async function run(request: ServiceRequest): Promise<void> {
  try {
    const started =
      request.service === 'postgres'
        ? await startPostgresService(request, context)
        : await startMeilisearchService(request, context);
    if (shuttingDown === undefined) {
      ready = true;
      await send({ type: 'ready', ready: started.ready });
    }
  } catch (error) {
    const code = error instanceof InfraException ? error.code : InfraErrorCode.SUPERVISOR_FAILED;
    await send({ type: 'failed', code, message: describeError(error) });
    await shutdown('start failed', 1);
  }
}

let started = false;
process.on('message', (message: unknown) => {
  if (isOwnerMessage(message) && !started) {
    started = true;
    void run(message.request);
  }
});
process.on('disconnect', () => void shutdown('owner disconnected'));
process.stdin.on('end', () => void shutdown('owner closed stdin'));
process.stdin.on('error', () => void shutdown('owner stdin error'));
process.stdin.resume();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(signal));
}
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown('uncaught exception', 1);
});
setInterval(() => {
  if (process.ppid !== ownerPid) {
    void shutdown('owner gone');
  }
}, 500).unref();
