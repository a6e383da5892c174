import { InfraErrorCode, isInfraErrorCode } from '../infra-exception';

/** What the owner asks a supervisor to run. One supervisor process runs one service. */
export type ServiceRequest = PostgresRequest | MeilisearchRequest;

interface CommonRequest {
  /** Root data folder shared by the services: `<dataDir>/postgres`, `<dataDir>/meilisearch`. */
  dataDir: string;
  port?: number;
  startTimeoutMs: number;
  stopTimeoutMs: number;
}

export interface PostgresRequest extends CommonRequest {
  service: 'postgres';
}

export interface MeilisearchRequest extends CommonRequest {
  service: 'meilisearch';
  masterKey?: string;
}

export type ServiceReady = PostgresReady | MeilisearchReady;

export interface PostgresReady {
  service: 'postgres';
  port: number;
  user: string;
  password: string;
  pid: number;
}

export interface MeilisearchReady {
  service: 'meilisearch';
  port: number;
  masterKey: string;
  pid: number;
}

/** Owner → supervisor (over the IPC channel). Stopping is SIGTERM/SIGINT or the owner going away. */
export interface OwnerMessage {
  type: 'start';
  request: ServiceRequest;
}

/** Supervisor → owner. */
export type SupervisorMessage =
  | { type: 'log'; line: string }
  | { type: 'ready'; ready: ServiceReady }
  | { type: 'failed'; code: InfraErrorCode; message: string };

export function isOwnerMessage(value: unknown): value is OwnerMessage {
  if (!isRecord(value)) {
    return false;
  }
  return value.type === 'start' && isRecord(value.request);
}

export function isSupervisorMessage(value: unknown): value is SupervisorMessage {
  if (!isRecord(value)) {
    return false;
  }
  switch (value.type) {
    case 'log':
      return typeof value.line === 'string';
    case 'ready':
      return isRecord(value.ready) && typeof value.ready.port === 'number';
    case 'failed':
      return isInfraErrorCode(value.code) && typeof value.message === 'string';
    default:
      return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
