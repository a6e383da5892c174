import { headers } from 'next/headers';
import { apiBaseUrl } from './api-url';
import { executeGraphQL, type Operation, type Variables } from './graphql';

/**
 * Server variant for Server Components and Route Handlers: calls the API directly and
 * forwards the incoming request's `cookie` header, so the API sees the visitor's session.
 * Reading the request headers also makes the calling route dynamic (never prerendered).
 */
export async function graphqlServer<TData, TVariables extends Variables>(
  operation: Operation<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const incoming = await headers();
  const forwarded: Record<string, string> = {};
  const cookie = incoming.get('cookie');
  if (cookie) forwarded.cookie = cookie;
  const language = incoming.get('accept-language');
  if (language) forwarded['accept-language'] = language;
  return executeGraphQL(`${apiBaseUrl()}/graphql`, operation, variables, {
    headers: forwarded,
    cache: 'no-store',
    signal: AbortSignal.timeout(10_000),
  });
}
