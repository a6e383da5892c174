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
  MY_BOOKINGS,
  PUBLISH,
  SEARCH,
  SIGN_UP,
  type BookData,
  type SearchData,
} from '../../test/operations';

interface Created {
  createHospitering: { id: string; slots: { id: string; date: string }[] };
}

describe('Booking rules', () => {
  let api: TestApi;
  let db: Client;
  let employer: TestClient;
  let pupil: TestClient;
  let other: TestClient;
  let published: Created['createHospitering'];
  let second: Created['createHospitering'];
  let draft: Created['createHospitering'];

  const create = async (overrides: Record<string, unknown> = {}) => {
    const answer = await employer.graphql<Created>(CREATE_HOSPITERING, {
      input: hospiteringInput(overrides),
    });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.createHospitering;
  };
  const book = (
    client: TestClient,
    slotId: string | undefined,
    extra: Record<string, unknown> = {},
  ) =>
    client.graphql<BookData>(BOOK_SLOT, {
      input: { slotId, idempotencyKey: randomUUID(), ...extra },
    });
  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
    answer.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('rules') });
    published = await create();
    second = await create({ title: 'Frisør en dag til' });
    draft = await create({ title: 'Ikke publisert ennå' });
    await employer.graphql(PUBLISH, { id: published.id });
    await employer.graphql(PUBLISH, { id: second.id });
    [pupil, other] = (await signedInYouths(api, 2)).map((youth) => youth.client) as [
      TestClient,
      TestClient,
    ];
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('books a seat that the search then counts as taken, and lists it for the pupil', async () => {
    const answer = await book(pupil, published.slots[0]?.id);
    expect(answer.data?.bookSlot).toMatchObject({
      status: 'REQUESTED',
      waitlistPosition: null,
      slot: { seatsLeft: 2 },
    });
    const mine = await pupil.graphql<{
      myBookings: { status: string; opportunity: { title: string } }[];
    }>(MY_BOOKINGS);
    expect(mine.data?.myBookings).toEqual([
      expect.objectContaining({
        status: 'REQUESTED',
        opportunity: { title: 'Bli med en dag som frisør' },
      }),
    ]);
    const deadline = Date.now() + 5_000;
    for (;;) {
      const search = await api.client().graphql<SearchData>(SEARCH, { input: { query: 'frisør' } });
      const hit = search.data?.searchOpportunities.hits.find(
        (candidate) => candidate.id === published.id,
      );
      if (hit?.seatsLeft === 4) break;
      if (Date.now() > deadline) throw new Error(`search still shows ${hit?.seatsLeft} seats left`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it("tells each of the employer's accounts who booked which listing on which day", async () => {
    const slot = published.slots[0];
    const { rows } = await db.query<{ text: string; pupil: string }>(
      `SELECT n.payload->>'text' AS text, y.display_name AS pupil
         FROM notification n
         JOIN account member ON member.id = n.account_id AND member.employer_id IS NOT NULL
         JOIN booking b ON b.id = (n.payload->>'bookingId')::uuid
         JOIN account y ON y.id = b.youth_id
        WHERE n.kind = 'BOOKING_REQUESTED' AND b.slot_id = $1`,
      [slot?.id],
    );
    const day = new Intl.DateTimeFormat('nb-NO', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${slot?.date ?? ''}T12:00:00Z`));
    expect(rows).toEqual([
      {
        pupil: expect.any(String) as string,
        text: `${rows[0]?.pupil ?? ''} har booket «Bli med en dag som frisør» ${day}. Svar eleven så snart dere kan.`,
      },
    ]);
  });

  it("answers a booking with the same fields as the pupil's own list shows it", async () => {
    const fields = `id status waitlistPosition declineReason declineMessage answeredAt createdAt
      pupilName opportunity { title }
      slot { id date startTime endTime capacity seatsBooked seatsLeft }`;
    const listing = await create({ title: 'Svarer som listen' });
    await employer.graphql(PUBLISH, { id: listing.id });
    const booked = await other.graphql<{ bookSlot: { id: string } }>(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { ${fields} } }`,
      { input: { slotId: listing.slots[0]?.id, idempotencyKey: randomUUID() } },
    );
    const listed = await other.graphql<{ myBookings: { id: string }[] }>(
      `query { myBookings { ${fields} } }`,
    );
    const answer = booked.data?.bookSlot;
    expect(answer).toMatchObject({ status: 'REQUESTED', slot: { seatsBooked: 1 } });
    expect(listed.data?.myBookings.find((booking) => booking.id === answer?.id)).toEqual(answer);
  });

  it('refuses a second booking on the same date, even at another employer', async () => {
    expect(codeOf(await book(pupil, second.slots[0]?.id))).toBe('ALREADY_BOOKED_THAT_DATE');
  });

  it('answers a slot of an unpublished opportunity and an unknown slot alike', async () => {
    expect(codeOf(await book(pupil, draft.slots[1]?.id))).toBe('NOT_FOUND');
    expect(codeOf(await book(pupil, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('refuses a day that has passed', async () => {
    const slotId = published.slots[1]?.id;
    await db.query(`UPDATE slot SET date = $2 WHERE id = $1`, [slotId, daysFromToday(-2)]);
    expect(codeOf(await book(other, slotId))).toBe('SLOT_IN_PAST');
    await db.query(`UPDATE slot SET date = $2 WHERE id = $1`, [slotId, daysFromToday(21)]);
  });

  it("refuses to cancel someone else's booking as if it did not exist", async () => {
    const mine = await book(other, second.slots[1]?.id);
    const id = mine.data?.bookSlot.id;
    expect(codeOf(await pupil.graphql(CANCEL_BOOKING, { id }))).toBe('NOT_FOUND');
    expect(
      (await other.graphql<{ cancelBooking: { status: string } }>(CANCEL_BOOKING, { id })).data
        ?.cancelBooking.status,
    ).toBe('CANCELLED');
    expect(codeOf(await other.graphql(CANCEL_BOOKING, { id }))).toBe('NOT_CANCELLABLE');
  });

  it('keeps to the booking window and the cancellation deadline the employer set', async () => {
    const windowed = await create({
      title: 'Frisør – booking åpner senere',
      bookingOpensOn: daysFromToday(7),
      cancellationDeadlineDays: 14,
    });
    await employer.graphql(PUBLISH, { id: windowed.id });
    const [late] = (await signedInYouths(api, 1)).map((youth) => youth.client);
    if (!late) throw new Error('no youth');
    expect(codeOf(await book(late, windowed.slots[0]?.id))).toBe('BOOKING_NOT_OPEN');
    await db.query('UPDATE opportunity SET booking_opens_on = NULL WHERE id = $1', [windowed.id]);
    const booked = await book(late, windowed.slots[0]?.id);
    expect(booked.data?.bookSlot.status).toBe('REQUESTED');
    // The day is 14 days ahead and the deadline is 14 days: cancelling online is still allowed today…
    await db.query('UPDATE opportunity SET cancellation_deadline_days = 14 WHERE id = $1', [
      windowed.id,
    ]);
    const withTightDeadline = await create({
      title: 'Frisør – kort frist',
      cancellationDeadlineDays: 14,
    });
    await employer.graphql(PUBLISH, { id: withTightDeadline.id });
    const second = await book(late, withTightDeadline.slots[1]?.id);
    // …but not 7 days before a day with a 14-day deadline.
    await db.query('UPDATE booking SET slot_date = $2 WHERE id = $1', [
      second.data?.bookSlot.id,
      daysFromToday(7),
    ]);
    await db.query('UPDATE slot SET date = $2 WHERE id = $1', [
      withTightDeadline.slots[1]?.id,
      daysFromToday(7),
    ]);
    expect(codeOf(await late.graphql(CANCEL_BOOKING, { id: second.data?.bookSlot.id }))).toBe(
      'CANCELLATION_DEADLINE_PASSED',
    );
    expect(
      codeOf(await late.graphql(CANCEL_BOOKING, { id: booked.data?.bookSlot.id })),
    ).toBeUndefined();
  });

  it('lets only young people book, and refuses a full day when the pupil does not want the waitlist', async () => {
    expect(codeOf(await book(employer, published.slots[0]?.id))).toBe('FORBIDDEN');
    expect(codeOf(await book(api.client(), published.slots[0]?.id))).toBe('UNAUTHENTICATED');
    await db.query('UPDATE slot SET seats_booked = capacity WHERE id = $1', [second.slots[1]?.id]);
    const refused = await book(pupil, second.slots[1]?.id, { joinWaitlist: false });
    expect(codeOf(refused)).toBe('SLOT_FULL');
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM booking WHERE slot_id = $1 AND status <> 'CANCELLED'`,
      [second.slots[1]?.id],
    );
    expect(rows[0]).toEqual({ n: 0 });
    const waiting = await book(pupil, second.slots[1]?.id);
    expect(waiting.data?.bookSlot).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
  });
});
