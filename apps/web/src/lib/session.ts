import { cache } from 'react';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { Account } from './api-types';
import { GraphQLRequestError } from './graphql';
import { graphqlServer } from './graphql-server';
import { ME_QUERY, MY_COUNSELLOR_ROLE_QUERY } from './operations';

interface Session {
  account: Account | null;
  /** False when the API could not be asked (down, timed out): then nobody is known to be signed in. */
  known: boolean;
}

/** One `me` call per request, shared by the layout (header) and the page. */
const loadSession = cache(async (): Promise<Session> => {
  try {
    const data = await graphqlServer(ME_QUERY);
    return { account: data.me, known: true };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
      return { account: null, known: true };
    }
    console.warn(
      '[web] could not read the session:',
      error instanceof Error ? error.message : error,
    );
    return { account: null, known: false };
  }
});

/**
 * The signed-in account, or null. An unreachable API counts as signed out here: the header must
 * never take a page down.
 */
export async function getViewer(): Promise<Account | null> {
  return (await loadSession()).account;
}

/** Internal path to come back to after signing in; anything else falls back to undefined. */
export function safeNextPath(value: string | string[] | undefined): string | undefined {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate?.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return undefined;
  }
  return candidate;
}

export function signInPath(next: string): string {
  return `/logg-inn?neste=${encodeURIComponent(next)}`;
}

/** For employer pages: the signed-in employer account, or a redirect to sign in. */
export async function requireEmployer(next: string): Promise<Account> {
  const { account, known } = await loadSession();
  // With the API down, sending a signed-in employer to the sign-in page would mislead them;
  // the error page says what is wrong instead.
  if (!known) throw new Error('The API is unavailable, so the session could not be checked.');
  if (account?.role !== 'EMPLOYER') redirect(signInPath(next));
  return account;
}

/** For pupils' pages: the signed-in youth account, or a redirect to sign in. */
export async function requireYouth(next: string): Promise<Account> {
  const { account, known } = await loadSession();
  if (!known) throw new Error('The API is unavailable, so the session could not be checked.');
  if (account?.role !== 'YOUTH') redirect(signInPath(next));
  return account;
}

export type CounsellorRoleName = 'SCHOOL_COUNSELLOR' | 'COORDINATOR' | 'OFFICE_LEAD';

/**
 * A counsellor's role at their school or NAV office, so the header offers the right section; null
 * for everyone else and when the API cannot answer (the header must never take a page down).
 */
export const getCounsellorRole = cache(async (): Promise<CounsellorRoleName | null> => {
  const viewer = await getViewer();
  if (viewer?.role !== 'COUNSELLOR') return null;
  try {
    const data = await graphqlServer(MY_COUNSELLOR_ROLE_QUERY);
    return data.myOrganisation?.counsellorRole ?? null;
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
});
