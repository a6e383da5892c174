import type { NextRequest } from 'next/server';
import { apiBaseUrl } from '@/lib/api-url';

/**
 * POST /graphql — the browser's same-origin door to the API, so the session cookie
 * (`__Host-aks_session`, httpOnly, SameSite=Lax) stays first-party.
 *
 * A route handler rather than a `rewrites()` entry in next.config.ts: rewrites are frozen into
 * the build, while API_URL must be read when the server starts (`npm start --api-port`, e2e,
 * containers built once and configured per environment).
 */

/** Request headers the API needs; everything else (the browser's other headers) stays here. */
const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'accept',
  'accept-language',
  'cookie',
  'apollo-require-preflight',
  // The API's CSRF check compares these with its allow-list (WEB_ORIGINS).
  'origin',
  'sec-fetch-site',
  'user-agent',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-real-ip',
];

export async function POST(request: NextRequest): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }

  let upstream: Response;
  try {
    upstream = await fetch(`${apiBaseUrl()}/graphql`, {
      method: 'POST',
      headers,
      body: await request.arrayBuffer(),
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    console.warn(
      '[web] /graphql proxy could not reach the API:',
      error instanceof Error ? error.message : error,
    );
    return Response.json(
      { errors: [{ message: 'The API cannot be reached', extensions: { code: 'NETWORK_ERROR' } }] },
      { status: 502, headers: { 'cache-control': 'no-store' } },
    );
  }

  const responseHeaders = new Headers({ 'cache-control': 'no-store' });
  const contentType = upstream.headers.get('content-type');
  if (contentType) responseHeaders.set('content-type', contentType);
  for (const cookie of upstream.headers.getSetCookie())
    responseHeaders.append('set-cookie', cookie);
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}
