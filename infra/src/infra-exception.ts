/** Why a service could not be made available. Every message is one line naming what to fix. */
export enum InfraErrorCode {
  CONFIGURATION_INVALID = 'CONFIGURATION_INVALID',
  DATABASE_URL_UNREACHABLE = 'DATABASE_URL_UNREACHABLE',
  MEILI_URL_UNREACHABLE = 'MEILI_URL_UNREACHABLE',
  MEILI_MASTER_KEY_REJECTED = 'MEILI_MASTER_KEY_REJECTED',
  BINARY_MISSING = 'BINARY_MISSING',
  PORT_IN_USE = 'PORT_IN_USE',
  DATA_DIR_IN_USE = 'DATA_DIR_IN_USE',
  DATA_DIR_INVALID = 'DATA_DIR_INVALID',
  START_TIMEOUT = 'START_TIMEOUT',
  PROCESS_EXITED = 'PROCESS_EXITED',
  SUPERVISOR_FAILED = 'SUPERVISOR_FAILED',
}

export class InfraException extends Error {
  constructor(
    readonly code: InfraErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InfraException';
  }
}

export function isInfraErrorCode(value: unknown): value is InfraErrorCode {
  return Object.values<unknown>(InfraErrorCode).includes(value);
}

/** The message of anything thrown, for error texts. */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    // e.g. "localhost" tried on ::1 and 127.0.0.1
    return [...new Set(error.errors.map(describeError))].join('; ');
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause = error.cause === undefined ? '' : ` (${describeError(error.cause)})`;
    return (error.message || code || error.name) + cause;
  }
  return String(error);
}
