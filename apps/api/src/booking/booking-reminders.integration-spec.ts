import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { signedInYouths, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  BOOK_SLOT,
  CREATE_HOSPITERING,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
  type BookData,
} from '../../test/operations';
import { BookingRemindersJob } from './booking-reminders.job';

describe(BookingRemindersJob.name, () => {
  let api: TestApi;
  let db: Client;
  let employer: TestClient;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('remind') });
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('reminds the employer once about a booking left unanswered for two working days', async () => {
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, {
      input: hospiteringInput(),
    });
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    const [pupil] = await signedInYouths(api, 1);
    const booked = await pupil?.client.graphql<BookData>(BOOK_SLOT, {
      input: { slotId: created.data?.createHospitering.slots[0]?.id, idempotencyKey: randomUUID() },
    });
    const bookingId = booked?.data?.bookSlot.id;
    const sut = api.app.get(BookingRemindersJob);

    expect(await sut.runOnce()).toBe(0); // just booked: not due yet
    // A week has passed without an answer (whatever weekday today is, that is ≥ 2 working days).
    await db.query(`UPDATE booking SET created_at = now() - interval '7 days' WHERE id = $1`, [
      bookingId,
    ]);
    expect(await sut.runOnce()).toBe(1);
    expect(await sut.runOnce()).toBe(0);
    const { rows } = await db.query<{ text: string }>(
      `SELECT payload->>'text' AS text FROM notification WHERE kind = 'BOOKING_REMINDER' AND payload->>'bookingId' = $1`,
      [bookingId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text).toMatch(/venter fortsatt på svar/);
  });
});
