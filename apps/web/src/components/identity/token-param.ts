/** `?token=` from an e-mail link: base64url, bounded, or undefined. */
export function tokenParam(value: string | string[] | undefined): string | undefined {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && /^[\w-]{10,200}$/.test(candidate) ? candidate : undefined;
}
