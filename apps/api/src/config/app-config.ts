import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  type ValidationError,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === undefined
    ? undefined
    : value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/** Every configuration variable the API reads, validated once at start-up. */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 4000;

  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^https?:\/\/\S+$/, { message: 'MEILI_URL must be an http(s):// URL' })
  MEILI_URL!: string;

  @IsString()
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' })
  MEILI_MASTER_KEY!: string;

  /** Lets tests and several environments share one Meilisearch without colliding. */
  @Matches(/^[a-z0-9_-]{0,40}$/, { message: 'MEILI_INDEX_PREFIX may hold only a-z, 0-9, _ and -' })
  MEILI_INDEX_PREFIX = '';

  /** Browsers treat http://localhost as secure, so Secure cookies work in development too. */
  @Transform(toBoolean)
  @IsBoolean()
  COOKIE_SECURE = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  SESSION_TTL_HOURS = 24 * 14;

  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60_000)
  OUTBOX_POLL_MS = 250;

  /** A young person's account not used for this many days is flagged for erasure (and told). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RETENTION_INACTIVE_DAYS = 730;

  /** A flagged account not used again within this many days is erased. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RETENTION_GRACE_DAYS = 30;

  /** Hospitering days a 10th grader should have per school year (the programme's rule). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  REQUIRED_HOSPITERING_DAYS = 2;

  /** Young people one coordinator follows at most (the programme's seed concept: 25). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  CASELOAD_MAX = 25;

  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_CITY = false;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  DEMO_SEED = 2026;

  /** Origins allowed to open the live channel (comma-separated): the web app's own address. */
  @Matches(/^https?:\/\/[^,\s]+(,\s*https?:\/\/[^,\s]+)*$/, {
    message: 'WEB_ORIGINS must be comma-separated http(s) origins',
  })
  WEB_ORIGINS = 'http://localhost:3000,http://127.0.0.1:3000';

  /** Where calendar apps and browsers reach this API (private calendar feeds are built on it). */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_API_URL must be an http(s) URL' })
  PUBLIC_API_URL = 'http://localhost:4000';

  /** With several API instances: Redis carries live notifications between them. */
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  @IsOptional()
  REDIS_URL?: string;

  /** Where e-mail goes (smtp:// or smtps://, credentials in the URL). Unset: mails are logged. */
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  @IsOptional()
  SMTP_URL?: string;

  /** The sender of every e-mail, e.g. `Akselerator <ikke-svar@kristiansand.kommune.no>`. */
  @Matches(/^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'MAIL_FROM must be an address or "Name <address>"',
  })
  MAIL_FROM = 'Akselerator <ikke-svar@akselerator.localhost>';

  /** The web app's public address, for links in e-mails. Unset: the first of WEB_ORIGINS. */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_WEB_URL must be an http(s) URL' })
  @IsOptional()
  PUBLIC_WEB_URL?: string;

  /** Sign-ins, sign-ups and reset links one client may attempt per operation and minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  AUTH_RATE_LIMIT_PER_MINUTE = 10;

  /**
   * Which proxies in front of the API to believe about the client's address (X-Forwarded-For),
   * as Express's `trust proxy`: `loopback` (the web's /graphql proxy on the same machine), a
   * number of hops, comma-separated addresses/subnets, `true` or `false`.
   */
  @Matches(/^(true|false|\d{1,2}|[0-9a-fA-F:./,\s]+|loopback|linklocal|uniquelocal)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count, loopback or addresses/subnets',
  })
  TRUST_PROXY = 'loopback';

  /** OpenID Connect sign-in (ID-porten, Feide): the provider's issuer URL. Unset: no OIDC. */
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_ISSUER must be an http(s) URL' })
  @IsOptional()
  OIDC_ISSUER?: string;

  @IsString()
  @IsOptional()
  OIDC_CLIENT_ID?: string;

  @IsString()
  @IsOptional()
  OIDC_CLIENT_SECRET?: string;

  /** The provider's short name, stored with each linked identity (e.g. idporten, feide). */
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'OIDC_PROVIDER may hold only a-z, 0-9 and -' })
  OIDC_PROVIDER = 'oidc';

  /** ID-porten (citizens), beside Feide: its issuer URL. Unset: no "Logg inn med ID-porten". */
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_IDPORTEN_ISSUER must be an http(s) URL' })
  @IsOptional()
  OIDC_IDPORTEN_ISSUER?: string;

  @IsString()
  @IsOptional()
  OIDC_IDPORTEN_CLIENT_ID?: string;

  @IsString()
  @IsOptional()
  OIDC_IDPORTEN_CLIENT_SECRET?: string;

  /** Feide (schools), beside ID-porten: its issuer URL. Unset: no "Logg inn med Feide". */
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_FEIDE_ISSUER must be an http(s) URL' })
  @IsOptional()
  OIDC_FEIDE_ISSUER?: string;

  @IsString()
  @IsOptional()
  OIDC_FEIDE_CLIENT_ID?: string;

  @IsString()
  @IsOptional()
  OIDC_FEIDE_CLIENT_SECRET?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  @Transform(toBoolean)
  @IsBoolean()
  @IsOptional()
  GRAPHQL_INTROSPECTION?: boolean;
}

export class ConfigurationError extends Error {}

// A value of the wrong kind is named as such first: "abc" is not a number, rather than too large.
const KIND_CHECKS = ['isInt', 'isBoolean', 'isIn', 'isString'];
// The value is repeated only where every failed check is about a number, a yes/no or a choice:
// a free-text variable may hold a secret (a key, a password inside a URL), so it is never echoed.
const ECHOED_CHECKS = new Set(['isInt', 'isBoolean', 'isIn', 'min', 'max']);

function describeConfigError(error: ValidationError): string {
  if (error.value === undefined) return `${error.property} is missing`;
  const constraints = error.constraints ?? {};
  const kind = KIND_CHECKS.find((check) => check in constraints);
  const message =
    (kind ? constraints[kind] : Object.values(constraints)[0]) ?? `${error.property} is invalid`;
  const echoed = Object.keys(constraints).every((check) => ECHOED_CHECKS.has(check));
  return echoed ? `${message}, got ${JSON.stringify(error.value)}` : message;
}

/** Reads and validates the environment; throws a one-line ConfigurationError naming the variables. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  // Optional variables without a default are no own keys of an AppConfig (no class-field define).
  const known = Object.keys(new AppConfig()).concat([
    'DATABASE_URL',
    'MEILI_URL',
    'MEILI_MASTER_KEY',
    'REDIS_URL',
    'GRAPHQL_INTROSPECTION',
    'SMTP_URL',
    'PUBLIC_WEB_URL',
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_IDPORTEN_ISSUER',
    'OIDC_IDPORTEN_CLIENT_ID',
    'OIDC_IDPORTEN_CLIENT_SECRET',
    'OIDC_FEIDE_ISSUER',
    'OIDC_FEIDE_CLIENT_ID',
    'OIDC_FEIDE_CLIENT_SECRET',
  ]);
  const relevant = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => known.includes(key) && value !== undefined && value !== '',
    ),
  );
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const details = errors.map(describeConfigError).join('; ');
    throw new ConfigurationError(`Invalid configuration: ${details}`);
  }
  return config;
}
