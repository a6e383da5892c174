import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { io, type Socket } from 'socket.io-client';
import {
  eventually,
  signedInYouths,
  startTestApi,
  type TestApi,
  type TestClient,
} from '../../test/test-api';
import {
  BOOK_SLOT,
  CONFIRM_BOOKING,
  CREATE_HOSPITERING,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_OUT,
  SIGN_UP,
  type BookData,
} from '../../test/operations';

const ORIGIN = 'http://localhost:3000';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface WireNotification {
  id: string;
  kind: string;
  text: string;
}

function connect(api: TestApi, client: TestClient | null, origin = ORIGIN): Socket {
  return io(api.url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin, ...(client?.cookie ? { cookie: client.cookie } : {}) },
  });
}

const connected = (socket: Socket) =>
  new Promise<void>((resolve, reject) => {
    socket.once('connect', () => {
      resolve();
    });
    socket.once('connect_error', (error) => {
      reject(error);
    });
  });

const refused = (socket: Socket) =>
  new Promise<string>((resolve, reject) => {
    socket.once('connect', () => {
      reject(new Error('connected without being allowed to'));
    });
    socket.once('connect_error', (error) => {
      resolve(error.message);
    });
  });

const nextNotification = (socket: Socket, timeoutMs = 5_000) =>
  new Promise<WireNotification>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('no live notification'));
    }, timeoutMs);
    socket.once('notification', (notification: WireNotification) => {
      clearTimeout(timer);
      resolve(notification);
    });
  });

