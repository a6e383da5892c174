import { startTestApi, type TestApi } from '../../test/test-api';
import { employerSignUp, ME, SIGN_IN, SIGN_OUT, SIGN_UP } from '../../test/operations';

describe('Accounts and sessions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('signs an employer up into a session held in a secure, httpOnly, SameSite cookie', async () => {
    const browser = api.client();
    const input = employerSignUp('acc');
    const signUp = await browser.graphql<{
      signUp: { role: string; employer: { organisationNumber: string } };
    }>(SIGN_UP, {
      input: {
        ...input,
        email: '  Eier@Salong.Example ',
        employer: {
          ...input.employer,
          organisationNumber: input.employer.organisationNumber.replace(
            /(\d{3})(\d{3})(\d{3})/,
            '$1 $2 $3',
          ),
        },
      },
    });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data?.signUp.role).toBe('EMPLOYER');
    expect(signUp.data?.signUp.employer.organisationNumber).toBe(input.employer.organisationNumber);
    expect(browser.lastSetCookie).toMatch(/aks_session=[A-Za-z0-9_-]{43};/);
    expect(browser.lastSetCookie).toMatch(/HttpOnly/);
    expect(browser.lastSetCookie).toMatch(/Secure/);
    expect(browser.lastSetCookie).toMatch(/SameSite=Lax/);
    expect((await browser.graphql<{ me: { email: string } }>(ME)).data?.me.email).toBe(
      'eier@salong.example',
    );

    await browser.graphql(SIGN_OUT);
    expect((await browser.graphql(ME)).data).toEqual({ me: null });

    const again = api.client();
    const signIn = await again.graphql(SIGN_IN, {
      input: { email: 'eier@salong.example', password: input.password },
    });
    expect(signIn.errors).toBeUndefined();
    expect((await again.graphql<{ me: { role: string } }>(ME)).data?.me.role).toBe('EMPLOYER');
  });

  it('rotates the session at sign-in: a new token, and the old one stops working', async () => {
    const browser = api.client();
    const input = {
      email: 'rotasjon@example.no',
      password: 'Et-langt-passord-9',
      displayName: 'Rota',
      role: 'YOUTH',
    };
    await browser.graphql(SIGN_UP, { input });
    const before = browser.cookie;
    await browser.graphql(SIGN_IN, { input: { email: input.email, password: input.password } });
    expect(browser.cookie).toBeDefined();
    expect(browser.cookie).not.toBe(before);
    const stale = api.client();
    stale.cookie = before;
    expect((await stale.graphql(ME)).data).toEqual({ me: null });
    expect((await browser.graphql<{ me: { email: string } }>(ME)).data?.me.email).toBe(input.email);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const browser = api.client();
    await browser.graphql(SIGN_UP, {
      input: {
        email: 'ola@example.no',
        password: 'Et-langt-passord-9',
        displayName: 'Ola',
        role: 'YOUTH',
      },
    });
    const wrong = await api
      .client()
      .graphql(SIGN_IN, { input: { email: 'ola@example.no', password: 'feil-passord-123' } });
    const unknown = await api
      .client()
      .graphql(SIGN_IN, { input: { email: 'ingen@example.no', password: 'feil-passord-123' } });
    expect(wrong.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
    expect(wrong.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks sign-in for an e-mail after five failures, whether or not the account exists', async () => {
    const password = 'Et-langt-passord-9';
    await api.client().graphql(SIGN_UP, {
      input: { email: 'laast@example.no', password, displayName: 'Låst', role: 'YOUTH' },
    });
    const attempt = (email: string, pass: string) =>
      api.client().graphql(SIGN_IN, { input: { email, password: pass } });
    const codeOf = (answer: Awaited<ReturnType<typeof attempt>>) =>
      answer.errors?.[0]?.extensions?.fieldErrors?.[0]?.code;
    for (let failure = 0; failure < 5; failure++) {
      expect(codeOf(await attempt('laast@example.no', 'feil-passord-123'))).toBe(
        'INVALID_CREDENTIALS',
      );
      expect(codeOf(await attempt('finnes-ikke@example.no', 'feil-passord-123'))).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    // Even the right password waits now, and an unknown e-mail answers the same.
    expect(codeOf(await attempt('laast@example.no', password))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await attempt('finnes-ikke@example.no', password))).toBe('TOO_MANY_ATTEMPTS');
    // Other accounts are not affected.
    expect(codeOf(await attempt('ola@example.no', 'Et-langt-passord-9'))).toBeUndefined();
  });

  it('refuses a second account with the same e-mail and self-sign-up as counsellor', async () => {
    const input = {
      email: 'dup@example.no',
      password: 'Et-langt-passord-9',
      displayName: 'Dup',
      role: 'YOUTH',
    };
    expect((await api.client().graphql(SIGN_UP, { input })).errors).toBeUndefined();
    const duplicate = await api.client().graphql(SIGN_UP, { input });
    expect(duplicate.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: 'email',
      code: 'EMAIL_TAKEN',
    });
    const counsellor = await api
      .client()
      .graphql(SIGN_UP, { input: { ...input, email: 'c@example.no', role: 'COUNSELLOR' } });
    expect(counsellor.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: 'role' });
    const short = await api
      .client()
      .graphql(SIGN_UP, { input: { ...input, email: 's@example.no', password: 'kort' } });
    expect(short.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: 'password',
      code: 'WEAK_PASSWORD',
    });
  });
});
