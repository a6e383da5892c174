import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { GraphQLContext } from './graphql-context';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

const CSRF_MESSAGE_NB =
  'Forespørselen kom ikke fra Akselerator sine egne sider, så vi stoppet den. Last siden på nytt og prøv igjen.';

/** The origins (scheme://host[:port]) that may send mutations: the web app's, and the API's own. */
export function allowedOrigins(urls: readonly string[]): Set<string> {
  const origins = new Set<string>();
  for (const url of urls) {
    const trimmed = url.trim();
    if (trimmed === '') continue;
    try {
      origins.add(new URL(trimmed).origin);
    } catch {
      // Configuration is validated at start-up; an unparsable entry simply allows nothing.
    }
  }
  return origins;
}

/**
 * Does the request show that a page of ours sent it? A browser names the page's origin in `Origin`
 * on every cross-origin request and on every POST, and says `Sec-Fetch-Site: cross-site` when
 * another site sent it. No such header at all means no browser page sent it (a server such as the
 * web's own /graphql proxy, a script, a test): there is no victim's cookie to abuse.
 */
export function isSameOriginRequest(
  headers: IncomingHttpHeaders,
  allowed: ReadonlySet<string>,
): boolean {
  const origin = headers.origin;
  if (typeof origin === 'string') return allowed.has(origin);
  return headers['sec-fetch-site'] !== 'cross-site';
}

/**
 * CSRF protection for mutations, on top of Apollo's csrfPrevention (which demands a request that a
 * form cannot send) and SameSite=Lax cookies: a mutation from a page of another origin is refused
 * before anything runs, whether it carries a session or not (no sign-in CSRF either).
 */
export function csrfOriginPlugin(allowed: ReadonlySet<string>): ApolloPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, contextValue }) => {
          if (operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
          const { req } = contextValue as GraphQLContext;
          if (isSameOriginRequest(req.headers, allowed)) return Promise.resolve();
          return Promise.reject(
            new GraphQLError(CSRF_MESSAGE_NB, {
              extensions: { code: 'CSRF_REJECTED', http: { status: 403 } },
            }),
          );
        },
      }),
  };
}
