import { PROGRAMME_INDICATORS_CSV_QUERY } from '@/components/counselling/indicators/indicator-operations';
import { getI18n } from '@/i18n/server';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';

/**
 * GET /admin/indikatorer/csv — the programme's indicators as a CSV file (semicolons, decimal
 * commas, UTF-8 with BOM), built by the API from the same figures as the page. Anyone but a
 * programme admin gets a short "not found" text, as for a page that does not exist.
 */

async function problem(status: 404 | 502, text: string): Promise<Response> {
  const { locale } = await getI18n();
  return new Response(`${text}\n`, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-language': locale,
      'cache-control': 'no-store',
    },
  });
}

export async function GET(): Promise<Response> {
  const { t } = await getI18n();
  let csv: string;
  try {
    csv = (await graphqlServer(PROGRAMME_INDICATORS_CSV_QUERY)).programmeIndicatorsCsv;
  } catch (error) {
    if (
      error instanceof GraphQLRequestError &&
      (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')
    ) {
      return problem(404, t.notFound.title);
    }
    console.warn(
      '[web] /admin/indikatorer/csv failed:',
      error instanceof Error ? error.message : error,
    );
    return problem(502, t.indicators.unavailable);
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="indikatorer-${day}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
