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

describe('ID-porten and Feide side by side', () => {
  let api: TestApi;
  let idporten: OidcProvider;
  let feide: OidcProvider;

  beforeAll(async () => {
    [idporten, feide] = await Promise.all([
      startOidcProvider({
        clientId: 'aks-idporten',
        redirect: `${OIDC_CALLBACK}/idporten`,
        people: IDPORTEN_PEOPLE,
      }),
      startOidcProvider({
        clientId: 'aks-feide',
        redirect: `${OIDC_CALLBACK}/feide`,
        people: FEIDE_PEOPLE,
      }),
    ]);
    api = await startTestApi({
      PUBLIC_WEB_URL: OIDC_WEB,
      OIDC_IDPORTEN_ISSUER: idporten.issuer,
      OIDC_IDPORTEN_CLIENT_ID: 'aks-idporten',
      OIDC_IDPORTEN_CLIENT_SECRET: OIDC_CLIENT_SECRET,
      OIDC_FEIDE_ISSUER: feide.issuer,
      OIDC_FEIDE_CLIENT_ID: 'aks-feide',
      OIDC_FEIDE_CLIENT_SECRET: OIDC_CLIENT_SECRET,
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
    const answer = await new OidcBrowser(api).graphql<{ signInOptions: unknown }>(
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
    const browser = new OidcBrowser(api);
    const created = await browser.signInAs('ip-sub-1', 'idporten');
    expect(created.errors).toBeUndefined();
    expect(created.data?.completeOidcSignIn).toMatchObject({
      email: 'borger@eksempel.example',
      role: 'YOUTH',
    });
    const linked = await new OidcBrowser(api).signInAs('fd-sub-1', 'feide');
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.completeOidcSignIn.id).toBe(created.data?.completeOidcSignIn.id);
    const again = await new OidcBrowser(api).signInAs('ip-sub-1', 'idporten');
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
    const anonymous = await new OidcBrowser(api).signInAs('ip-sub-2', 'idporten');
    expect(codeOf(anonymous)).toBe('OIDC_EMAIL_MISSING');

    const browser = new OidcBrowser(api);
    const signedUp = await browser.graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: {
        email: 'uten.epost@eksempel.example',
        password: 'Et-langt-passord-9',
        displayName: 'Ulla Uten',
        role: 'YOUTH',
      },
    });
    expect(signedUp.errors).toBeUndefined();
    const linked = await browser.signInAs('ip-sub-2', 'idporten');
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.completeOidcSignIn.id).toBe(signedUp.data?.signUp.id);
    // From then on, ID-porten alone finds the account.
    const later = await new OidcBrowser(api).signInAs('ip-sub-2', 'idporten');
    expect(later.data?.completeOidcSignIn.id).toBe(signedUp.data?.signUp.id);
  });

  it("maps Feide's school identity: the school's address, and a name from the principal", async () => {
    const browser = new OidcBrowser(api);
    const created = await browser.signInAs('fd-sub-2', 'feide');
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
    const browser = new OidcBrowser(api);
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

    const tampered = new OidcBrowser(api);
    const callback = new URL(await tampered.atProvider(await tampered.start('feide'), 'fd-sub-2'));
    callback.searchParams.set('state', 'en-annen-state');
    expect(codeOf(await tampered.complete(callback.href))).toBe('OIDC_FAILED');

    const wrongNonce = new OidcBrowser(api);
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
    const crossed = new OidcBrowser(api);
    const crossedCallback = new URL(
      await crossed.atProvider(await crossed.start('idporten'), 'ip-sub-1'),
    );
    const idportenPending = crossed.jar.get(cookie) ?? '';
    crossed.jar.set('__Host-aks_oidc_feide', idportenPending);
    const onFeidePage = `${OIDC_CALLBACK}/feide${crossedCallback.search}`;
    expect(codeOf(await crossed.complete(onFeidePage))).toBe('OIDC_FAILED');

    expect(
      codeOf(
        await new OidcBrowser(api).graphql('mutation { startOidcSignIn(provider: "ukjent") }'),
      ),
    ).toBe('OIDC_NOT_CONFIGURED');
    expect(await sql('SELECT count(*)::int AS n FROM account')).toEqual(accountsBefore);
  });
});
