import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { ME, SIGN_UP } from '../../test/operations';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/test-api';

const WEB = 'http://localhost:3000';
const CALLBACK = `${WEB}/logg-inn/oidc`;
const SECRET = 'akselerator-test-secret-0123456789';

/** ID-porten's people (a citizen) and Feide's (a pupil, as the school's directory has them). */
const IDPORTEN_PEOPLE = {
  'ip-sub-1': { email: 'borger@eksempel.example', email_verified: true, name: 'Berit Borger' },
  // As ID-porten really is: a citizen without an e-mail address.
  'ip-sub-2': {},
};
const FEIDE_PEOPLE = {
  // Feide asserts the school's address without email_verified; the same person as above.
  'fd-sub-1': { email: 'borger@eksempel.example', name: 'Berit B.' },
  'fd-sub-2': {
    email: 'elev.ny@skole.example',
    eduPersonPrincipalName: 'elev.ny@skole.example',
  },
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

async function startProvider(
  clientId: string,
  redirect: string,
  people: Record<string, unknown>,
): Promise<{ process: ChildProcess; issuer: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(__dirname, '../../test/oidc-provider.mjs'),
      String(port),
      clientId,
      SECRET,
      redirect,
      JSON.stringify(people),
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

/** A browser: a cookie jar, GraphQL through the API, and the providers' pages. */
class Browser {
  readonly jar = new Map<string, string>();
  readonly ip = `10.78.${Math.floor(Math.random() * 255)}.${1 + Math.floor(Math.random() * 250)}`;

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
        if (next.startsWith(CALLBACK)) return next;
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

  async start(provider: string): Promise<string> {
    const answer = await this.graphql<{ startOidcSignIn: string }>(
      'mutation ($provider: String) { startOidcSignIn(provider: $provider) }',
      { provider },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.startOidcSignIn ?? '';
  }

  complete(callbackUrl: string) {
    return this.graphql<{
      completeOidcSignIn: { id: string; email: string; role: string; displayName: string };
    }>(
      'mutation ($input: CompleteOidcSignInInput!) { completeOidcSignIn(input: $input) { id email role displayName } }',
      { input: { callbackUrl } },
    );
  }

  async signInAs(provider: string, login: string) {
    return this.complete(await this.atProvider(await this.start(provider), login));
  }
}

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;

describe('ID-porten and Feide side by side', () => {
  let api: TestApi;
  let idporten: { process: ChildProcess; issuer: string };
  let feide: { process: ChildProcess; issuer: string };

  beforeAll(async () => {
    [idporten, feide] = await Promise.all([
      startProvider('aks-idporten', `${CALLBACK}/idporten`, IDPORTEN_PEOPLE),
      startProvider('aks-feide', `${CALLBACK}/feide`, FEIDE_PEOPLE),
    ]);
    api = await startTestApi({
      PUBLIC_WEB_URL: WEB,
      OIDC_IDPORTEN_ISSUER: idporten.issuer,
      OIDC_IDPORTEN_CLIENT_ID: 'aks-idporten',
      OIDC_IDPORTEN_CLIENT_SECRET: SECRET,
      OIDC_FEIDE_ISSUER: feide.issuer,
      OIDC_FEIDE_CLIENT_ID: 'aks-feide',
      OIDC_FEIDE_CLIENT_SECRET: SECRET,
    });
  });

  afterAll(async () => {
    await api.close();
    idporten.process.kill();
    feide.process.kill();
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

  it('tells the web to show both buttons', async () => {
    const answer = await new Browser(api).graphql<{ signInOptions: unknown }>(
      '{ signInOptions { password oidc { id kind name } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.signInOptions).toEqual({
      password: true,
      oidc: [
        { id: 'idporten', kind: 'IDPORTEN', name: 'ID-porten' },
        { id: 'feide', kind: 'FEIDE', name: 'Feide' },
      ],
    });
  });

  it('creates the account at ID-porten, and links the same person from Feide to it', async () => {
    const browser = new Browser(api);
    const created = await browser.signInAs('idporten', 'ip-sub-1');
    expect(created.errors).toBeUndefined();
    expect(created.data?.completeOidcSignIn).toMatchObject({
      email: 'borger@eksempel.example',
      role: 'YOUTH',
    });
    const linked = await new Browser(api).signInAs('feide', 'fd-sub-1');
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.completeOidcSignIn.id).toBe(created.data?.completeOidcSignIn.id);
    const again = await new Browser(api).signInAs('idporten', 'ip-sub-1');
    expect(again.data?.completeOidcSignIn.id).toBe(created.data?.completeOidcSignIn.id);
    expect(
      await sql<{ provider: string; subject: string }>(
        `SELECT provider, subject FROM account_identity WHERE account_id = $1 ORDER BY provider`,
        [created.data?.completeOidcSignIn.id],
      ),
    ).toEqual([
      { provider: 'feide', subject: 'fd-sub-1' },
      { provider: 'idporten', subject: 'ip-sub-1' },
    ]);
  });

  it('links an ID-porten identity without e-mail to the account signed in when it started', async () => {
    const anonymous = await new Browser(api).signInAs('idporten', 'ip-sub-2');
    expect(codeOf(anonymous)).toBe('OIDC_EMAIL_MISSING');

    const browser = new Browser(api);
    const signedUp = await browser.graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: {
        email: 'uten.epost@eksempel.example',
        password: 'Et-langt-passord-9',
        displayName: 'Ulla Uten',
        role: 'YOUTH',
      },
    });
    expect(signedUp.errors).toBeUndefined();
    const linked = await browser.signInAs('idporten', 'ip-sub-2');
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.completeOidcSignIn.id).toBe(signedUp.data?.signUp.id);
    // From then on, ID-porten alone finds the account.
    const later = await new Browser(api).signInAs('idporten', 'ip-sub-2');
    expect(later.data?.completeOidcSignIn.id).toBe(signedUp.data?.signUp.id);
  });

  it("maps Feide's school identity: the school's address, and a name from the principal", async () => {
    const browser = new Browser(api);
    const created = await browser.signInAs('feide', 'fd-sub-2');
    expect(created.errors).toBeUndefined();
    expect(created.data?.completeOidcSignIn).toMatchObject({
      email: 'elev.ny@skole.example',
      displayName: 'elev.ny',
      role: 'YOUTH',
    });
    expect((await browser.graphql<{ me: { email: string } }>(ME)).data?.me.email).toBe(
      'elev.ny@skole.example',
    );
  });

  it('keeps each provider its own state, nonce and verifier: both can be under way at once', async () => {
    const browser = new Browser(api);
    const idportenUrl = await browser.start('idporten');
    const feideUrl = await browser.start('feide');
    expect(browser.jar.has('__Host-aks_oidc_idporten')).toBe(true);
    expect(browser.jar.has('__Host-aks_oidc_feide')).toBe(true);
    const feideCallback = await browser.atProvider(feideUrl, 'fd-sub-2');
    const idportenCallback = await browser.atProvider(idportenUrl, 'ip-sub-1');
    expect((await browser.complete(feideCallback)).errors).toBeUndefined();
    expect(browser.jar.has('__Host-aks_oidc_feide')).toBe(false);
    expect((await browser.complete(idportenCallback)).errors).toBeUndefined();
  });

  it("refuses a wrong state or nonce, and one provider's answer on the other's page", async () => {
    const accountsBefore = await sql<{ n: number }>('SELECT count(*)::int AS n FROM account');

    const tampered = new Browser(api);
    const callback = new URL(await tampered.atProvider(await tampered.start('feide'), 'fd-sub-2'));
    callback.searchParams.set('state', 'en-annen-state');
    expect(codeOf(await tampered.complete(callback.href))).toBe('OIDC_FAILED');

    const wrongNonce = new Browser(api);
    const url = await wrongNonce.start('idporten');
    const cookie = '__Host-aks_oidc_idporten';
    const pending = JSON.parse(
      Buffer.from(wrongNonce.jar.get(cookie) ?? '', 'base64url').toString(),
    ) as Record<string, string>;
    wrongNonce.jar.set(
      cookie,
      Buffer.from(JSON.stringify({ ...pending, nonce: 'en-annen-nonce' })).toString('base64url'),
    );
    expect(codeOf(await wrongNonce.complete(await wrongNonce.atProvider(url, 'ip-sub-1')))).toBe(
      'OIDC_FAILED',
    );

    // Started at ID-porten, its code carried to Feide's callback page with a forged Feide cookie.
    const crossed = new Browser(api);
    const crossedCallback = new URL(
      await crossed.atProvider(await crossed.start('idporten'), 'ip-sub-1'),
    );
    const idportenPending = crossed.jar.get(cookie) ?? '';
    crossed.jar.set('__Host-aks_oidc_feide', idportenPending);
    const onFeidePage = `${CALLBACK}/feide${crossedCallback.search}`;
    expect(codeOf(await crossed.complete(onFeidePage))).toBe('OIDC_FAILED');

    expect(
      codeOf(await new Browser(api).graphql('mutation { startOidcSignIn(provider: "ukjent") }')),
    ).toBe('OIDC_NOT_CONFIGURED');
    expect(await sql('SELECT count(*)::int AS n FROM account')).toEqual(accountsBefore);
  });
});
