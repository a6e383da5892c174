import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, parseLocale } from '@/i18n/dictionary';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Same-origin path of the page the visitor came from, so switching language keeps their place. */
function returnPath(request: NextRequest): string {
  const referer = request.headers.get('referer');
  if (!referer) return '/';
  try {
    const url = new URL(referer);
    if (url.host !== request.nextUrl.host) return '/';
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}

/** GET /sprak?til=en|nb — stores the language in the `lang` cookie and goes back. Works without JS. */
export function GET(request: NextRequest) {
  const locale = parseLocale(request.nextUrl.searchParams.get('til') ?? undefined);
  const response = NextResponse.redirect(new URL(returnPath(request), request.nextUrl.origin), 303);
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
  });
  response.headers.set('cache-control', 'no-store');
  return response;
}
