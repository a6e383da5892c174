import { createClient } from 'redis';
import { SIGN_IN, SIGN_UP } from '../../test/operations';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const wrongSignIn = (client: TestClient, attempt: number) =>
  client.graphql(SIGN_IN, {
    // A different address every time, so the per-address lock-out (five failures) never decides.
    input: { email: `gjett-${attempt}-${client.ip}@example.no`, password: 'feil-passord-123' },
  });

const codes = (answer: GraphQLResponse<unknown>) =>
  (answer.errors ?? []).map(
    (error) => error.extensions?.fieldErrors?.[0]?.code ?? error.extensions?.code,
  );

describe('Rate limits on sign-in', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('throttles the 11th failed sign-in within a minute from one client, and only that client', async () => {
    const attacker = api.client();
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(codes(await wrongSignIn(attacker, attempt))).toEqual(['INVALID_CREDENTIALS']);
    }
    const eleventh = await wrongSignIn(attacker, 11);
    expect(codes(eleventh)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(eleventh.errors?.[0]?.message).toMatch(/Vent et minutt/);
    expect(codes(await wrongSignIn(api.client(), 1))).toEqual(['INVALID_CREDENTIALS']);
  });

  it('counts every alias as an attempt', async () => {
    // Serial mutations stop at the first failed non-null field, so aliases of a *successful*
    // sign-in show the counting best: ten in one request, then the eleventh is refused.
    const password = 'Et-langt-passord-9';
    const email = 'alias-teller@example.no';
    await api.client().graphql(SIGN_UP, {
      input: { email, password, displayName: 'Teller', role: 'YOUTH' },
    });
    const aliases = (count: number) =>
      `mutation { ${Array.from(
        { length: count },
        (_, index) =>
          `a${index}: signIn(input: { email: "${email}", password: "${password}" }) { id }`,
      ).join('\n')} }`;

    const browser = api.client();
    const ten = await browser.graphql<Record<string, { id: string }>>(aliases(10));
    expect(ten.errors).toBeUndefined();
    expect(Object.keys(ten.data ?? {})).toHaveLength(10);
    expect(codes(await browser.graphql(SIGN_IN, { input: { email, password } }))).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);

    const other = api.client();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await other.graphql(SIGN_IN, { input: { email, password } })).errors).toBeUndefined();
    }
    const six = await other.graphql<Record<string, { id: string } | null>>(aliases(6));
    expect(codes(six)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(six.errors?.[0]?.path).toEqual(['a5']);
  });
});

describe('Rate limits shared by two API instances through Redis', () => {
  let redisUp = false;

  beforeAll(async () => {
    const probe = createClient({
      url: REDIS_URL,
      socket: { connectTimeout: 1_000, reconnectStrategy: false },
    });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      redisUp = (await probe.ping()) === 'PONG';
      await probe.quit();
    } catch {
      redisUp = false;
    }
  });

  it('counts attempts on either instance together', async () => {
    if (!redisUp) {
      console.warn(`Redis is not reachable at ${REDIS_URL}: the two-instance test cannot run here`);
      return;
    }
    const a = await startTestApi({ REDIS_URL });
    const b = await startTestApi({ REDIS_URL }, a);
    try {
      const onA = a.client();
      const onB = b.client();
      onB.ip = onA.ip; // the same browser, sent to either instance by the load balancer
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect(codes(await wrongSignIn(onA, attempt))).toEqual(['INVALID_CREDENTIALS']);
        expect(codes(await wrongSignIn(onB, attempt + 5))).toEqual(['INVALID_CREDENTIALS']);
      }
      expect(codes(await wrongSignIn(onA, 11))).toEqual(['TOO_MANY_ATTEMPTS']);
      expect(codes(await wrongSignIn(onB, 12))).toEqual(['TOO_MANY_ATTEMPTS']);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
