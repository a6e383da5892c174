/** A running supervisor as the owner's exit hooks see it. */
export interface OwnedSupervisor {
  stop(): Promise<void>;
  /** Synchronous last resort for the 'exit' event: ask the supervisor to stop (SIGTERM). */
  signalStop(): void;
}

const live = new Set<OwnedSupervisor>();
const handledSignals = ['SIGINT', 'SIGTERM'] as const;
type HandledSignal = (typeof handledSignals)[number];

const listeners: Record<HandledSignal, () => void> = {
  SIGINT: () => {
    onSignal('SIGINT');
  },
  SIGTERM: () => {
    onSignal('SIGTERM');
  },
};

/**
 * While services run, Ctrl-C / SIGTERM stop them before the process ends, and normal exit asks
 * them to stop. The handlers exist only while something runs, so the owner's own signal handling
 * is untouched otherwise.
 */
export function registerSupervisor(supervisor: OwnedSupervisor): void {
  live.add(supervisor);
  if (live.size === 1) {
    for (const signal of handledSignals) {
      process.on(signal, listeners[signal]);
    }
    process.on('exit', onExit);
  }
}

export function unregisterSupervisor(supervisor: OwnedSupervisor): void {
  if (live.delete(supervisor) && live.size === 0) {
    for (const signal of handledSignals) {
      process.removeListener(signal, listeners[signal]);
    }
    process.removeListener('exit', onExit);
  }
}

function onSignal(signal: HandledSignal): void {
  void Promise.allSettled([...live].map((supervisor) => supervisor.stop())).then(() => {
    // Our listener is gone now. If nobody else handles the signal, let it end the process the
    // default way (so the exit status says "killed by SIGINT" as usual).
    if (process.listenerCount(signal) === 0) {
      process.kill(process.pid, signal);
    }
  });
}

function onExit(): void {
  for (const supervisor of live) {
    supervisor.signalStop();
  }
}
