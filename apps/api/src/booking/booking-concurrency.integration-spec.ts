import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { signedInYouths, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  BOOK_SLOT,
  CANCEL_BOOKING,
  CREATE_HOSPITERING,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
  type BookData,
  type GraphQLResponseOf,
} from '../../test/operations';

const PUPILS = 500;
const SEATS = 20;
const ROUNDS = 10;

interface SlotRow {
  id: string;
  date: string;
}

// Ten rounds of 500 requests take 60–90 s on two busy cores; what this spec checks is exactness,
// not speed (the benchmark measures that), so it gets room to finish.
jest.setTimeout(300_000);

describe('Booking under load', () => {
  let api: TestApi;
  let db: Client;
  let slots: SlotRow[];
  let youths: { id: string; client: TestClient }[];

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('load') });
    const created = await employer.graphql<{ createHospitering: { id: string; slots: SlotRow[] } }>(
      CREATE_HOSPITERING,
      {
        input: hospiteringInput({
          slots: Array.from({ length: ROUNDS + 1 }, (_, round) => ({
            date: daysFromToday(10 + round),
            startTime: '09:00',
            endTime: '14:00',
            capacity: SEATS,
          })),
        }),
      },
    );
    expect(created.errors).toBeUndefined();
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    slots = created.data?.createHospitering.slots ?? [];
    youths = await signedInYouths(api, PUPILS);
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const seatsOf = async (slotId: string) => {
    const { rows } = await db.query<{ seats_booked: number; holding: string; waiting: string }>(
      `SELECT s.seats_booked,
              (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status IN ('REQUESTED', 'CONFIRMED')) AS holding,
              (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'WAITLISTED') AS waiting
         FROM slot s WHERE s.id = $1`,
      [slotId],
    );
    return {
      booked: rows[0]?.seats_booked,
      holding: Number(rows[0]?.holding),
      waiting: Number(rows[0]?.waiting),
    };
  };

  it(`gives exactly ${SEATS} of ${PUPILS} simultaneous pupils a seat and queues the rest in the order the database accepted them, ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const slot = slots[round];
      if (!slot) throw new Error('missing slot');
      const started = performance.now();
      const answers: GraphQLResponseOf<BookData>[] = await Promise.all(
        youths.map(({ client }) =>
          client.graphql<BookData>(BOOK_SLOT, {
            input: { slotId: slot.id, idempotencyKey: randomUUID() },
          }),
        ),
      );
      const elapsed = performance.now() - started;
      const errors = answers.flatMap((answer) => answer.errors ?? []);
      expect(errors).toEqual([]);
      const statuses = answers.map((answer) => answer.data?.bookSlot.status);
      expect(statuses.filter((status) => status === 'REQUESTED')).toHaveLength(SEATS);
      expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(PUPILS - SEATS);
      expect(await seatsOf(slot.id)).toEqual({
        booked: SEATS,
        holding: SEATS,
        waiting: PUPILS - SEATS,
      });

      // The positions the pupils were told are the database's acceptance order.
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM booking WHERE slot_id = $1 AND status = 'WAITLISTED' ORDER BY queue_seq`,
        [slot.id],
      );
      const positionById = new Map(
        answers.map((answer) => [answer.data?.bookSlot.id, answer.data?.bookSlot.waitlistPosition]),
      );
      expect(rows.map((row) => positionById.get(row.id))).toEqual(
        rows.map((_, index) => index + 1),
      );
      if (round === 0)
        console.log(`${PUPILS} simultaneous bookings answered in ${Math.round(elapsed)} ms`);
    }
  });

  it('promotes exactly the first five waitlisted when five seat holders cancel', async () => {
    const slot = slots[0];
    if (!slot) throw new Error('missing slot');
    const { rows: holders } = await db.query<{ id: string; youth_id: string }>(
      `SELECT id, youth_id FROM booking WHERE slot_id = $1 AND status = 'REQUESTED' ORDER BY queue_seq LIMIT 5`,
      [slot.id],
    );
    const { rows: firstWaiting } = await db.query<{ id: string }>(
      `SELECT id FROM booking WHERE slot_id = $1 AND status = 'WAITLISTED' ORDER BY queue_seq LIMIT 6`,
      [slot.id],
    );
    const clientOf = new Map(youths.map((youth) => [youth.id, youth.client]));
    const cancelled = await Promise.all(
      holders.map(async (holder) => {
        const client = clientOf.get(holder.youth_id);
        if (!client) throw new Error(`no client for ${holder.youth_id}`);
        return client.graphql(CANCEL_BOOKING, { id: holder.id });
      }),
    );
    expect(cancelled.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const { rows: promoted } = await db.query<{ id: string; status: string }>(
      `SELECT id, status FROM booking WHERE id = ANY($1::uuid[]) ORDER BY queue_seq`,
      [firstWaiting.map((row) => row.id)],
    );
    expect(promoted.map((row) => row.status)).toEqual([
      'REQUESTED',
      'REQUESTED',
      'REQUESTED',
      'REQUESTED',
      'REQUESTED',
      'WAITLISTED',
    ]);
    expect(await seatsOf(slot.id)).toEqual({
      booked: SEATS,
      holding: SEATS,
      waiting: PUPILS - SEATS - 5,
    });
    // …and each promoted pupil was told, in the same transaction as the promotion.
    const { rows: told } = await db.query<{ booking_id: string }>(
      `SELECT payload->>'bookingId' AS booking_id FROM notification WHERE kind = 'WAITLIST_PROMOTED' ORDER BY id`,
    );
    expect(told.map((row) => row.booking_id).sort()).toEqual(
      firstWaiting
        .slice(0, 5)
        .map((row) => row.id)
        .sort(),
    );
  });

  it('keeps exactly capacity seats held when 10 cancellations race 100 new booking attempts', async () => {
    const slot = slots[1];
    if (!slot) throw new Error('missing slot');
    // Slot 1 is full from the first test (20 held, 480 waiting); newcomers are the pupils without a booking there.
    const { rows: holders } = await db.query<{ id: string; youth_id: string }>(
      `SELECT id, youth_id FROM booking WHERE slot_id = $1 AND status = 'REQUESTED' ORDER BY queue_seq LIMIT 10`,
      [slot.id],
    );
    const extra = await signedInYouths(api, 100);
    const clientOf = new Map(youths.map((youth) => [youth.id, youth.client]));
    const answers = await Promise.all([
      ...holders.map(async (holder) => {
        const client = clientOf.get(holder.youth_id);
        if (!client) throw new Error(`no client for ${holder.youth_id}`);
        return client.graphql(CANCEL_BOOKING, { id: holder.id });
      }),
      ...extra.map(({ client }) =>
        client.graphql<BookData>(BOOK_SLOT, {
          input: { slotId: slot.id, idempotencyKey: randomUUID() },
        }),
      ),
    ]);
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const seats = await seatsOf(slot.id);
    expect(seats.booked).toBe(SEATS);
    expect(seats.holding).toBe(SEATS);
    // The freed seats went to the longest-waiting pupils, not to the newcomers.
    const { rows: newcomersHolding } = await db.query(
      `SELECT 1 FROM booking WHERE slot_id = $1 AND status = 'REQUESTED' AND youth_id = ANY($2::uuid[])`,
      [slot.id, extra.map((youth) => youth.id)],
    );
    expect(newcomersHolding).toHaveLength(0);
  });

  it('books once for ten parallel retries with one idempotency key, and every answer names that booking', async () => {
    const slot = slots[ROUNDS];
    const youth = youths[0];
    if (!slot || !youth) throw new Error('missing fixture');
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        youth.client.graphql<BookData>(BOOK_SLOT, {
          input: { slotId: slot.id, idempotencyKey: key },
        }),
      ),
    );
    const ids = new Set(answers.map((answer) => answer.data?.bookSlot.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeDefined();
    const { rows } = await db.query('SELECT id FROM booking WHERE slot_id = $1 AND youth_id = $2', [
      slot.id,
      youth.id,
    ]);
    expect(rows).toHaveLength(1);

    const replay = await youth.client.graphql(BOOK_SLOT, {
      input: { slotId: slot.id, idempotencyKey: key, joinWaitlist: false },
    });
    expect(replay.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
