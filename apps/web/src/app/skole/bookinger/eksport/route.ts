import type { NextRequest } from 'next/server';
import { getI18n } from '@/i18n/server';
import { SCHOOL_BOOKINGS_CSV_QUERY } from '@/components/school/school-operations';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';

/**
 * GET /skole/bookinger/eksport?klasse=<cohortId> — the school view as a CSV file for a
 * spreadsheet. The API builds it (and writes the audit records); anyone but a counsellor of the
 * cohort's school gets a short "not found" text, the same as for a cohort that does not exist.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function problem(status: 404 | 502, key: 'noAccess' | 'unavailable'): Promise<Response> {
  const { locale, t } = await getI18n();
  return new Response(`${t.schoolBookings[key]}\n`, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-language': locale,
      'cache-control': 'no-store',
    },
  });
}

export async function GET(request: NextRequest): Promise<Response> {
  const cohortId = request.nextUrl.searchParams.get('klasse') ?? '';
  if (!UUID.test(cohortId)) return problem(404, 'noAccess');
  let csv: string | null;
  try {
    csv = (await graphqlServer(SCHOOL_BOOKINGS_CSV_QUERY, { cohortId })).schoolBookingsCsv;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
      return problem(404, 'noAccess');
    }
    console.warn(
      '[web] /skole/bookinger/eksport failed:',
      error instanceof Error ? error.message : error,
    );
    return problem(502, 'unavailable');
  }
  if (csv === null) return problem(404, 'noAccess');
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="hospitering-${day}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
