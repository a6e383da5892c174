const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach a uuid column (Postgres would throw). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
