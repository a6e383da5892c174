import { schoolYearOf, todayInOslo } from '@akselerator/domain';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  BOOK_SLOT,
  CREATE_HOSPITERING,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
  type BookData,
} from '../../test/operations';
import { insertSchool, joinOrganisation, signedInAccount } from '../../test/organisation-fixtures';
import {
  signedInYouths,
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';

const SET_WINDOW = /* GraphQL */ `
  mutation SetWindow($input: SetCohortBookingWindowInput!) {
    setCohortBookingWindow(input: $input) {
      cohortId
      opensOn
      closesOn
    }
  }
`;
const MY_COHORT_WINDOW = /* GraphQL */ `
  query {
    myCohort {
      cohortId
      bookingWindow {
        opensOn
        closesOn
      }
    }
  }
`;
const MY_COHORTS_WINDOW = /* GraphQL */ `
  query {
    myCohorts {
      id
      bookingWindow {
        opensOn
        closesOn
      }
    }
  }
`;
const BOOK_FOR_PUPIL = /* GraphQL */ `
  mutation BookForPupil($youthId: ID!, $input: BookSlotInput!) {
    bookForPupil(youthId: $youthId, input: $input) {
      id
      status
    }
  }
`;
const BOOKABLE_DAYS = /* GraphQL */ `
  query BookableDays($filter: BookableDaysFilter) {
    bookableDays(filter: $filter) {
      slotId
      opportunityId
      title
      employerName
      tradeCode
      date
      startTime
      endTime
      seatsLeft
    }
  }
`;
const BOOKING_RULES = /* GraphQL */ `
  query {
    bookingRules {
      requiredHospiteringDays
    }
  }
`;

interface Window {
  opensOn: string | null;
  closesOn: string | null;
}
type Person = { id: string; client: TestClient };

const codeOf = (answer: GraphQLResponse<unknown>): string | undefined =>
  answer.errors?.[0]?.extensions?.code;

describe("The school's booking window, and the counsellor's chooser", () => {
  let api: TestApi;
  let db: Client;
  let counsellor: Person;
  let otherCounsellor: Person;
  let cohortId: string;
  let pupils: Person[];
  let outsider: Person;
  let slots: string[];

  const pupil = (index: number): Person => {
    const found = pupils[index];
    if (!found) throw new Error(`no pupil ${String(index)}`);
    return found;
  };
  const slot = (index: number): string => slots[index] ?? '';
  const setWindow = (client: TestClient, window: Window, id = cohortId) =>
    client.graphql<{ setCohortBookingWindow: Window & { cohortId: string } }>(SET_WINDOW, {
      input: { cohortId: id, ...window },
    });
  const book = (client: TestClient, slotId: string) =>
    client.graphql<BookData>(BOOK_SLOT, { input: { slotId, idempotencyKey: randomUUID() } });
  const storedWindow = async (): Promise<Window> => {
    const { rows } = await db.query<Window>(
      `SELECT booking_opens_on::text AS "opensOn", booking_closes_on::text AS "closesOn" FROM cohort WHERE id = $1`,
      [cohortId],
    );
    return rows[0] ?? { opensOn: null, closesOn: null };
  };
  const footprint = async (youthId: string) => {
    const { rows } = await db.query<{ bookings: string; requests: string; seats: string }>(
      `SELECT (SELECT count(*) FROM booking WHERE youth_id = $1) AS bookings,
              (SELECT count(*) FROM booking_request WHERE account_id = $1) AS requests,
              (SELECT sum(seats_booked) FROM slot WHERE id = ANY($2::uuid[])) AS seats`,
      [youthId, slots],
    );
    return rows[0];
  };

  beforeAll(async () => {
    api = await startTestApi({ REQUIRED_HOSPITERING_DAYS: '3' });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const school = await insertSchool(db, 'Karuss skole');
    const otherSchool = await insertSchool(db, 'Vågsbygd skole');
    counsellor = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Randi' });
    otherCounsellor = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Bjørn' });
    await joinOrganisation(db, counsellor.id, 'SCHOOL_COUNSELLOR', school);
    await joinOrganisation(db, otherCounsellor.id, 'SCHOOL_COUNSELLOR', otherSchool);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO cohort (school_id, name, school_year, created_by) VALUES ($1, '10B', $2, $3) RETURNING id`,
      [school, schoolYearOf(todayInOslo(new Date())), counsellor.id],
    );
    cohortId = rows[0]?.id ?? '';
    const youths = await signedInYouths(api, 4);
    pupils = youths.slice(0, 3);
    outsider = youths[3] ?? pupil(0);
    await db.query('INSERT INTO cohort_pupil (youth_id, cohort_id) SELECT unnest($1::uuid[]), $2', [
      pupils.map((each) => each.id),
      cohortId,
    ]);

    const employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('vindu') });
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, {
      input: hospiteringInput({
        slots: [14, 21, 28, 35].map((days) => ({
          date: daysFromToday(days),
          startTime: '09:00',
          endTime: '14:00',
          capacity: 3,
        })),
      }),
    });
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    slots = created.data?.createHospitering.slots.map((each) => each.id) ?? [];
    expect(slots).toHaveLength(4);
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('the counsellor sets the window; the counsellor and the pupil both see it', async () => {
    const window = { opensOn: daysFromToday(10), closesOn: daysFromToday(40) };
    const answer = await setWindow(counsellor.client, window);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.setCohortBookingWindow).toEqual({ cohortId, ...window });
    const mine = await pupil(0).client.graphql<{
      myCohort: { bookingWindow: Window };
    }>(MY_COHORT_WINDOW);
    expect(mine.data?.myCohort.bookingWindow).toEqual(window);
    const theirs = await counsellor.client.graphql<{
      myCohorts: { id: string; bookingWindow: Window }[];
    }>(MY_COHORTS_WINDOW);
    expect(theirs.data?.myCohorts.find((cohort) => cohort.id === cohortId)?.bookingWindow).toEqual(
      window,
    );
  });

  it('refuses a pupil booking on their own before the window opens, kindly and with the date, and changes nothing', async () => {
    const before = await footprint(pupil(0).id);
    const answer = await book(pupil(0).client, slot(0));
    expect(answer.data?.bookSlot ?? null).toBeNull();
    expect(codeOf(answer)).toBe('SCHOOL_BOOKING_WINDOW_CLOSED');
    expect(answer.errors?.[0]?.message).toMatch(/^Skolen din åpner for booking \d{1,2}\. [a-z]+/);
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      opensOn: daysFromToday(10),
      closesOn: daysFromToday(40),
    });
    expect(await footprint(pupil(0).id)).toEqual(before);
  });

  it('leaves pupils outside the cohort alone', async () => {
    const answer = await book(outsider.client, slot(0));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.bookSlot.status).toBe('REQUESTED');
  });

  it('lets the counsellor book on the pupil’s behalf while the window is closed', async () => {
    const answer = await counsellor.client.graphql<{ bookForPupil: { status: string } }>(
      BOOK_FOR_PUPIL,
      { youthId: pupil(0).id, input: { slotId: slot(1), idempotencyKey: randomUUID() } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.bookForPupil.status).toBe('REQUESTED');
  });

  it('refuses after the window has closed, and allows inside it (both ends inclusive)', async () => {
    await setWindow(counsellor.client, {
      opensOn: daysFromToday(-30),
      closesOn: daysFromToday(-1),
    });
    const closed = await book(pupil(1).client, slot(0));
    expect(codeOf(closed)).toBe('SCHOOL_BOOKING_WINDOW_CLOSED');
    expect(closed.errors?.[0]?.message).toMatch(/^Skolen din stengte bookingen /);
    expect((await footprint(pupil(1).id))?.bookings).toBe('0');

    await setWindow(counsellor.client, { opensOn: daysFromToday(0), closesOn: daysFromToday(0) });
    const open = await book(pupil(1).client, slot(0));
    expect(open.errors).toBeUndefined();
    expect(open.data?.bookSlot.status).toBe('REQUESTED');

    await setWindow(counsellor.client, { opensOn: null, closesOn: null });
    const unlimited = await book(pupil(2).client, slot(2));
    expect(unlimited.errors).toBeUndefined();
  });

  it('refuses a bad window and someone else’s cohort, and keeps the window as it was', async () => {
    const kept = { opensOn: daysFromToday(-5), closesOn: daysFromToday(60) };
    await setWindow(counsellor.client, kept);

    const backwards = await setWindow(counsellor.client, {
      opensOn: daysFromToday(20),
      closesOn: daysFromToday(19),
    });
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'closesOn', code: 'END_BEFORE_START' }),
    ]);
    const notADate = await setWindow(counsellor.client, { opensOn: '2027-02-30', closesOn: null });
    expect(notADate.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'opensOn', code: 'INVALID_DATE' }),
    ]);
    const otherSchool = await setWindow(otherCounsellor.client, { opensOn: null, closesOn: null });
    expect(codeOf(otherSchool)).toBe('NOT_FOUND');
    const unknown = await setWindow(
      counsellor.client,
      { opensOn: null, closesOn: null },
      randomUUID(),
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const byPupil = await setWindow(pupil(0).client, { opensOn: null, closesOn: null });
    expect(codeOf(byPupil)).toBe('NO_ORGANISATION');
    const anonymous = await setWindow(api.client(), { opensOn: null, closesOn: null });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

    expect(await storedWindow()).toEqual(kept);
  });

  it("lists upcoming days with free seats for the counsellor's chooser, filtered by trade and month", async () => {
    const all = await counsellor.client.graphql<{
      bookableDays: { slotId: string; seatsLeft: number; date: string; employerName: string }[];
    }>(BOOKABLE_DAYS, {});
    expect(all.errors).toBeUndefined();
    const days = all.data?.bookableDays ?? [];
    expect(days.map((day) => day.slotId)).toEqual(slots);
    // Slot 0 holds the outsider and pupil 1; slot 1 pupil 0 (on behalf); slot 2 pupil 2.
    expect(days.map((day) => day.seatsLeft)).toEqual([1, 2, 2, 3]);
    expect(days[0]?.employerName).toBeTruthy();

    const month = daysFromToday(35).slice(0, 7);
    const inMonth = await counsellor.client.graphql<{ bookableDays: { date: string }[] }>(
      BOOKABLE_DAYS,
      { filter: { month, tradeCode: 'frisor' } },
    );
    expect(inMonth.data?.bookableDays.length).toBeGreaterThan(0);
    expect(inMonth.data?.bookableDays.every((day) => day.date.startsWith(month))).toBe(true);
    const otherTrade = await counsellor.client.graphql<{ bookableDays: unknown[] }>(BOOKABLE_DAYS, {
      filter: { tradeCode: 'kokk' },
    });
    expect(otherTrade.errors).toBeUndefined();
    expect(otherTrade.data?.bookableDays).toEqual([]);

    expect(codeOf(await pupil(0).client.graphql(BOOKABLE_DAYS, {}))).toBe('NO_ORGANISATION');
    expect(codeOf(await api.client().graphql(BOOKABLE_DAYS, {}))).toBe('UNAUTHENTICATED');
  });

  it("gives the counsellor one pupil's days for the pupil's page, audited, and nobody else", async () => {
    const query = `query ($id: ID!) { pupilBookings(youthId: $id) { youthId bookings { id date status bookedOnBehalf } } }`;
    const seen = await counsellor.client.graphql<{
      pupilBookings: { youthId: string; bookings: { status: string; bookedOnBehalf: boolean }[] };
    }>(query, { id: pupil(0).id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.pupilBookings.youthId).toBe(pupil(0).id);
    expect(seen.data?.pupilBookings.bookings).toEqual([
      expect.objectContaining({ status: 'REQUESTED', bookedOnBehalf: true }),
    ]);
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_event WHERE actor_id = $1 AND youth_id = $2 AND action = 'VIEW_BOOKINGS' AND outcome = 'ALLOWED'`,
      [counsellor.id, pupil(0).id],
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    for (const other of [otherCounsellor.client, pupil(1).client, api.client()]) {
      const answer = await other.graphql<{ pupilBookings: unknown }>(query, { id: pupil(0).id });
      expect(answer.data?.pupilBookings ?? null).toBeNull();
    }
  });

  it('tells anyone the required days from the configuration', async () => {
    const answer = await api
      .client()
      .graphql<{ bookingRules: { requiredHospiteringDays: number } }>(BOOKING_RULES);
    expect(answer.data?.bookingRules.requiredHospiteringDays).toBe(3);
  });
});
