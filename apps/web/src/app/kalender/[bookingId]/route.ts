import type { NextRequest } from 'next/server';
import { getI18n } from '@/i18n/server';
import { apiBaseUrl } from '@/lib/api-url';

/**
 * GET /kalender/<bookingId> — the booking as a calendar file (.ics), for "Legg i kalenderen" on
 * /mine-dager. A same-origin door to the API's `/calendar/bookings/<id>.ics`, forwarding the
 * visitor's cookie, so the session stays first-party. The API answers 404 for anyone but the
 * pupil who booked and the employer; that and every other failure becomes a short text page.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function problem(status: 404 | 502, key: 'notFound' | 'unavailable'): Promise<Response> {
  const { locale, t } = await getI18n();
  return new Response(`${t.calendar[key]}\n`, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-language': locale,
      'cache-control': 'no-store',
    },
  });
}

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ bookingId: string }> },
): Promise<Response> {
  const { bookingId } = await params;
  if (!UUID.test(bookingId)) return problem(404, 'notFound');

  const headers = new Headers({ accept: 'text/calendar' });
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const language = request.headers.get('accept-language');
  if (language) headers.set('accept-language', language);

  let upstream: Response;
  try {
    upstream = await fetch(`${apiBaseUrl()}/calendar/bookings/${bookingId.toLowerCase()}.ics`, {
      headers,
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    console.warn(
      '[web] /kalender could not reach the API:',
      error instanceof Error ? error.message : error,
    );
    return problem(502, 'unavailable');
  }

  if (upstream.status !== 200) {
    await upstream.body?.cancel();
    return upstream.status === 404 || upstream.status === 401 || upstream.status === 403
      ? problem(404, 'notFound')
      : problem(502, 'unavailable');
  }

  const responseHeaders = new Headers({ 'cache-control': 'private, no-store' });
  for (const name of ['content-type', 'content-disposition']) {
    const value = upstream.headers.get(name);
    if (value) responseHeaders.set(name, value);
  }
  if (!responseHeaders.has('content-type'))
    responseHeaders.set('content-type', 'text/calendar; charset=utf-8');
  return new Response(upstream.body, { status: 200, headers: responseHeaders });
}
