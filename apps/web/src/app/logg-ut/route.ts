import { type NextRequest, NextResponse } from 'next/server';
import { apiBaseUrl } from '@/lib/api-url';
import { SIGN_OUT_MUTATION } from '@/lib/operations';
import { SESSION_COOKIE_NAMES } from '@/lib/session-cookie';

/**
 * POST /logg-ut — the header's "Logg ut" form. Calls the API's signOut with the visitor's
 * cookie, relays the API's cookie-clearing Set-Cookie, and redirects home. Works without JS.
 */
export async function POST(request: NextRequest) {
  const origin = request.headers.get('origin');
  if (origin && origin !== request.nextUrl.origin) {
    return new NextResponse('Forbidden', { status: 403 });
  }

  const response = NextResponse.redirect(new URL('/', request.nextUrl.origin), 303);
  response.headers.set('cache-control', 'no-store');

  const cookie = request.headers.get('cookie');
  let relayed = false;
  if (cookie) {
    try {
      const apiResponse = await fetch(`${apiBaseUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: SIGN_OUT_MUTATION.query, variables: {} }),
        cache: 'no-store',
        signal: AbortSignal.timeout(10_000),
      });
      for (const setCookie of apiResponse.headers.getSetCookie()) {
        response.headers.append('set-cookie', setCookie);
        relayed = true;
      }
    } catch (error) {
      console.warn('[web] sign-out call failed:', error instanceof Error ? error.message : error);
    }
  }
  // Whatever the API said, the browser forgets the session.
  if (!relayed) {
    for (const name of SESSION_COOKIE_NAMES) {
      response.cookies.set(name, '', {
        path: '/',
        maxAge: 0,
        httpOnly: true,
        secure: true,
        sameSite: 'lax',
      });
    }
  }
  return response;
}
