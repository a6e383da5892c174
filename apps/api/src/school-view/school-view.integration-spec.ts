import { schoolYearOf, todayInOslo } from '@akselerator/domain';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Mailbox } from '../../test/mailbox';
import {
  BOOK_SLOT,
  CREATE_HOSPITERING,
  DECLINE_BOOKING,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
  type BookData,
} from '../../test/operations';
import { insertSchool, joinOrganisation, signedInAccount } from '../../test/organisation-fixtures';
import {
  eventually,
  signedInYouths,
  startTestApi,
  type TestApi,
  type TestClient,
} from '../../test/test-api';
import { BookingRemindersJob } from '../booking/booking-reminders.job';

const SCHOOL_BOOKINGS = /* GraphQL */ `
  query SchoolBookings($cohortId: ID!) {
    schoolBookings(cohortId: $cohortId) {
      cohortName
      schoolYear
      requiredDays
      pupils {
        youthId
        displayName
        guardianEmail
        daysBooked
        confirmed
        attended
        declined
        waitlisted
        awaitingAnswer
        hasRequiredDays
        bookings {
          id
          date
          title
          employerName
          status
          declineReason
          awaitingAnswer
          bookedOnBehalf
          guardianConsent
        }
      }
    }
  }
`;
const SCHOOL_BOOKINGS_CSV = /* GraphQL */ `
  query SchoolBookingsCsv($cohortId: ID!) {
    schoolBookingsCsv(cohortId: $cohortId)
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
const MOVE_FOR_PUPIL = /* GraphQL */ `
  mutation MoveForPupil($input: MoveBookingInput!) {
    moveBookingForPupil(input: $input) {
      id
      status
    }
  }
`;
const SET_GUARDIAN_EMAIL = /* GraphQL */ `
  mutation SetGuardianEmail($input: SetGuardianEmailInput!) {
    setGuardianEmail(input: $input)
  }
`;
const CONSENT_REQUEST = /* GraphQL */ `
  query ConsentRequest($token: String!) {
    guardianConsentRequest(token: $token) {
      pupilName
      title
      employerName
      street
      date
      startTime
      given
      expired
    }
  }
`;
const GIVE_CONSENT = /* GraphQL */ `
  mutation GiveConsent($token: String!) {
    giveGuardianConsent(token: $token) {
      date
      given
    }
  }
`;
const EMPLOYER_BOOKINGS = /* GraphQL */ `
  query {
    myOpportunities {
      bookings {
        id
        guardianConsent
      }
    }
  }
`;

interface SchoolBooking {
  id: string;
  date: string;
  status: string;
  declineReason: string | null;
  awaitingAnswer: boolean;
  bookedOnBehalf: boolean;
  guardianConsent: string;
}
interface PupilRow {
  youthId: string;
  displayName: string;
  guardianEmail: string | null;
  daysBooked: number;
  declined: number;
  awaitingAnswer: number;
  hasRequiredDays: boolean;
  bookings: SchoolBooking[];
}
interface SchoolBookingsData {
  schoolBookings: { cohortName: string; requiredDays: number; pupils: PupilRow[] } | null;
}

const tokenFrom = (text: string): string => {
  const match = /\/samtykke\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no consent link in: ${text}`);
  return match[1];
};

