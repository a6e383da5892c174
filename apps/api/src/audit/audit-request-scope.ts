import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** The reads recorded so far in one HTTP request, keyed by the whole record, with their write. */
export type RecordedInRequest = Map<string, Promise<void>>;

const scope = new AsyncLocalStorage<RecordedInRequest>();

/** The current HTTP request's records; undefined outside one (socket events, the sweeps, jobs). */
export function recordedInRequest(): RecordedInRequest | undefined {
  return scope.getStore();
}

/**
 * Gives every HTTP request its own memo of audit records. One request is one GraphQL operation
 * (batching is off), so a page's fields that each open the same young person for the same reason
 * (the plan and the mapping) leave one record, while the next request records afresh.
 */
// Work started inside a request (a timer, a fire-and-forget promise) would inherit its memo and
// merge its reads with the request's. Nothing that records audit runs that way today: the sweeps
// start at bootstrap, and notice and mail delivery record nothing. Keep it so.
@Injectable()
export class AuditRequestScopeMiddleware implements NestMiddleware {
  use(_req: Request, _res: Response, next: NextFunction): void {
    scope.run(new Map(), next);
  }
}
