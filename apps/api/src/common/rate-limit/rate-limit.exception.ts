/** Too many attempts of one operation from one client in a short while; nothing was done. */
export class RateLimitException extends Error {
  readonly code = 'TOO_MANY_ATTEMPTS';

  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_ATTEMPTS');
  }
}
