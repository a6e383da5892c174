import { Client } from 'pg';
import {
  codeOf,
  OIDC_CALLBACK,
  OIDC_CLIENT_SECRET,
  OIDC_WEB,
  OidcBrowser,
  startOidcProvider,
  type OidcProvider,
} from '../../test/oidc-fixtures';
import { ME, SIGN_UP } from '../../test/operations';
import { startTestApi, type TestApi } from '../../test/test-api';

const CLIENT_ID = 'akselerator-test';

/** The people the provider knows, by subject. */
const PEOPLE = {
  'sub-ny': { email: 'ny.elev@skole.example', email_verified: true, name: 'Nora Ny' },
  'sub-kjent': { email: 'kjent@skole.example', email_verified: true, name: 'Kari Kjent' },
  'sub-ubekreftet': { email: 'ubekreftet@skole.example', email_verified: true, name: 'Ulf' },
  'sub-uten-epost': { name: 'Ingen E-post' },
};

describe('OpenID Connect sign-in against a local provider', () => {
  let api: TestApi;
  let provider: OidcProvider;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      redirect: OIDC_CALLBACK,
      people: PEOPLE,
    });
    api = await startTestApi({
      PUBLIC_WEB_URL: OIDC_WEB,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET,
      OIDC_PROVIDER: 'idporten',
    });
  });

  afterAll(async () => {
    await api.close();
    provider.process.kill();
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
    const first = new OidcBrowser(api);
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

    const again = await new OidcBrowser(api).signInAs('sub-ny');
    expect(again.data?.completeOidcSignIn.id).toBe(created.data?.completeOidcSignIn.id);
    const rows = await sql<{ provider: string; verified: boolean; password: string | null }>(
      `SELECT i.provider, a.email_verified_at IS NOT NULL AS verified, a.password_hash AS password
         FROM account_identity i JOIN account a ON a.id = i.account_id WHERE i.subject = 'sub-ny'`,
    );
    expect(rows).toEqual([{ provider: 'idporten', verified: true, password: null }]);
  });

  it('links the first sign-in to the account with the same verified e-mail address', async () => {
    const signUp = await new OidcBrowser(api).graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: {
        email: 'kjent@skole.example',
        password: 'Et-langt-passord-9',
        displayName: 'Kari',
        role: 'YOUTH',
      },
    });
    await sql(`UPDATE account SET email_verified_at = now() WHERE email = 'kjent@skole.example'`);
    const linked = await new OidcBrowser(api).signInAs('sub-kjent');
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.completeOidcSignIn.id).toBe(signUp.data?.signUp.id);
  });

  it('does not link to an account that never verified its address, nor work without an address', async () => {
    await new OidcBrowser(api).graphql(SIGN_UP, {
      input: {
        email: 'ubekreftet@skole.example',
        password: 'Et-langt-passord-9',
        displayName: 'U',
        role: 'YOUTH',
      },
    });
    expect(codeOf(await new OidcBrowser(api).signInAs('sub-ubekreftet'))).toBe(
      'OIDC_ACCOUNT_NOT_LINKABLE',
    );
    expect(codeOf(await new OidcBrowser(api).signInAs('sub-uten-epost'))).toBe(
      'OIDC_EMAIL_MISSING',
    );
    expect(
      await sql(
        `SELECT 1 FROM account_identity WHERE subject IN ('sub-ubekreftet', 'sub-uten-epost')`,
      ),
    ).toEqual([]);
  });

  it('refuses a wrong state, a wrong nonce, a missing cookie and a reused code; nothing changes', async () => {
    const accountsBefore = await sql<{ n: number }>('SELECT count(*)::int AS n FROM account');

    const tampered = new OidcBrowser(api);
    const callback = new URL(await tampered.atProvider(await tampered.start(), 'sub-ny'));
    callback.searchParams.set('state', 'en-annen-state');
    expect(codeOf(await tampered.complete(callback.href))).toBe('OIDC_FAILED');

    const wrongNonce = new OidcBrowser(api);
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

    const noCookie = new OidcBrowser(api);
    const noCookieCallback = await noCookie.atProvider(await noCookie.start(), 'sub-ny');
    noCookie.jar.clear();
    expect(codeOf(await noCookie.complete(noCookieCallback))).toBe('OIDC_FAILED');

    const twice = new OidcBrowser(api);
    const twiceUrl = await twice.start();
    const cookie = twice.jar.get('__Host-aks_oidc') ?? '';
    const twiceCallback = await twice.atProvider(twiceUrl, 'sub-ny');
    expect((await twice.complete(twiceCallback)).errors).toBeUndefined();
    twice.jar.set('__Host-aks_oidc', cookie);
    expect(codeOf(await twice.complete(twiceCallback))).toBe('OIDC_FAILED');

    const foreign = new OidcBrowser(api);
    await foreign.start();
    expect(
      codeOf(await foreign.complete('https://angriper.example/logg-inn/oidc?code=x&state=y')),
    ).toBe('OIDC_FAILED');

    expect(await sql('SELECT count(*)::int AS n FROM account')).toEqual(accountsBefore);
  });
});