async function redisReachable(): Promise<boolean> {
  const client = createClient({
    url: REDIS_URL,
    socket: { connectTimeout: 1_000, reconnectStrategy: false },
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.quit();
    return true;
  } catch {
    return false;
  }
}

async function publishedSlots(employer: TestClient): Promise<string[]> {
  await employer.graphql(SIGN_UP, { input: employerSignUp(randomUUID().slice(0, 6)) });
  const created = await employer.graphql<{
    createHospitering: { id: string; slots: { id: string }[] };
  }>(CREATE_HOSPITERING, {
    input: hospiteringInput(),
  });
  await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
  return created.data?.createHospitering.slots.map((slot) => slot.id) ?? [];
}

describe('Live notifications', () => {
  let api: TestApi;
  const sockets: Socket[] = [];
  const track = (socket: Socket) => {
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await api.close();
  });

  it('refuses a connection without a session or from a foreign origin', async () => {
    expect(await refused(track(connect(api, null)))).toBe('UNAUTHENTICATED');
    const [youth] = await signedInYouths(api, 1);
    expect(await refused(track(connect(api, youth?.client ?? null, 'https://evil.example')))).toBe(
      'FORBIDDEN_ORIGIN',
    );
  });

  it('tells the employer about a booking and the pupil about the answer, live, and lets a client catch up exactly once', async () => {
    const employer = api.client();
    const [slotId, laterSlotId] = await publishedSlots(employer);
    const [youth] = await signedInYouths(api, 1);
    if (!youth) throw new Error('no youth');
    const employerSocket = track(connect(api, employer));
    const pupilSocket = track(connect(api, youth.client));
    await Promise.all([connected(employerSocket), connected(pupilSocket)]);

    const employerHears = nextNotification(employerSocket);
    const booked = await youth.client.graphql<BookData>(BOOK_SLOT, {
      input: { slotId, idempotencyKey: randomUUID() },
    });
    const bookingId = booked.data?.bookSlot.id;
    expect((await employerHears).kind).toBe('BOOKING_REQUESTED');

    const pupilHears = nextNotification(pupilSocket);
    await employer.graphql(CONFIRM_BOOKING, { id: bookingId });
    const confirmation = await pupilHears;
    expect(confirmation).toMatchObject({ kind: 'BOOKING_CONFIRMED' });
    expect(confirmation.text).toMatch(/har bekreftet hospiteringsdagen din/);

    // Away for a while: what happened meanwhile arrives on catch-up, once, in order.
    pupilSocket.disconnect();
    const missedBefore = confirmation.id;
    const rebooked = await youth.client.graphql<BookData>(BOOK_SLOT, {
      input: { slotId: laterSlotId, idempotencyKey: randomUUID() },
    });
    await employer.graphql(CONFIRM_BOOKING, { id: rebooked.data?.bookSlot.id });
    const back = track(connect(api, youth.client));
    await connected(back);
    const caughtUp = (await back.emitWithAck('catch-up', {
      afterId: missedBefore,
    })) as WireNotification[];
    const again = (await back.emitWithAck('catch-up', {
      afterId: caughtUp.at(-1)?.id ?? missedBefore,
    })) as WireNotification[];
    expect(caughtUp.map((notification) => notification.kind)).toEqual(['BOOKING_CONFIRMED']);
    const newest = await youth.client.graphql<{ myNotifications: { kind: string }[] }>(
      `query { myNotifications(latest: 1) { kind } }`,
    );
    expect(newest.data?.myNotifications).toEqual([{ kind: 'BOOKING_CONFIRMED' }]);
    const all = await youth.client.graphql<{
      myNotifications: unknown[];
      unreadNotificationCount: number;
    }>(`query { myNotifications { id } unreadNotificationCount }`);
    expect(all.data?.myNotifications).toHaveLength(2);
    expect(all.data?.unreadNotificationCount).toBe(2);
    expect(again).toEqual([]);
    expect(new Set(caughtUp.map((notification) => notification.id)).size).toBe(caughtUp.length);
  });

  it('gives a client that was away for 60 seconds everything it missed, exactly once', async () => {
    const employer = api.client();
    const slots = await publishedSlots(employer);
    const [youth] = await signedInYouths(api, 1);
    if (!youth) throw new Error('no youth');
    const socket = track(connect(api, employer));
    await connected(socket);
    const seen: WireNotification[] = [];
    socket.on('notification', (notification: WireNotification) => seen.push(notification));
    await youth.client.graphql(BOOK_SLOT, {
      input: { slotId: slots[0], idempotencyKey: randomUUID() },
    });
    await eventually(() => Promise.resolve(seen.length === 1));
    socket.disconnect();

    // While the employer is away: the pupil cancels and books the other day.
    const away = Date.now();
    const mine = await youth.client.graphql<{ myBookings: { id: string }[] }>(
      `query { myBookings { id } }`,
    );
    await youth.client.graphql(`mutation($id: ID!) { cancelBooking(id: $id) { id } }`, {
      id: mine.data?.myBookings[0]?.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    await youth.client.graphql(BOOK_SLOT, {
      input: { slotId: slots[1], idempotencyKey: randomUUID() },
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 60_000 - (Date.now() - away))));

    const back = track(connect(api, employer));
    await connected(back);
    const lastSeen = seen.at(-1)?.id ?? '0';
    const missed = (await back.emitWithAck('catch-up', {
      afterId: lastSeen,
    })) as WireNotification[];
    expect(missed.map((notification) => notification.kind)).toEqual([
      'BOOKING_CANCELLED',
      'BOOKING_REQUESTED',
    ]);
    const again = (await back.emitWithAck('catch-up', {
      afterId: missed.at(-1)?.id ?? lastSeen,
    })) as WireNotification[];
    expect(again).toEqual([]);
  }, 120_000);

  it('closes the live connection when its session signs out', async () => {
    const [youth] = await signedInYouths(api, 1);
    if (!youth) throw new Error('no youth');
    const socket = track(connect(api, youth.client));
    await connected(socket);
    const closed = new Promise<string>((resolve) =>
      socket.once('disconnect', (reason) => {
        resolve(reason);
      }),
    );
    await youth.client.graphql(SIGN_OUT);
    expect(await closed).toBe('io server disconnect');
  });
});

describe('Live notifications across two API instances', () => {
  it('delivers a booking made through instance A to an employer connected to instance B (Redis Streams adapter)', async () => {
    if (!(await redisReachable())) {
      console.warn(`Redis is not reachable at ${REDIS_URL}: the two-instance test cannot run here`);
      return;
    }
    const a = await startTestApi({ REDIS_URL });
    const b = await startTestApi({ REDIS_URL }, a);
    try {
      const employer = a.client();
      const [slotId] = await publishedSlots(employer);
      const [youth] = await signedInYouths(a, 1);
      if (!youth) throw new Error('no youth');
      const onB = connect(b, employer);
      await connected(onB);
      const hears = nextNotification(onB);
      await youth.client.graphql(BOOK_SLOT, { input: { slotId, idempotencyKey: randomUUID() } });
      expect((await hears).kind).toBe('BOOKING_REQUESTED');
      onB.disconnect();
    } finally {
      await b.close();
      await a.close();
    }
  });
});
