import { NextResponse, type NextRequest } from 'next/server';
import { EXPORT_MY_DATA_QUERY } from '@/components/identity/identity-operations';
import { getI18n } from '@/i18n/server';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';

/**
 * GET /personvern/eksport — everything stored about the signed-in young person, as a JSON file
 * to keep (the API's exportMyData). Signed out, or not a young person: to sign-in and back.
 */
export async function GET(request: NextRequest): Promise<Response> {
  let json: string;
  try {
    json = (await graphqlServer(EXPORT_MY_DATA_QUERY)).exportMyData;
  } catch (error) {
    if (
      error instanceof GraphQLRequestError &&
      (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')
    ) {
      const url = new URL('/logg-inn', request.nextUrl.origin);
      url.searchParams.set('neste', '/personvern');
      return NextResponse.redirect(url, 303);
    }
    console.warn(
      '[web] /personvern/eksport failed:',
      error instanceof Error ? error.message : error,
    );
    const { locale, t } = await getI18n();
    return new Response(`${t.identity.tokens.generic}\n`, {
      status: 502,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-language': locale,
        'cache-control': 'no-store',
      },
    });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(json, {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="akselerator-mine-data-${day}.json"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
