import { redirect, unstable_rethrow } from 'next/navigation';
import { GraphQLRequestError } from './graphql';
import { signInPath } from './session';

/**
 * A signed-in page's own query. A lapsed session (or the wrong role) goes to sign-in and back to
 * `path`; any other failure is logged and answers `fallback`, so the page can say so instead of
 * failing.
 */
export async function querySignedIn<T, F>(
  path: string,
  what: string,
  query: () => Promise<T>,
  fallback: F,
): Promise<T | F> {
  try {
    return await query();
  } catch (error) {
    unstable_rethrow(error);
    if (
      error instanceof GraphQLRequestError &&
      (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')
    ) {
      redirect(signInPath(path));
    }
    console.error(`[web] ${what} failed:`, error instanceof Error ? error.message : error);
    return fallback;
  }
}
