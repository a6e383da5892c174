/**
 * A fresh idempotency key for one booking click: 8–100 characters of [A-Za-z0-9_-], as the API
 * asks. `crypto.randomUUID` only exists in secure contexts (https, localhost), so plain http on
 * another host falls back to `getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
