import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { ME, SIGN_UP } from '../../test/operations';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/test-api';

const WEB = 'http://localhost:3000';
const REDIRECT = `${WEB}/logg-inn/oidc`;
const CLIENT_ID = 'akselerator-test';
const CLIENT_SECRET = 'akselerator-test-secret-0123456789';

/** The people the provider knows, by subject. */
const PEOPLE = {
  'sub-ny': { email: 'ny.elev@skole.example', email_verified: true, name: 'Nora Ny' },
  'sub-kjent': { email: 'kjent@skole.example', email_verified: true, name: 'Kari Kjent' },
  'sub-ubekreftet': { email: 'ubekreftet@skole.example', email_verified: true, name: 'Ulf' },
  'sub-uten-epost': { name: 'Ingen E-post' },
};

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

/** A browser: a cookie jar, GraphQL through the API, and the provider's pages. */
class Browser {
  readonly jar = new Map<string, string>();
  readonly ip = `10.77.${Math.floor(Math.random() * 255)}.${1 + Math.floor(Math.random() * 250)}`;

  constructor(private readonly api: TestApi) {}

  get cookieHeader(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keep(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  async graphql<T>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: this.cookieHeader,
        'x-forwarded-for': this.ip,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.keep(response);
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
        if (next.startsWith(REDIRECT)) return next;
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

  async start(): Promise<string> {
    const answer = await this.graphql<{ startOidcSignIn: string }>('mutation { startOidcSignIn }');
    expect(answer.errors).toBeUndefined();
    return answer.data?.startOidcSignIn ?? '';
  }

  complete(callbackUrl: string) {
    return this.graphql<{ completeOidcSignIn: { id: string; email: string; role: string } }>(
      'mutation ($input: CompleteOidcSignInInput!) { completeOidcSignIn(input: $input) { id email role } }',
      { input: { callbackUrl } },
    );
  }

  async signInAs(login: string) {
    return this.complete(await this.atProvider(await this.start(), login));
  }
}

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;

describe('OpenID Connect sign-in against a local provider', () => {
  let api: TestApi;
  let provider: ChildProcess;

  beforeAll(async () => {
    const port = await freePort();
    provider = spawn(
      process.execPath,
      [
        join(__dirname, '../../test/oidc-provider.mjs'),
        String(port),
        CLIENT_ID,
        CLIENT_SECRET,
        REDIRECT,
        JSON.stringify(PEOPLE),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      provider.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('READY')) resolve();
      });
      provider.on('exit', (code) => {
        reject(new Error(`The OIDC provider stopped (${code})`));
      });
    });
    api = await startTestApi({
      PUBLIC_WEB_URL: WEB,
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_PROVIDER: 'idporten',
    });
  });

  afterAll(async () => {
    await api.close();
    provider.kill();
  });

  async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      return (await db.query(text, values)).rows as T[];
    } finally {
      await db.end();
    }
  }

  it('creates a verified youth account at the first sign-in and reuses it at the next', async () => {
    const first = new Browser(api);
    const created = await first.signInAs('sub-ny');
    expect(created.errors).toBeUndefined();
    expect(created.data?.completeOidcSignIn).toMatchObject({
      email: 'ny.elev@skole.example',
      role: 'YOUTH',
    });
    expect((await first.graphql<{ me: { email: string } }>(ME)).data?.me.email).toBe(
      'ny.elev@skole.example',
    );
    expect(first.jar.has('__Host-aks_oidc')).toBe(false);

    const again = await new Browser(api).signInAs('sub-ny');
    expect(again.data?.completeOidcSignIn.id).toBe(created.data?.completeOidcSignIn.id);
    const rows = await sql<{ provider: string; verified: boolean; password: string | null }>(
      `SELECT i.provider, a.email_verified_at IS NOT NULL AS verified, a.password_hash AS password
         FROM account_identity i JOIN account a ON a.id = i.account_id WHERE i.subject = 'sub-ny'`,
    );
    expect(rows).toEqual([{ provider: 'idporten', verified: true, password: null }]);
  });

  it('links the first sign-in to the account with the same verified e-mail address', async () => {
    const signUp = await new Browser(api).graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: {
        email: 'kjent@skole.example',
        password: 'Et-langt-passord-9',
        displayName: 'Kari',
        role: 'YOUTH',
      },
    });
    await sql(`UPDATE account SET email_verified_at = now() WHERE email = 'kjent@skole.example'`);
    const linked = await new Browser(api).signInAs('sub-kjent');
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.completeOidcSignIn.id).toBe(signUp.data?.signUp.id);
  });

  it('does not link to an account that never verified its address, nor work without an address', async () => {
    await new Browser(api).graphql(SIGN_UP, {
      input: {
        email: 'ubekreftet@skole.example',
        password: 'Et-langt-passord-9',
        displayName: 'U',
        role: 'YOUTH',
      },
    });
    expect(codeOf(await new Browser(api).signInAs('sub-ubekreftet'))).toBe(
      'OIDC_ACCOUNT_NOT_LINKABLE',
    );
    expect(codeOf(await new Browser(api).signInAs('sub-uten-epost'))).toBe('OIDC_EMAIL_MISSING');
    expect(
      await sql(
        `SELECT 1 FROM account_identity WHERE subject IN ('sub-ubekreftet', 'sub-uten-epost')`,
      ),
    ).toEqual([]);
  });

  it('refuses a wrong state, a wrong nonce, a missing cookie and a reused code; nothing changes', async () => {
    const accountsBefore = await sql<{ n: number }>('SELECT count(*)::int AS n FROM account');

    const tampered = new Browser(api);
    const callback = new URL(await tampered.atProvider(await tampered.start(), 'sub-ny'));
    callback.searchParams.set('state', 'en-annen-state');
    expect(codeOf(await tampered.complete(callback.href))).toBe('OIDC_FAILED');

    const wrongNonce = new Browser(api);
    const url = await wrongNonce.start();
    const pending = JSON.parse(
      Buffer.from(wrongNonce.jar.get('__Host-aks_oidc') ?? '', 'base64url').toString(),
    ) as Record<string, string>;
    wrongNonce.jar.set(
      '__Host-aks_oidc',
      Buffer.from(JSON.stringify({ ...pending, nonce: 'en-annen-nonce' })).toString('base64url'),
    );
    expect(codeOf(await wrongNonce.complete(await wrongNonce.atProvider(url, 'sub-ny')))).toBe(
      'OIDC_FAILED',
    );

    const noCookie = new Browser(api);
    const noCookieCallback = await noCookie.atProvider(await noCookie.start(), 'sub-ny');
    noCookie.jar.clear();
    expect(codeOf(await noCookie.complete(noCookieCallback))).toBe('OIDC_FAILED');

    const twice = new Browser(api);
    const twiceUrl = await twice.start();
    const cookie = twice.jar.get('__Host-aks_oidc') ?? '';
    const twiceCallback = await twice.atProvider(twiceUrl, 'sub-ny');
    expect((await twice.complete(twiceCallback)).errors).toBeUndefined();
    twice.jar.set('__Host-aks_oidc', cookie);
    expect(codeOf(await twice.complete(twiceCallback))).toBe('OIDC_FAILED');

    const foreign = new Browser(api);
    await foreign.start();
    expect(
      codeOf(await foreign.complete('https://angriper.example/logg-inn/oidc?code=x&state=y')),
    ).toBe('OIDC_FAILED');

    expect(await sql('SELECT count(*)::int AS n FROM account')).toEqual(accountsBefore);
  });
});