describe('School view: pupils’ bookings, CSV, booking on behalf, guardians’ consent', () => {
  let api: TestApi;
  let db: Client;
  let mailbox: Mailbox;
  let employer: TestClient;
  let counsellor: { id: string; client: TestClient };
  let otherCounsellor: { id: string; client: TestClient };
  let cohortId: string;
  let slotA: string;
  let slotB: string;
  let pupils: { id: string; client: TestClient }[];
  let outsider: { id: string; client: TestClient };

  const book = async (pupil: { client: TestClient }, slotId: string): Promise<string> => {
    const answer = await pupil.client.graphql<BookData>(BOOK_SLOT, {
      input: { slotId, idempotencyKey: randomUUID() },
    });
    const id = answer.data?.bookSlot.id;
    if (!id) throw new Error(JSON.stringify(answer.errors));
    return id;
  };
  const view = async (client: TestClient) =>
    (await client.graphql<SchoolBookingsData>(SCHOOL_BOOKINGS, { cohortId })).data
      ?.schoolBookings ?? null;
  const pupil = (index: number): { id: string; client: TestClient } => {
    const found = pupils[index];
    if (!found) throw new Error(`no pupil ${String(index)}`);
    return found;
  };
  const pupilIn = (rows: PupilRow[], id: string | undefined): PupilRow => {
    const row = rows.find((pupil) => pupil.youthId === id);
    if (!row) throw new Error(`pupil ${String(id)} not in the view`);
    return row;
  };
  const auditCount = async (actorId: string, action: string, outcome = 'ALLOWED') =>
    Number(
      (
        await db.query<{ n: string }>(
          'SELECT count(*) AS n FROM audit_event WHERE actor_id = $1 AND action = $2 AND outcome = $3',
          [actorId, action, outcome],
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    api = await startTestApi({ SMTP_URL: mailbox.url, PUBLIC_WEB_URL: 'https://web.example' });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const school = await insertSchool(db, 'Karuss skole');
    const otherSchool = await insertSchool(db, 'Vågsbygd skole');
    counsellor = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Randi Rådgiver',
    });
    otherCounsellor = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Bjørn Annenskole',
    });
    await joinOrganisation(db, counsellor.id, 'SCHOOL_COUNSELLOR', school);
    await joinOrganisation(db, otherCounsellor.id, 'SCHOOL_COUNSELLOR', otherSchool);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO cohort (school_id, name, school_year, created_by) VALUES ($1, '10A', $2, $3) RETURNING id`,
      [school, schoolYearOf(todayInOslo(new Date())), counsellor.id],
    );
    cohortId = rows[0]?.id ?? '';
    const youths = await signedInYouths(api, 5);
    pupils = youths.slice(0, 4);
    const last = youths[4];
    if (!last) throw new Error('five youths expected');
    outsider = last;
    await db.query('INSERT INTO cohort_pupil (youth_id, cohort_id) SELECT unnest($1::uuid[]), $2', [
      pupils.map((pupil) => pupil.id),
      cohortId,
    ]);
    // Pupil 3 is 17: no consent needed. The others' birth dates are unknown: 10th graders, asked.
    await db.query(
      `INSERT INTO youth_profile (account_id, birth_date, trade_codes) VALUES ($1, '2009-01-01', '{frisor}')`,
      [pupils[2]?.id],
    );
    await db.query(
      `INSERT INTO guardian_contact (youth_id, email) VALUES ($1, 'mor1@example.no')`,
      [pupils[0]?.id],
    );

    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('skole') });
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, { input: hospiteringInput() });
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    slotA = created.data?.createHospitering.slots[0]?.id ?? '';
    slotB = created.data?.createHospitering.slots[1]?.id ?? '';
  });

  afterAll(async () => {
    await db.end();
    await api.close();
    await mailbox.close();
  });

  it('e-mails the guardian of a pupil under 16 a single-use link, and shows consent to the employer', async () => {
    const p1 = pupil(0);
    const first = await book(p1, slotA);
    const second = await book(p1, slotB);
    const mails = [await mailbox.next('mor1@example.no'), await mailbox.next('mor1@example.no')];
    expect(mails[0]?.subject).toMatch(/^Samtykke til hospitering for Elev/);
    expect(mails[0]?.text).toContain('Markens gate 20, 4611 Kristiansand S');
    expect(mails[0]?.text).toContain('kl. 09:00–14:00');
    expect(mails[0]?.text).toContain('https://web.example/samtykke?token=');

    const token = tokenFrom(mails[0]?.text ?? '');
    const anonymous = api.client();
    const seen = await anonymous.graphql<{
      guardianConsentRequest: { title: string; given: boolean; expired: boolean } | null;
    }>(CONSENT_REQUEST, { token });
    expect(seen.data?.guardianConsentRequest).toMatchObject({
      title: 'Bli med en dag som frisør',
      given: false,
      expired: false,
    });
    // Looking does not use the link; giving consent does, once.
    const given = await anonymous.graphql<{ giveGuardianConsent: { given: boolean } | null }>(
      GIVE_CONSENT,
      { token },
    );
    expect(given.data?.giveGuardianConsent?.given).toBe(true);
    const again = await anonymous.graphql<{ giveGuardianConsent: unknown }>(GIVE_CONSENT, {
      token,
    });
    expect(again.data?.giveGuardianConsent).toBeNull();
    expect(
      (await anonymous.graphql<{ guardianConsentRequest: unknown }>(CONSENT_REQUEST, { token }))
        .data?.guardianConsentRequest,
    ).toBeNull();
    expect(
      (await anonymous.graphql<{ giveGuardianConsent: unknown }>(GIVE_CONSENT, { token: 'x' })).data
        ?.giveGuardianConsent,
    ).toBeNull();

    const employerView = await employer.graphql<{
      myOpportunities: { bookings: { id: string; guardianConsent: string }[] | null }[];
    }>(EMPLOYER_BOOKINGS);
    const statuses = new Map(
      employerView.data?.myOpportunities
        .flatMap((opportunity) => opportunity.bookings ?? [])
        .map((booking) => [booking.id, booking.guardianConsent]),
    );
    expect([statuses.get(first), statuses.get(second)].sort()).toEqual(['GIVEN', 'PENDING']);
  });

  it('shows the counsellor each pupil: days, waiting for an answer, declined with the reason, consent', async () => {
    const [p1, p2, p3, p4] = [pupil(0), pupil(1), pupil(2), pupil(3)];
    await book(p2, slotA);
    const declinedId = await book(p3, slotB);
    await employer.graphql(DECLINE_BOOKING, { id: declinedId, reason: 'TOO_MANY_PUPILS' });
    // Pupil 1's second booking has waited a week for the employer (≥ 2 working days).
    await db.query(
      `UPDATE booking SET created_at = now() - interval '7 days' WHERE youth_id = $1 AND slot_id = $2`,
      [p1.id, slotB],
    );

    const before = await auditCount(counsellor.id, 'VIEW_BOOKINGS');
    const sut = await view(counsellor.client);
    expect(sut).toMatchObject({ cohortName: '10A', requiredDays: 2 });
    expect(await auditCount(counsellor.id, 'VIEW_BOOKINGS')).toBe(before + 4); // one per pupil

    const one = pupilIn(sut?.pupils ?? [], p1.id);
    expect(one).toMatchObject({ daysBooked: 2, hasRequiredDays: true, awaitingAnswer: 1 });
    expect(one.guardianEmail).toBe('mor1@example.no');
    expect(one.bookings.find((b) => b.awaitingAnswer)?.guardianConsent).toMatch(/GIVEN|PENDING/);
    const two = pupilIn(sut?.pupils ?? [], p2.id);
    expect(two).toMatchObject({ daysBooked: 1, hasRequiredDays: false, awaitingAnswer: 0 });
    expect(two.bookings[0]?.guardianConsent).toBe('NO_GUARDIAN');
    const three = pupilIn(sut?.pupils ?? [], p3.id);
    expect(three).toMatchObject({ daysBooked: 0, declined: 1 });
    expect(three.bookings[0]).toMatchObject({
      status: 'DECLINED',
      declineReason: 'TOO_MANY_PUPILS',
      guardianConsent: 'NOT_NEEDED',
    });
    expect(pupilIn(sut?.pupils ?? [], p4.id).bookings).toEqual([]);

    const csv = await counsellor.client.graphql<{ schoolBookingsCsv: string | null }>(
      SCHOOL_BOOKINGS_CSV,
      { cohortId },
    );
    const text = csv.data?.schoolBookingsCsv ?? '';
    expect(text.startsWith('\uFEFFElev;Klasse;')).toBe(true);
    expect(text).toContain(';Venter på svar;');
    expect(text).toContain('Vi har fått flere elever enn vi klarer å ta imot');
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 4 + 1); // header, 4 bookings, pupil 4
  });

  it('answers null to anyone but a counsellor of the school, and writes them no read', async () => {
    expect(await view(otherCounsellor.client)).toBeNull();
    expect(await view(employer)).toBeNull();
    expect(await view(pupil(0).client)).toBeNull();
    expect(await view(api.client())).toBeNull();
    expect(await auditCount(otherCounsellor.id, 'VIEW_BOOKINGS')).toBe(0);
  });

  it('lets the counsellor add a guardian, who then gets the unanswered request', async () => {
    const p2 = pupil(1);
    const set = await counsellor.client.graphql(SET_GUARDIAN_EMAIL, {
      input: { youthId: p2.id, email: ' Far2@Example.no ' },
    });
    expect(set.errors).toBeUndefined();
    const mail = await mailbox.next('far2@example.no');
    expect(mail.text).toContain('/samtykke?token=');
    const row = pupilIn((await view(counsellor.client))?.pupils ?? [], p2.id);
    expect(row.guardianEmail).toBe('far2@example.no');
    expect(row.bookings[0]?.guardianConsent).toBe('PENDING');

    const bad = await counsellor.client.graphql(SET_GUARDIAN_EMAIL, {
      input: { youthId: p2.id, email: 'ikke-en-adresse' },
    });
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe('INVALID_EMAIL');
    const other = await otherCounsellor.client.graphql(SET_GUARDIAN_EMAIL, {
      input: { youthId: p2.id, email: 'noen@example.no' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('books on a pupil’s behalf through the same guard, tells the pupil, and audits it', async () => {
    const p4 = pupil(3);
    const input = { slotId: slotA, idempotencyKey: randomUUID() };
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        counsellor.client.graphql<{ bookForPupil: { id: string; status: string } }>(
          BOOK_FOR_PUPIL,
          { youthId: p4.id, input },
        ),
      ),
    );
    const ids = new Set(answers.map((answer) => answer.data?.bookForPupil.id));
    expect(ids.size).toBe(1); // one idempotency key, one booking
    expect(answers[0]?.data?.bookForPupil.status).toBe('REQUESTED');
    const { rows } = await db.query<{ booked_by: string; seats_booked: number }>(
      `SELECT b.booked_by, s.seats_booked FROM booking b JOIN slot s ON s.id = b.slot_id
        WHERE b.youth_id = $1`,
      [p4.id],
    );
    expect(rows).toEqual([{ booked_by: counsellor.id, seats_booked: 3 }]);
    expect(await auditCount(counsellor.id, 'BOOK_ON_BEHALF')).toBeGreaterThanOrEqual(1);
    await eventually(async () => {
      const notes = await db.query(
        `SELECT 1 FROM notification WHERE account_id = $1 AND payload->>'text' LIKE 'Rådgiveren din har booket%'`,
        [p4.id],
      );
      return notes.rowCount === 1;
    });
    const row = pupilIn((await view(counsellor.client))?.pupils ?? [], p4.id);
    expect(row.bookings[0]?.bookedOnBehalf).toBe(true);

    // The day is full now: the same rules answer, waitlist or SLOT_FULL.
    const full = await counsellor.client.graphql(BOOK_FOR_PUPIL, {
      youthId: pupil(2).id,
      input: { slotId: slotA, idempotencyKey: randomUUID(), joinWaitlist: false },
    });
    expect(full.errors?.[0]?.extensions?.code).toBe('SLOT_FULL');

    // Someone else's pupil: not found, and the refusal is in that young person's log.
    const refused = await counsellor.client.graphql(BOOK_FOR_PUPIL, {
      youthId: outsider.id,
      input: { slotId: slotB, idempotencyKey: randomUUID() },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await auditCount(counsellor.id, 'BOOK_ON_BEHALF', 'DENIED')).toBe(1);
    const outsiderBookings = await db.query('SELECT 1 FROM booking WHERE youth_id = $1', [
      outsider.id,
    ]);
    expect(outsiderBookings.rowCount).toBe(0);
  });

  it('moves a pupil to another day in one step: the old seat goes to the waitlist, the new one is taken', async () => {
    const [p3, p4] = [pupil(2), pupil(3)];
    // Day A is full: pupil 3 waits for a seat there.
    const waiting = await counsellor.client.graphql<{ bookForPupil: { status: string } }>(
      BOOK_FOR_PUPIL,
      { youthId: p3.id, input: { slotId: slotA, idempotencyKey: randomUUID() } },
    );
    expect(waiting.data?.bookForPupil.status).toBe('WAITLISTED');
    const [old] = (
      await db.query<{ id: string }>(
        `SELECT id FROM booking WHERE youth_id = $1 AND slot_id = $2 AND status = 'REQUESTED'`,
        [p4.id, slotA],
      )
    ).rows;
    const input = { bookingId: old?.id, toSlotId: slotB, idempotencyKey: randomUUID() };

    const refused = await otherCounsellor.client.graphql(MOVE_FOR_PUPIL, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const [moved, retried] = await Promise.all([
      counsellor.client.graphql<{ moveBookingForPupil: { id: string; status: string } }>(
        MOVE_FOR_PUPIL,
        { input },
      ),
      counsellor.client.graphql<{ moveBookingForPupil: { id: string; status: string } }>(
        MOVE_FOR_PUPIL,
        { input },
      ),
    ]);
    expect(moved.data?.moveBookingForPupil.status).toBe('REQUESTED');
    expect(retried.data?.moveBookingForPupil.id).toBe(moved.data?.moveBookingForPupil.id);

    const statuses = await db.query<{ youth_id: string; slot_id: string; status: string }>(
      `SELECT youth_id, slot_id, status FROM booking WHERE youth_id = ANY($1::uuid[]) ORDER BY created_at`,
      [[p3.id, p4.id]],
    );
    expect(statuses.rows.filter((row) => row.youth_id === p4.id)).toEqual([
      { youth_id: p4.id, slot_id: slotA, status: 'CANCELLED' },
      { youth_id: p4.id, slot_id: slotB, status: 'REQUESTED' },
    ]);
    // The freed seat on day A went to pupil 3, first on its waitlist.
    expect(
      statuses.rows.find((row) => row.youth_id === p3.id && row.slot_id === slotA)?.status,
    ).toBe('REQUESTED');
    const seats = await db.query<{ id: string; seats_booked: number; held: number }>(
      `SELECT s.id, s.seats_booked,
              (SELECT count(*)::int FROM booking b WHERE b.slot_id = s.id
                  AND b.status IN ('REQUESTED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW')) AS held
         FROM slot s WHERE s.id = ANY($1::uuid[])`,
      [[slotA, slotB]],
    );
    for (const slot of seats.rows) expect(slot.seats_booked).toBe(slot.held);
    expect(seats.rows.find((slot) => slot.id === slotB)?.seats_booked).toBe(2);

    // Day B is full now; moving there without the waitlist changes nothing.
    const [p3OnA] = (
      await db.query<{ id: string }>(
        `SELECT id FROM booking WHERE youth_id = $1 AND slot_id = $2`,
        [p3.id, slotA],
      )
    ).rows;
    const full = await counsellor.client.graphql(MOVE_FOR_PUPIL, {
      input: {
        bookingId: p3OnA?.id,
        toSlotId: slotB,
        idempotencyKey: randomUUID(),
        joinWaitlist: false,
      },
    });
    expect(full.errors?.[0]?.extensions?.code).toBe('SLOT_FULL');
    const after = await db.query<{ status: string }>(
      `SELECT status FROM booking WHERE youth_id = $1 AND slot_id = $2`,
      [p3.id, slotA],
    );
    expect(after.rows[0]?.status).toBe('REQUESTED');
  });

  it('reminds a pupil holding a seat the day before, once', async () => {
    const sut = api.app.get(BookingRemindersJob);
    await sut.remindDayBefore(); // nothing is tomorrow yet
    await db.query(
      `UPDATE booking SET slot_date = (now() AT TIME ZONE 'Europe/Oslo')::date + 1
        WHERE youth_id = $1 AND slot_id = $2`,
      [pupil(1).id, slotA],
    );
    expect(await sut.remindDayBefore()).toBe(1);
    expect(await sut.remindDayBefore()).toBe(0);
    const { rows } = await db.query<{ text: string }>(
      `SELECT payload->>'text' AS text FROM notification WHERE account_id = $1 AND kind = 'BOOKING_REMINDER'`,
      [pupil(1).id],
    );
    expect(rows.map((row) => row.text)).toEqual([
      expect.stringMatching(
        /^I morgen er du hos Salong Markens skole AS: .* kl\. 09:00, Markens gate 20/,
      ),
    ]);
  });
});
