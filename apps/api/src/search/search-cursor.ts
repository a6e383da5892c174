/**
 * Opaque pagination cursors. Meilisearch pages by offset; the cursor hides that so the
 * API can change strategy without breaking clients.
 */
export class InvalidCursorError extends Error {}

const MAX_OFFSET = 10_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ v: 1, o: offset }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  if (cursor.length > 100 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const offset = (parsed as { v?: unknown; o?: unknown } | null)?.o;
  if ((parsed as { v?: unknown } | null)?.v !== 1 || !Number.isInteger(offset))
    throw new InvalidCursorError();
  const value = offset as number;
  if (value < 0 || value > MAX_OFFSET) throw new InvalidCursorError();
  return value;
}
