import { randomUUID } from 'node:crypto';
import { signedInYouths, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  BOOK_SLOT,
  CONFIRM_BOOKING,
  CREATE_HOSPITERING,
  DECLINE_BOOKING,
  employerSignUp,
  hospiteringInput,
  MY_BOOKINGS,
  MY_OPPORTUNITY_BOOKINGS,
  OPPORTUNITY_BOOKINGS,
  PUBLISH,
  SIGN_UP,
  type BookData,
} from '../../test/operations';

interface MyBookings {
  myBookings: { id: string; status: string; waitlistPosition: number | null }[];
}

describe("The employer's answer to a booking", () => {
  let api: TestApi;
  let employer: TestClient;
  let competitor: TestClient;
  let pupils: TestClient[];
  let opportunityId: string;
  let slotId: string;

  beforeAll(async () => {
    api = await startTestApi();
    employer = api.client();
    competitor = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('answer') });
    await competitor.graphql(SIGN_UP, { input: employerSignUp('rival') });
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, {
      input: hospiteringInput(),
    });
    opportunityId = created.data?.createHospitering.id ?? '';
    slotId = created.data?.createHospitering.slots[1]?.id ?? '';
    await employer.graphql(PUBLISH, { id: opportunityId });
    pupils = (await signedInYouths(api, 3)).map((youth) => youth.client);
  });

  afterAll(async () => {
    await api.close();
  });

  const book = async (pupil: TestClient) => {
    const answer = await pupil.graphql<BookData>(BOOK_SLOT, {
      input: { slotId, idempotencyKey: randomUUID() },
    });
    return answer.data?.bookSlot.id ?? '';
  };

  it('shows the bookings with the pupils’ names to the employer, and to no one else', async () => {
    const [first] = pupils;
    if (!first) throw new Error('no pupils');
    await book(first);
    const own = await employer.graphql<{
      myOpportunities: { bookings: { pupilName: string; status: string }[] }[];
    }>(MY_OPPORTUNITY_BOOKINGS);
    expect(own.data?.myOpportunities[0]?.bookings).toEqual([
      expect.objectContaining({ pupilName: 'Elev 0', status: 'REQUESTED' }),
    ]);
    const rival = await competitor.graphql<{ opportunity: { bookings: unknown } }>(
      OPPORTUNITY_BOOKINGS,
      { id: opportunityId },
    );
    expect(rival.data?.opportunity.bookings).toBeNull();
    const anonymous = await api
      .client()
      .graphql<{ opportunity: { bookings: unknown } }>(OPPORTUNITY_BOOKINGS, { id: opportunityId });
    expect(anonymous.data?.opportunity.bookings).toBeNull();
  });

  it('confirms once, and a declined seat goes to the first on the waitlist', async () => {
    const [first, second, third] = pupils;
    if (!first || !second || !third) throw new Error('no pupils');
    const own = await employer.graphql<{ myOpportunities: { bookings: { id: string }[] }[] }>(
      MY_OPPORTUNITY_BOOKINGS,
    );
    const firstBooking = own.data?.myOpportunities[0]?.bookings[0]?.id;
    expect(
      (
        await employer.graphql<{ confirmBooking: { status: string } }>(CONFIRM_BOOKING, {
          id: firstBooking,
        })
      ).data?.confirmBooking.status,
    ).toBe('CONFIRMED');
    expect(
      (await employer.graphql(CONFIRM_BOOKING, { id: firstBooking })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_ANSWERABLE');
    expect(
      (await competitor.graphql(CONFIRM_BOOKING, { id: firstBooking })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');

    // The day (capacity 2) fills up; the third pupil waits.
    const secondBooking = await book(second);
    await book(third);
    expect((await third.graphql<MyBookings>(MY_BOOKINGS)).data?.myBookings[0]).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });

    const declined = await employer.graphql<{
      declineBooking: { status: string; declineReason: string };
    }>(DECLINE_BOOKING, {
      id: secondBooking,
      reason: 'NO_SUPERVISOR_THAT_DAY',
    });
    expect(declined.errors).toBeUndefined();
    expect(declined.data?.declineBooking).toEqual({
      id: secondBooking,
      status: 'DECLINED',
      declineReason: 'NO_SUPERVISOR_THAT_DAY',
    });
    const seen = await second.graphql<{ myBookings: { declineMessage: string }[] }>(
      `query { myBookings { declineMessage } }`,
    );
    expect(seen.data?.myBookings[0]?.declineMessage).toMatch(/ingen som kan ta imot deg/);
    expect((await third.graphql<MyBookings>(MY_BOOKINGS)).data?.myBookings[0]).toMatchObject({
      status: 'REQUESTED',
      waitlistPosition: null,
    });
  });

  it('gives the pupil and the employer the day as a calendar file, and nobody else', async () => {
    const [first] = pupils;
    if (!first) throw new Error('no pupils');
    const mine = await first.graphql<MyBookings>(MY_BOOKINGS);
    const bookingId = mine.data?.myBookings[0]?.id ?? '';
    const download = (client: TestClient) =>
      fetch(`${api.url}/calendar/bookings/${bookingId}.ics`, {
        headers: client.cookie ? { cookie: client.cookie } : {},
      });
    const own = await download(first);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await own.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Hospitering: Bli med en dag som frisør');
    expect(ics).toMatch(/LOCATION:Markens gate 20\\, 4611 Kristiansand S/);
    expect((await download(employer)).status).toBe(200);
    expect((await download(competitor)).status).toBe(404);
    expect((await download(api.client())).status).toBe(404);
  });

  it('gives each user a private calendar feed that a calendar app can subscribe to without signing in', async () => {
    const [first] = pupils;
    if (!first) throw new Error('no pupils');
    const created = await first.graphql<{ createCalendarFeed: string }>(
      `mutation { createCalendarFeed }`,
    );
    const feedUrl = new URL(created.data?.createCalendarFeed ?? 'http://invalid');
    expect(feedUrl.pathname).toMatch(/^\/calendar\/feed\/[A-Za-z0-9_-]{32}\.ics$/);
    const feed = await fetch(`${api.url}${feedUrl.pathname}`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('SUMMARY:Hospitering: Bli med en dag som frisør');

    await first.graphql(`mutation { createCalendarFeed }`);
    expect((await fetch(`${api.url}${feedUrl.pathname}`)).status).toBe(404);
    expect((await fetch(`${api.url}/calendar/feed/not-a-token.ics`)).status).toBe(404);
  });

  it('refuses an unknown reason at the edge', async () => {
    const answer = await employer.graphql(DECLINE_BOOKING, { id: randomUUID(), reason: 'BECAUSE' });
    expect(answer.errors?.[0]?.message).toMatch(/DeclineReason/);
  });
});
