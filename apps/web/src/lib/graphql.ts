/**
 * A tiny typed GraphQL-over-HTTP client: POST JSON (which also satisfies Apollo's CSRF
 * prevention), typed data out, or a typed `GraphQLRequestError` carrying the stable
 * `extensions.code` and, for validation failures, the field errors.
 *
 * `graphqlClient` runs in the browser against the same-origin `/graphql` rewrite, so the
 * session cookie stays first-party. The server variant lives in `graphql-server.ts`.
 */

/** One field-level validation problem, as the API sends it in `extensions.fieldErrors`. */
export interface ApiFieldError {
  /** Dotted path into the input, e.g. `slots.1.capacity` or `employer.organisationNumber`. */
  field: string;
  code: string;
  /** Already in Norwegian. */
  message: string;
}

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'NETWORK_ERROR'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly fieldErrors: readonly ApiFieldError[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

interface GraphQLErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown; fieldErrors?: unknown };
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: GraphQLErrorPayload[];
}

export type Variables = Record<string, unknown>;

/**
 * A GraphQL document that carries its result and variables types (the typed-document idea,
 * without a runtime): `const ME: Operation<MeData> = { query: '…' }`.
 */
export interface Operation<TData, TVariables extends Variables = Record<string, never>> {
  readonly query: string;
  /** Phantom fields: never set, they only carry the types. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  cache?: RequestCache;
}

function isFieldError(value: unknown): value is ApiFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.field === 'string' &&
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string'
  );
}

function toRequestError(error: GraphQLErrorPayload, status: number): GraphQLRequestError {
  const code =
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const raw = error.extensions?.fieldErrors;
  const fieldErrors = Array.isArray(raw) ? raw.filter(isFieldError) : [];
  const message = typeof error.message === 'string' ? error.message : code;
  return new GraphQLRequestError(message, code, fieldErrors, status);
}

/** Runs one operation against `url`. Throws `GraphQLRequestError` for every kind of failure. */
export async function executeGraphQL<TData, TVariables extends Variables>(
  url: string,
  operation: Operation<TData, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...options.headers,
      },
      body: JSON.stringify({ query: operation.query, variables: variables ?? {} }),
      signal: options.signal,
      cache: options.cache,
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : 'Network error';
    throw new GraphQLRequestError(message, 'NETWORK_ERROR');
  }

  let body: GraphQLResponseBody<TData>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    throw new GraphQLRequestError(
      `Unexpected response (HTTP ${response.status})`,
      response.status >= 500 || response.status === 404 ? 'NETWORK_ERROR' : 'INTERNAL_SERVER_ERROR',
      [],
      response.status,
    );
  }

  const firstError = body.errors?.[0];
  if (firstError) throw toRequestError(firstError, response.status);
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(
      `Empty response (HTTP ${response.status})`,
      'INTERNAL_SERVER_ERROR',
      [],
      response.status,
    );
  }
  return body.data;
}

/** Browser variant: same-origin `/graphql`, cookies included. */
export function graphqlClient<TData, TVariables extends Variables>(
  operation: Operation<TData, TVariables>,
  variables?: TVariables,
  options: Omit<RequestOptions, 'cache'> = {},
): Promise<TData> {
  return executeGraphQL('/graphql', operation, variables, { ...options, cache: 'no-store' });
}
