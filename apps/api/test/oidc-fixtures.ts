import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { GraphQLResponse, TestApi } from './test-api';

/** The web origin the API is configured with; the providers send the browser back under it. */
export const OIDC_WEB = 'http://localhost:3000';
/** The web's callback page; with several providers each has its own path below it. */
export const OIDC_CALLBACK = `${OIDC_WEB}/logg-inn/oidc`;
export const OIDC_CLIENT_SECRET = 'akselerator-test-secret-0123456789';

export interface OidcProvider {
  issuer: string;
  process: ChildProcess;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

/**
 * Starts a real OpenID Connect provider (test/oidc-provider.mjs, its own process) that knows one
 * client and the given people by subject; resolves once it listens. Stop it with `process.kill()`.
 */
export async function startOidcProvider(client: {
  clientId: string;
  redirect: string;
  people: Record<string, unknown>;
}): Promise<OidcProvider> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(__dirname, 'oidc-provider.mjs'),
      String(port),
      client.clientId,
      OIDC_CLIENT_SECRET,
      client.redirect,
      JSON.stringify(client.people),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve();
    });
    child.on('exit', (code) => {
      reject(new Error(`The OIDC provider stopped (${code})`));
    });
  });
  return { process: child, issuer: `http://127.0.0.1:${port}` };
}

export interface OidcSignedIn {
  completeOidcSignIn: { id: string; email: string; role: string; displayName: string };
}

/**
 * A browser: a cookie jar (the API's session and pending-sign-in cookies), GraphQL through the
 * API, and the provider's own sign-in pages, followed redirect by redirect.
 */
export class OidcBrowser {
  readonly jar = new Map<string, string>();
  /** Its own address, so rate limits count it apart from other browsers. */
  readonly ip = `10.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}`;

  constructor(private readonly api: TestApi) {}

  async graphql<T>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...this.jar].map(([name, value]) => `${name}=${value}`).join('; '),
        'x-forwarded-for': this.ip,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Signs in at the provider's own (development) pages as `login`; returns the callback URL. */
  async atProvider(authorizationUrl: string, login: string): Promise<string> {
    const providerCookies = new Map<string, string>();
    let url = authorizationUrl;
    let body: string | undefined;
    for (let hop = 0; hop < 20; hop++) {
      const response = await fetch(url, {
        method: body ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...providerCookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body,
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const at = pair.indexOf('=');
        providerCookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (location) {
        const next = new URL(location, url).href;
        if (next.startsWith(OIDC_CALLBACK)) return next;
        url = next;
        body = undefined;
        continue;
      }
      const html = await response.text();
      const action = /action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`Unexpected provider page: ${html.slice(0, 300)}`);
      url = new URL(action, url).href;
      body = new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'hva-som-helst' } : { prompt },
      ).toString();
    }
    throw new Error('Too many hops at the provider');
  }

  /** Starts a sign-in (at the only provider when none is named); returns where to send the browser. */
  async start(provider?: string): Promise<string> {
    const answer = provider
      ? await this.graphql<{ startOidcSignIn: string }>(
          'mutation ($provider: String) { startOidcSignIn(provider: $provider) }',
          { provider },
        )
      : await this.graphql<{ startOidcSignIn: string }>('mutation { startOidcSignIn }');
    expect(answer.errors).toBeUndefined();
    return answer.data?.startOidcSignIn ?? '';
  }

  complete(callbackUrl: string): Promise<GraphQLResponse<OidcSignedIn>> {
    return this.graphql<OidcSignedIn>(
      'mutation ($input: CompleteOidcSignInInput!) { completeOidcSignIn(input: $input) { id email role displayName } }',
      { input: { callbackUrl } },
    );
  }

  /** The whole round: start, sign in at the provider as `login`, complete on the callback page. */
  async signInAs(login: string, provider?: string): Promise<GraphQLResponse<OidcSignedIn>> {
    return this.complete(await this.atProvider(await this.start(provider), login));
  }
}

export const codeOf = (answer: GraphQLResponse<unknown>): string | undefined =>
  answer.errors?.[0]?.extensions?.code;
