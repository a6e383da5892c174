/** The application database created in the embedded Postgres. */
export const DEFAULT_DATABASE_NAME = 'akselerator';
/** Bounded start: initdb on first run plus start-up comfortably fit on a slow CI machine. */
export const DEFAULT_START_TIMEOUT_MS = 30_000;
/** Graceful stop before SIGKILL. */
export const DEFAULT_STOP_TIMEOUT_MS = 10_000;

export function noLog(): void {
  // Service output is dropped unless a log function is given.
}
