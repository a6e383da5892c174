import type { RoleName } from '@/lib/api-types';

/**
 * After signing up or in: a full page load, so the server-rendered header and every Server
 * Component see the new session cookie at once. Employers land on their page, everyone else on
 * the search, unless a safe `?neste=` path asked for somewhere else.
 */
export function navigateAfterAuth(role: RoleName, next?: string): void {
  const employer = role === 'EMPLOYER';
  const home = employer ? '/arbeidsgiver' : '/';
  const destination = next && !(next.startsWith('/arbeidsgiver') && !employer) ? next : home;
  window.location.assign(destination);
}
