import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { signedInYouths, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  BOOK_SLOT,
  CONFIRM_BOOKING,
  CREATE_HOSPITERING,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
  type BookData,
} from '../../test/operations';

const MARK = /* GraphQL */ `
  mutation Mark($id: ID!, $attended: Boolean!) {
    markAttendance(id: $id, attended: $attended) {
      id
      status
    }
  }
`;
const FEEDBACK = /* GraphQL */ `
  mutation Feedback($input: GiveFeedbackInput!) {
    giveFeedback(input: $input) {
      rating
      comment
    }
  }
`;
const SEEN = /* GraphQL */ `
  query {
    myBookings {
      id
      status
      feedbackFromPupil {
        rating
        comment
      }
      feedbackFromEmployer {
        rating
        comment
      }
    }
  }
`;

interface Seen {
  myBookings: {
    id: string;
    status: string;
    feedbackFromPupil: { rating: number; comment: string } | null;
    feedbackFromEmployer: { rating: number } | null;
  }[];
}

describe('After the day: attendance and feedback', () => {
  let api: TestApi;
  let db: Client;
  let employer: TestClient;
  let pupil: TestClient;
  let bookingId: string;
  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
    answer.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('after') });
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, {
      input: hospiteringInput(),
    });
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    const [youth] = await signedInYouths(api, 1);
    if (!youth) throw new Error('no youth');
    pupil = youth.client;
    const booked = await pupil.graphql<BookData>(BOOK_SLOT, {
      input: { slotId: created.data?.createHospitering.slots[0]?.id, idempotencyKey: randomUUID() },
    });
    bookingId = booked.data?.bookSlot.id ?? '';
    await employer.graphql(CONFIRM_BOOKING, { id: bookingId });
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('waits for the day before attendance or feedback', async () => {
    expect(codeOf(await employer.graphql(MARK, { id: bookingId, attended: true }))).toBe(
      'DAY_NOT_OVER',
    );
    expect(codeOf(await pupil.graphql(FEEDBACK, { input: { bookingId, rating: 5 } }))).toBe(
      'DAY_NOT_OVER',
    );
  });

  it('lets the employer mark attendance once, and both sides share feedback that others cannot see', async () => {
    // The day has passed.
    await db.query('UPDATE booking SET slot_date = $2 WHERE id = $1', [
      bookingId,
      daysFromToday(-1),
    ]);
    expect(codeOf(await pupil.graphql(MARK, { id: bookingId, attended: true }))).toBe('FORBIDDEN');
    const marked = await employer.graphql<{ markAttendance: { status: string } }>(MARK, {
      id: bookingId,
      attended: true,
    });
    expect(marked.data?.markAttendance.status).toBe('ATTENDED');
    expect(codeOf(await employer.graphql(MARK, { id: bookingId, attended: false }))).toBe(
      'NOT_ANSWERABLE',
    );

    const tooLong = await pupil.graphql(FEEDBACK, {
      input: { bookingId, rating: 5, comment: 'x'.repeat(281) },
    });
    expect(tooLong.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: 'comment',
      code: 'TOO_LONG',
    });
    const badRating = await pupil.graphql(FEEDBACK, { input: { bookingId, rating: 9 } });
    expect(badRating.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: 'rating',
      code: 'OUT_OF_RANGE',
    });

    await pupil.graphql(FEEDBACK, { input: { bookingId, rating: 4, comment: 'Gøy å vaske hår!' } });
    await pupil.graphql(FEEDBACK, {
      input: { bookingId, rating: 5, comment: 'Veldig gøy å vaske hår!' },
    });
    await employer.graphql(FEEDBACK, {
      input: { bookingId, rating: 5, comment: 'Nysgjerrig og blid elev.' },
    });
    const seen = await pupil.graphql<Seen>(SEEN);
    expect(seen.data?.myBookings[0]).toMatchObject({
      status: 'ATTENDED',
      feedbackFromPupil: { rating: 5, comment: 'Veldig gøy å vaske hår!' },
      feedbackFromEmployer: { rating: 5 },
    });

    const stranger = api.client();
    await stranger.graphql(SIGN_UP, { input: employerSignUp('stranger') });
    expect(codeOf(await stranger.graphql(FEEDBACK, { input: { bookingId, rating: 1 } }))).toBe(
      'NOT_FOUND',
    );
  });
});
