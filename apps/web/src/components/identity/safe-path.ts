/**
 * Client-side twin of `safeNextPath` in lib/session.ts (which is server-only): an internal path to
 * come back to, or undefined.
 */
export function safeClientPath(value: string | null | undefined): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  return value;
}
