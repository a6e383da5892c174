import { cache } from 'react';
import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { apiBaseUrl } from './api-url';
import { GraphQLRequestError } from './graphql';
import { graphqlServer } from './graphql-server';
import { loadBellSnapshotWith } from './notification-snapshot';
import type { BellSnapshot, LiveEndpoint } from './notifications';
import { NOTIFICATIONS_QUERY } from './operations';
import { hasSessionCookie } from './session-cookie';

/**
 * The bell's first render: the unread count and the latest notifications, for the signed-in
 * visitor. Null when nobody is signed in or the API could not be asked: the
 * header must never take a page down.
 */
export const loadBellSnapshot = cache(async (tag: string): Promise<BellSnapshot | null> => {
  const store = await cookies();
  if (!hasSessionCookie(store)) return null;
  try {
    return await loadBellSnapshotWith(
      (afterId) => graphqlServer(NOTIFICATIONS_QUERY, { afterId }),
      tag,
    );
  } catch (error) {
    unstable_rethrow(error);
    // A stale cookie: the visitor is signed out, and the header says so on its own.
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') return null;
    console.warn(
      '[web] could not read the notifications:',
      error instanceof Error ? error.message : error,
    );
    return null;
  }
});

/**
 * Where the browser opens the live channel. Route handlers cannot proxy a websocket, so the
 * browser talks to the API itself: `API_PUBLIC_URL` when set, otherwise the port of `API_URL`
 * on the host the page was loaded from (so the session cookie, set for that host, goes along).
 */
export function liveEndpoint(): LiveEndpoint {
  const publicUrl = process.env.API_PUBLIC_URL?.trim();
  if (publicUrl) return { url: publicUrl.replace(/\/+$/, '') };
  try {
    const url = new URL(apiBaseUrl());
    return { port: url.port };
  } catch {
    return { port: '4000' };
  }
}
