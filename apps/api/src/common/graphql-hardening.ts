import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { allowedOrigins, csrfOriginPlugin } from './csrf-origin.plugin';
import {
  GraphQLError,
  type GraphQLFormattedError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The limits every operation must keep; checked during validation, before any resolver runs. */
export const GRAPHQL_LIMITS = {
  /** Nesting of fields, counting the leaves: `{ me { id } }` is 2 deep. */
  maxDepth: 8,
  /** Aliases in one operation: each alias is one more attempt of a field. */
  maxAliases: 10,
  /** Lexical tokens of the document (names, punctuation, values). */
  maxTokens: 1_000,
  maxDirectives: 20,
  /** graphql-armor's cost: objects 2, scalars 1, multiplied by 1.5 per level of depth. */
  maxCost: 5_000,
} as const;

const MESSAGES_NB = {
  QUERY_TOO_DEEP: 'Spørringen er nøstet for dypt.',
  TOO_MANY_ALIASES: 'Spørringen ber om det samme for mange ganger.',
  QUERY_TOO_COSTLY: 'Spørringen ber om for mye på én gang.',
  TOO_MANY_DIRECTIVES: 'Spørringen har for mange direktiver.',
  INTERNAL: 'Noe gikk galt hos oss. Prøv igjen om litt.',
} as const;

type LimitCode = Exclude<keyof typeof MESSAGES_NB, 'INTERNAL'>;

/** Reports a broken limit as a validation error with our own code, so execution never starts. */
const rejectAs =
  (code: LimitCode) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const detail = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(
      // Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; formatError restores ours.
      new GraphQLError(`${MESSAGES_NB[code]} (${detail})`, { extensions: { code, limit: code } }),
    );
  };

const limit = (code: LimitCode) => ({
  propagateOnRejection: false,
  onReject: [rejectAs(code)],
  exposeLimits: true,
});

export interface GraphQLHardening {
  plugins: NonNullable<ApolloDriverConfig['plugins']>;
  validationRules: ValidationRule[];
  allowBatchedHttpRequests: false;
  includeStacktraceInErrorResponses: false;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  parseOptions: { maxTokens: number };
}

/**
 * graphql-armor's limits (depth, aliases, directives, cost) and graphql-js's token limit, no batching, no stack traces,
 * mutations only from our own origins (CSRF), and, in production, no "Did you mean …?" hints
 * that would reveal the schema.
 */
export function graphqlHardening(
  config: Pick<AppConfig, 'NODE_ENV' | 'WEB_ORIGINS' | 'PUBLIC_API_URL' | 'PUBLIC_WEB_URL'>,
): GraphQLHardening {
  const production = config.NODE_ENV === 'production';
  const origins = allowedOrigins([
    ...config.WEB_ORIGINS.split(','),
    config.PUBLIC_API_URL,
    config.PUBLIC_WEB_URL ?? '',
  ]);
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ...limit('QUERY_TOO_DEEP') },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...limit('TOO_MANY_ALIASES') },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...limit('TOO_MANY_DIRECTIVES') },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ...limit('QUERY_TOO_COSTLY') },
    // armor's token plugin throws from a hook Apollo answers with 500; graphql-js's own parser
    // limit (parseOptions below) refuses the same document as a 400 parse error instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: '' },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    // armor's declarations see @apollo/server through its CommonJS types, Nest through its ESM ones:
    // the same plugin objects, two nominal types for the request's headers.
    plugins: [
      csrfOriginPlugin(origins),
      ...(plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
    ],
    validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorSafely,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}

const logger = new Logger('GraphQL');

/**
 * The last line of defence for error answers: anything without a known code (a database error, a
 * bug outside the resolvers the exception filter sees) becomes one generic message; no stack
 * traces, SQL or internal details ever leave the server.
 */
export function formatErrorSafely(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') {
    if (formatted.message !== MESSAGES_NB.INTERNAL) {
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      logger.error(original instanceof Error ? original : String(original));
    }
    return {
      message: MESSAGES_NB.INTERNAL,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const limit = formatted.extensions?.limit;
  const ownCode =
    code === 'GRAPHQL_VALIDATION_FAILED' && typeof limit === 'string' && limit in MESSAGES_NB
      ? limit
      : code;
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(
      ([key]) => key !== 'stacktrace' && key !== 'exception' && key !== 'limit',
    ),
  );
  return { ...formatted, extensions: { ...extensions, code: ownCode } };
}
