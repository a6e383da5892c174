import type { RoleName } from '@/lib/api-types';

/**
 * After signing up or in: a full page load, so the server-rendered header and every Server
 * Component see the new session cookie at once. Employers land on their page, everyone else on
 * the search, unless a safe `?neste=` path asked for somewhere else (and that place is for them).
 */
export function navigateAfterAuth(role: RoleName, next?: string): void {
  const employer = role === 'EMPLOYER';
  const home = employer ? '/arbeidsgiver' : '/';
  const wrongPlace =
    (next?.startsWith('/arbeidsgiver') === true && !employer) ||
    (next?.startsWith('/mine-dager') === true && role !== 'YOUTH');
  const destination = next && !wrongPlace ? next : home;
  window.location.assign(destination);
}
