import { spawn, type ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InfraErrorCode, InfraException } from '../infra-exception';
import { OutputTail } from '../output-tail';
import { descendantsOf, isAlive, signalProcess } from '../process-table';
import { registerSupervisor, unregisterSupervisor, type OwnedSupervisor } from './owner-hooks';
import {
  isSupervisorMessage,
  type MeilisearchReady,
  type MeilisearchRequest,
  type OwnerMessage,
  type PostgresReady,
  type PostgresRequest,
  type ServiceReady,
  type ServiceRequest,
} from './supervisor-protocol';

export interface SupervisedService<R extends ServiceReady> {
  ready: R;
  /** The supervisor process (the service runs as its child). */
  supervisorPid: number;
  /** Stops the service gracefully and waits until its processes are gone. Idempotent. */
  stop: () => Promise<void>;
}

/**
 * Starts a service under its own supervisor process (see supervisor-main.ts) and resolves once
 * the service answers. The supervisor does not keep this process alive; it goes when we go.
 */
export function startSupervised(
  request: PostgresRequest,
  log: (line: string) => void,
): Promise<SupervisedService<PostgresReady>>;
export function startSupervised(
  request: MeilisearchRequest,
  log: (line: string) => void,
): Promise<SupervisedService<MeilisearchReady>>;
export function startSupervised(
  request: ServiceRequest,
  log: (line: string) => void,
): Promise<SupervisedService<ServiceReady>> {
  const { execArgv, entry } = supervisorEntry();
  const child = spawn(process.execPath, [...execArgv, entry, request.service, request.dataDir], {
    cwd: request.dataDir,
    // stdin stays open as a lifeline: it closes when we die, however we die.
    stdio: ['pipe', 'ignore', 'pipe', 'ipc'],
    // Own process group: a terminal's Ctrl-C reaches only us; we stop the services in order.
    detached: true,
  });
  const supervisor = new Supervisor(child, request);
  return supervisor.start(log);
}

/** Compiled: dist/supervisor/supervisor-main.js. From sources (Jest, tsx): the .ts through tsx. */
function supervisorEntry(): { execArgv: string[]; entry: string } {
  const extension = path.extname(__filename);
  const entry = path.join(__dirname, `supervisor-main${extension}`);
  if (extension === '.ts') {
    return { execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href], entry };
  }
  return { execArgv: [], entry };
}

class Supervisor implements OwnedSupervisor {
  private readonly stderr = new OutputTail();
  private readonly exited: Promise<void>;
  private hasExited = false;
  private stopping: Promise<void> | undefined;
  private servicePid: number | undefined;

  constructor(
    private readonly child: ChildProcess,
    private readonly request: ServiceRequest,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', () => {
        this.hasExited = true;
        unregisterSupervisor(this);
        resolve();
      });
      child.once('error', () => {
        if (child.pid === undefined) {
          this.hasExited = true;
          unregisterSupervisor(this);
          resolve();
        }
      });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr.push(chunk.toString('utf8'));
    });
    registerSupervisor(this);
  }

  start(log: (line: string) => void): Promise<SupervisedService<ServiceReady>> {
    const what = this.request.service;
    return new Promise((resolve, reject) => {
      let settled = false;
      let failure: InfraException | undefined;
      const settle = (outcome: () => void) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          outcome();
        }
      };
      // The supervisor enforces startTimeoutMs itself; this only catches a supervisor that hangs.
      const timer = setTimeout(() => {
        failure = new InfraException(
          InfraErrorCode.START_TIMEOUT,
          `The ${what} supervisor did not report within ${this.request.startTimeoutMs + 15_000} ms${this.stderr.format()}`,
        );
        void this.stop();
      }, this.request.startTimeoutMs + 15_000);

      this.child.on('message', (message: unknown) => {
        if (!isSupervisorMessage(message)) {
          return;
        }
        switch (message.type) {
          case 'log':
            log(message.line);
            break;
          case 'failed':
            failure = new InfraException(message.code, message.message);
            break;
          case 'ready':
            settle(() => {
              this.servicePid = message.ready.pid;
              this.detachFromEventLoop();
              resolve({
                ready: message.ready,
                supervisorPid: this.child.pid ?? 0,
                stop: () => this.stop(),
              });
            });
            break;
        }
      });
      void this.exited.then(() => {
        if (this.servicePid !== undefined) {
          if (this.stopping === undefined) {
            log(`[infra] the ${what} supervisor exited unexpectedly${this.stderr.format(5)}`);
          }
          return;
        }
        // Rejected only once the supervisor (and so the service) is gone.
        settle(() => {
          reject(
            failure ??
              new InfraException(
                InfraErrorCode.SUPERVISOR_FAILED,
                `The ${what} supervisor exited before ${what} was ready${this.stderr.format()}`,
              ),
          );
        });
      });
      const message: OwnerMessage = { type: 'start', request: this.request };
      this.child.send(message);
    });
  }

  stop(): Promise<void> {
    this.stopping ??= this.stopNow();
    return this.stopping;
  }

  signalStop(): void {
    if (!this.hasExited && this.child.pid !== undefined) {
      signalProcess(this.child.pid, 'SIGTERM');
    }
  }

  private async stopNow(): Promise<void> {
    const pid = this.child.pid;
    if (this.hasExited || pid === undefined) {
      return;
    }
    const service = this.servicePid;
    const serviceTree = service === undefined ? [] : [service, ...descendantsOf(service)];
    signalProcess(pid, 'SIGTERM');
    if (!(await this.exitsWithin(this.request.stopTimeoutMs + 5_000))) {
      // The supervisor hangs: kill it and what it supervised.
      for (const target of [pid, ...serviceTree]) {
        if (isAlive(target)) {
          signalProcess(target, 'SIGKILL');
        }
      }
      await this.exitsWithin(5_000);
    }
    unregisterSupervisor(this);
  }

  private async exitsWithin(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    const exited = await Promise.race([this.exited.then(() => true), timeout]);
    clearTimeout(timer);
    return exited;
  }

  /** Once running, the supervisor must not keep the owner alive: it follows the owner instead. */
  private detachFromEventLoop(): void {
    this.child.unref();
    this.child.channel?.unref();
    for (const stream of [this.child.stdin, this.child.stderr]) {
      if (stream instanceof Socket) {
        stream.unref();
      }
    }
  }
}
