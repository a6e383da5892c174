import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { signedInAccount } from '../../test/organisation-fixtures';
import {
  BOOK_SLOT,
  CREATE_HOSPITERING,
  daysFromToday,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
} from '../../test/operations';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api';

const ERASE = /* GraphQL */ `
  mutation Erase($confirmation: String!) {
    eraseMyAccount(confirmation: $confirmation)
  }
`;

const HOLDER_NAME = 'Hedda Plassholder';

describe('Erasure gives seats back through the seat guard', () => {
  let api: TestApi;
  let db: Client;
  let employerId: string;
  let slotId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();

    const employer = api.client();
    const signedUp = await employer.graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: {
        email: 'sjef@verksted.example',
        password: 'Vinterlys-ved-Bystranda-5',
        displayName: 'Verkstedsjef',
        role: 'EMPLOYER',
        employer: { name: 'Verksted Lund AS', organisationNumber: '923609016' },
      },
    });
    expect(signedUp.errors).toBeUndefined();
    employerId = signedUp.data?.signUp.id ?? '';
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, {
      input: hospiteringInput({
        slots: [{ date: daysFromToday(14), startTime: '09:00', endTime: '14:00', capacity: 1 }],
      }),
    });
    expect(created.errors).toBeUndefined();
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    slotId = created.data?.createHospitering.slots[0]?.id ?? '';
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  async function book(
    client: TestClient,
    joinWaitlist: boolean,
  ): Promise<{ id?: string; status?: string; code?: unknown }> {
    const answer = await client.graphql<{ bookSlot: { id: string; status: string } }>(BOOK_SLOT, {
      input: { slotId, idempotencyKey: randomUUID(), joinWaitlist },
    });
    return {
      id: answer.data?.bookSlot.id,
      status: answer.data?.bookSlot.status,
      code: answer.errors?.[0]?.extensions?.code,
    };
  }

  it('promotes the first waitlisted pupil when the seat holder erases their account', async () => {
    const holder = await signedInAccount(api, db, { role: 'YOUTH', displayName: HOLDER_NAME });
    const waiter = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Vilde Venter' });
    const latecomer = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Sen Elev' });

    const held = await book(holder.client, false);
    expect(held.status).toBe('REQUESTED');
    const waiting = await book(waiter.client, true);
    expect(waiting.status).toBe('WAITLISTED');

    const erased = await holder.client.graphql<{ eraseMyAccount: boolean }>(ERASE, {
      confirmation: 'SLETT',
    });
    expect(erased.errors).toBeUndefined();
    expect(erased.data?.eraseMyAccount).toBe(true);

    // The waiting pupil holds the seat and has been told.
    const { rows: waiterBooking } = await db.query<{ status: string }>(
      `SELECT status FROM booking WHERE id = $1`,
      [waiting.id],
    );
    expect(waiterBooking[0]?.status).toBe('REQUESTED');
    const { rows: promotedNotices } = await db.query<{ payload: { bookingId: string } }>(
      `SELECT payload FROM notification WHERE account_id = $1 AND kind = 'WAITLIST_PROMOTED'`,
      [waiter.id],
    );
    expect(promotedNotices.map((row) => row.payload.bookingId)).toEqual([waiting.id]);

    // The slot's count equals the seat-holding rows, and the seat is not free for a newcomer.
    const { rows: counts } = await db.query<{ seats_booked: number; holding: string }>(
      `SELECT s.seats_booked,
              (SELECT count(*) FROM booking b
                WHERE b.slot_id = s.id AND b.status IN ('REQUESTED', 'CONFIRMED')) AS holding
         FROM slot s WHERE s.id = $1`,
      [slotId],
    );
    expect(counts[0]?.seats_booked).toBe(1);
    expect(Number(counts[0]?.holding)).toBe(1);
    expect((await book(latecomer.client, false)).code).toBe('SLOT_FULL');

    // The employer hears of the cancellation, without the erased pupil's name.
    const { rows: cancelNotices } = await db.query<{ payload: { text: string } }>(
      `SELECT n.payload FROM notification n
         JOIN account a ON a.id = n.account_id
        WHERE a.employer_id = (SELECT employer_id FROM account WHERE id = $1)
          AND n.kind = 'BOOKING_CANCELLED'`,
      [employerId],
    );
    expect(cancelNotices).toHaveLength(1);
    expect(cancelNotices[0]?.payload.text).toMatch(/^Slettet bruker har avbestilt/);
    expect(JSON.stringify(cancelNotices)).not.toContain(HOLDER_NAME);
    const { rows: left } = await db.query(`SELECT 1 FROM booking WHERE youth_id = $1`, [holder.id]);
    expect(left).toHaveLength(0);
  });
});
