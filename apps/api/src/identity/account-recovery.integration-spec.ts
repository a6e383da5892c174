import { Clock } from '../common/clock';
import { Mailbox, tokenFrom } from '../../test/mailbox';
import {
  ME_VERIFIED,
  REQUEST_EMAIL_VERIFICATION,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD,
  SIGN_IN,
  SIGN_OUT_EVERYWHERE,
  SIGN_UP,
  VERIFY_EMAIL,
} from '../../test/operations';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';

const PASSWORD = 'Et-langt-passord-9';
const HOUR = 3_600_000;

type Me = { me: { id: string; email: string; emailVerifiedAt: string | null } | null };

const codeOf = (answer: GraphQLResponse<unknown>): string | undefined =>
  answer.errors?.[0]?.extensions?.code;

describe('E-mail verification and password reset', () => {
  let api: TestApi;
  let mailbox: Mailbox;
  let clock: Clock;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    api = await startTestApi({
      SMTP_URL: mailbox.url,
      PUBLIC_WEB_URL: 'https://akselerator.example',
    });
    clock = api.app.get(Clock);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await api.close();
    await mailbox.close();
  });

  const later = (ms: number) => {
    const now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now + ms));
  };

  async function signUp(email: string): Promise<TestClient> {
    const browser = api.client();
    const answer = await browser.graphql(SIGN_UP, {
      input: { email, password: PASSWORD, displayName: 'Kari Nordmann', role: 'YOUTH' },
    });
    expect(answer.errors).toBeUndefined();
    return browser;
  }

  it('sends a verification link at sign-up that verifies the address once', async () => {
    const browser = await signUp('kari@example.no');
    expect((await browser.graphql<Me>(ME_VERIFIED)).data?.me?.emailVerifiedAt).toBeNull();

    const mail = await mailbox.next('kari@example.no');
    expect(mail.subject).toBe('Bekreft e-postadressen din i Akselerator');
    expect(mail.text).toMatch(/https:\/\/akselerator\.example\/bekreft-e-post\?token=[\w-]{43}\b/);
    const token = tokenFrom(mail);

    const verified = await api.client().graphql(VERIFY_EMAIL, { input: { token } });
    expect(verified.errors).toBeUndefined();
    expect(verified.data).toEqual({ verifyEmail: true });
    expect((await browser.graphql<Me>(ME_VERIFIED)).data?.me?.emailVerifiedAt).not.toBeNull();

    const again = await api.client().graphql(VERIFY_EMAIL, { input: { token } });
    expect(codeOf(again)).toBe('TOKEN_USED');
    expect(again.errors?.[0]?.message).toMatch(/allerede brukt/);

    const forged = await api.client().graphql(VERIFY_EMAIL, { input: { token: `${token}x` } });
    expect(codeOf(forged)).toBe('TOKEN_INVALID');
    const junk = await api.client().graphql(VERIFY_EMAIL, { input: { token: "'; DROP TABLE--" } });
    expect(codeOf(junk)).toBe('TOKEN_INVALID');
  });

  it('refuses a verification link after 48 hours and changes nothing; a new one can be asked for', async () => {
    const browser = await signUp('sen@example.no');
    const token = tokenFrom(await mailbox.next('sen@example.no'));

    later(48 * HOUR + 60_000);
    const expired = await api.client().graphql(VERIFY_EMAIL, { input: { token } });
    expect(codeOf(expired)).toBe('TOKEN_EXPIRED');
    expect(expired.errors?.[0]?.message).toMatch(/Be om en ny lenke/);
    expect((await browser.graphql<Me>(ME_VERIFIED)).data?.me?.emailVerifiedAt).toBeNull();

    expect((await browser.graphql(REQUEST_EMAIL_VERIFICATION)).data).toEqual({
      requestEmailVerification: true,
    });
    const fresh = tokenFrom(await mailbox.next('sen@example.no'));
    expect(
      (await api.client().graphql(VERIFY_EMAIL, { input: { token: fresh } })).errors,
    ).toBeUndefined();
    expect((await browser.graphql<Me>(ME_VERIFIED)).data?.me?.emailVerifiedAt).not.toBeNull();
    // Anonymous callers cannot ask for links.
    expect(codeOf(await api.client().graphql(REQUEST_EMAIL_VERIFICATION))).toBe('UNAUTHENTICATED');
  });

  it('answers a reset request the same for a known and an unknown address, and mails only the known', async () => {
    await signUp('glemsk@example.no');
    await mailbox.next('glemsk@example.no'); // the verification mail

    const known = await api
      .client()
      .graphql(REQUEST_PASSWORD_RESET, { input: { email: ' Glemsk@Example.no ' } });
    const unknown = await api
      .client()
      .graphql(REQUEST_PASSWORD_RESET, { input: { email: 'ingen-her@example.no' } });
    expect(known).toEqual(unknown);
    expect(known).toEqual({ data: { requestPasswordReset: true } });

    const mail = await mailbox.next('glemsk@example.no');
    expect(mail.subject).toBe('Lag et nytt passord i Akselerator');
    expect(mail.text).toContain('https://akselerator.example/nytt-passord?token=');
    await expect(mailbox.next('ingen-her@example.no', 1_000)).rejects.toThrow(/No e-mail/);
  });

  it('resets the password once: ends every session, signs in anew, and the old password stops working', async () => {
    const phone = await signUp('nullstill@example.no');
    await mailbox.next('nullstill@example.no');
    const laptop = api.client();
    expect(
      (
        await laptop.graphql(SIGN_IN, {
          input: { email: 'nullstill@example.no', password: PASSWORD },
        })
      ).errors,
    ).toBeUndefined();

    await api
      .client()
      .graphql(REQUEST_PASSWORD_RESET, { input: { email: 'nullstill@example.no' } });
    const token = tokenFrom(await mailbox.next('nullstill@example.no'));

    // A weak password is refused and the link still works afterwards.
    const stranger = api.client();
    const weak = await stranger.graphql(RESET_PASSWORD, {
      input: { token, newPassword: 'passord123' },
    });
    expect(weak.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: 'newPassword',
      code: 'WEAK_PASSWORD',
    });

    const newPassword = 'Blåbær-i-Baneheia-2026';
    const reset = await stranger.graphql<{
      resetPassword: { email: string; emailVerifiedAt: string | null };
    }>(RESET_PASSWORD, { input: { token, newPassword } });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.email).toBe('nullstill@example.no');
    expect(reset.data?.resetPassword.emailVerifiedAt).not.toBeNull();
    expect((await stranger.graphql<Me>(ME_VERIFIED)).data?.me?.email).toBe('nullstill@example.no');

    // Signed out everywhere else.
    expect((await phone.graphql<Me>(ME_VERIFIED)).data?.me).toBeNull();
    expect((await laptop.graphql<Me>(ME_VERIFIED)).data?.me).toBeNull();

    const oldPassword = await api
      .client()
      .graphql(SIGN_IN, { input: { email: 'nullstill@example.no', password: PASSWORD } });
    expect(oldPassword.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe('INVALID_CREDENTIALS');
    const newOne = await api
      .client()
      .graphql(SIGN_IN, { input: { email: 'nullstill@example.no', password: newPassword } });
    expect(newOne.errors).toBeUndefined();

    const reused = await api.client().graphql(RESET_PASSWORD, {
      input: { token, newPassword: 'Enda-et-nytt-passord-77' },
    });
    expect(codeOf(reused)).toBe('TOKEN_USED');
    expect(
      (
        await api
          .client()
          .graphql(SIGN_IN, { input: { email: 'nullstill@example.no', password: newPassword } })
      ).errors,
    ).toBeUndefined();
  });

  it('refuses a reset link after one hour and changes nothing', async () => {
    await signUp('treg@example.no');
    await mailbox.next('treg@example.no');
    await api.client().graphql(REQUEST_PASSWORD_RESET, { input: { email: 'treg@example.no' } });
    const token = tokenFrom(await mailbox.next('treg@example.no'));

    later(HOUR + 1_000);
    const expired = await api.client().graphql(RESET_PASSWORD, {
      input: { token, newPassword: 'Blåbær-i-Baneheia-2026' },
    });
    expect(codeOf(expired)).toBe('TOKEN_EXPIRED');
    jest.restoreAllMocks();
    const oldPassword = await api
      .client()
      .graphql(SIGN_IN, { input: { email: 'treg@example.no', password: PASSWORD } });
    expect(oldPassword.errors).toBeUndefined();
  });

  it('lets only one of two racing clicks on the same reset link win', async () => {
    await signUp('rask@example.no');
    await mailbox.next('rask@example.no');
    await api.client().graphql(REQUEST_PASSWORD_RESET, { input: { email: 'rask@example.no' } });
    const token = tokenFrom(await mailbox.next('rask@example.no'));
    const answers = await Promise.all(
      ['Første-passord-2026!', 'Andre-passordet-2026!'].map((newPassword) =>
        api.client().graphql(RESET_PASSWORD, { input: { token, newPassword } }),
      ),
    );
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(answers.map(codeOf).filter(Boolean)).toEqual(['TOKEN_USED']);
  });

  it('mails at most three reset links an hour to one address, answering the same every time', async () => {
    await signUp('mas@example.no');
    await mailbox.next('mas@example.no');
    for (let request = 0; request < 5; request++) {
      expect(
        await api.client().graphql(REQUEST_PASSWORD_RESET, { input: { email: 'mas@example.no' } }),
      ).toEqual({ data: { requestPasswordReset: true } });
    }
    for (let mail = 0; mail < 3; mail++) await mailbox.next('mas@example.no');
    await expect(mailbox.next('mas@example.no', 1_000)).rejects.toThrow(/No e-mail/);
  });

  it('signs out everywhere', async () => {
    const one = await signUp('overalt@example.no');
    const two = api.client();
    await two.graphql(SIGN_IN, { input: { email: 'overalt@example.no', password: PASSWORD } });
    expect((await one.graphql(SIGN_OUT_EVERYWHERE)).data).toEqual({ signOutEverywhere: true });
    expect((await one.graphql<Me>(ME_VERIFIED)).data?.me).toBeNull();
    expect((await two.graphql<Me>(ME_VERIFIED)).data?.me).toBeNull();
    expect(codeOf(await api.client().graphql(SIGN_OUT_EVERYWHERE))).toBe('UNAUTHENTICATED');
  });
});
