import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { OutputTail } from '../output-tail';
import { descendantsOf, isAlive, signalProcess } from '../process-table';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be spawned at all (ENOENT, EACCES, ...). */
  error?: Error;
}

export interface ManagedProcessOptions {
  /** Short name used as log prefix and in messages: "postgres", "meilisearch". */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  /** How the service wants to be asked to stop (postgres: SIGINT = fast shutdown). */
  stopSignal: NodeJS.Signals;
  /** How long to wait after `stopSignal` before SIGKILL. */
  stopTimeoutMs: number;
  log: (line: string) => void;
}

const SETPRIV_PATHS = ['/usr/bin/setpriv', '/bin/setpriv'];

/**
 * A service process whose output is kept (last lines) and relayed line by line, and which stops
 * gracefully: `signal`, then SIGKILL for it and every descendant after a timeout.
 */
export class ManagedProcess {
  readonly output = new OutputTail();
  readonly exited: Promise<ProcessExit>;
  /**
   * Resolves when stdout and stderr have closed. 'exit' can come before the last output is read
   * (the pipes drain after it), so an error message that quotes the output waits for this.
   */
  readonly outputClosed: Promise<void>;
  private exit: ProcessExit | undefined;

  private constructor(
    private readonly options: ManagedProcessOptions,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('error', (error) => {
        // Spawn failures emit 'error' without 'exit'.
        if (child.pid === undefined) {
          this.exit = { code: null, signal: null, error };
          resolve(this.exit);
        }
      });
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
    this.outputClosed = new Promise((resolve) => {
      child.once('close', () => {
        resolve();
      });
    });
    const relay = (chunk: Buffer) => {
      for (const line of this.output.push(chunk.toString('utf8'))) {
        options.log(`[${options.name}] ${line}`);
      }
    };
    child.stdout?.on('data', relay);
    child.stderr?.on('data', relay);
  }

  static spawn(options: ManagedProcessOptions): ManagedProcess {
    // setpriv (util-linux) sets the parent-death signal and then execs the service (same pid): if
    // the supervisor itself is SIGKILLed, the kernel still sends the service its stop signal.
    const setpriv = SETPRIV_PATHS.find((candidate) => existsSync(candidate));
    const [command, args] =
      setpriv === undefined
        ? [options.command, options.args]
        : [setpriv, ['--pdeathsig', options.stopSignal, '--', options.command, ...options.args]];
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      uid: options.uid,
      gid: options.gid,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ManagedProcess(options, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  /** "exited with code 1" / "was killed by SIGKILL" / "could not be started: ...". */
  describeExit(): string {
    const exit = this.exit;
    if (exit === undefined) {
      return 'is running';
    }
    if (exit.error) {
      return `could not be started (${this.options.command}): ${exit.error.message}`;
    }
    return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${String(exit.code)}`;
  }

  /** Sends the stop signal; after the stop timeout SIGKILLs it and any descendant still around. */
  async stop(): Promise<void> {
    const { stopSignal: signal, stopTimeoutMs: timeoutMs } = this.options;
    const pid = this.child.pid;
    if (pid === undefined || this.hasExited) {
      return;
    }
    // Postgres children put themselves in their own session, so remember them by parentage now.
    const descendants = descendantsOf(pid);
    signalProcess(pid, signal);
    if (await this.exitsWithin(timeoutMs)) {
      // A postmaster only exits after its children did; anything else left behind is an orphan.
      killStragglers(descendants);
      await waitUntilGone(descendants, 5_000);
      return;
    }
    this.options.log(
      `[${this.options.name}] did not stop within ${timeoutMs} ms after ${signal}: SIGKILL`,
    );
    const all = [...new Set([...descendants, ...descendantsOf(pid)])];
    signalProcess(pid, 'SIGKILL');
    killStragglers(all);
    await this.exitsWithin(5_000);
    await waitUntilGone(all, 5_000);
  }

  private async exitsWithin(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    const result = await Promise.race([this.exited.then(() => true), timeout]);
    clearTimeout(timer);
    return result;
  }
}

async function waitUntilGone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function killStragglers(pids: number[]): void {
  for (const pid of pids) {
    if (isAlive(pid)) {
      signalProcess(pid, 'SIGKILL');
    }
  }
}
