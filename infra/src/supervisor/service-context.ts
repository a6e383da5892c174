import type { ManagedProcess } from './managed-process';

/** What a service starter gets from the supervisor. */
export interface ServiceContext {
  log: (line: string) => void;
  /** Registers a spawned process at once, so a shutdown during start-up stops it too. */
  track: (process: ManagedProcess) => void;
}
