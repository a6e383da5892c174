/**
 * The API's session cookie: `__Host-aks_session` (Secure, Path=/, no Domain), or `aks_session`
 * when the API runs with COOKIE_SECURE=false. The web only checks for its presence and clears
 * it; the API alone reads the token.
 */
export const SESSION_COOKIE_NAMES = ['__Host-aks_session', 'aks_session'] as const;

/** Whether the request carries a session cookie under either name. */
export function hasSessionCookie(store: { has(name: string): boolean }): boolean {
  return SESSION_COOKIE_NAMES.some((name) => store.has(name));
}
