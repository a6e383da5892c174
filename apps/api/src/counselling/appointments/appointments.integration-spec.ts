import { Client } from 'pg';
import { io } from 'socket.io-client';
import { Clock } from '../../common/clock';
import { signedInAccount } from '../../../test/organisation-fixtures';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../../test/test-api';

const VIEW = 'id youthId coordinatorId startsAt durationMinutes place agenda status delayedTo';
const BOOK = /* GraphQL */ `
  mutation Book($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${VIEW} } }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($id: ID!) { cancelAppointment(appointmentId: $id) { ${VIEW} } }
`;
const LATE = /* GraphQL */ `
  mutation Late($id: ID!, $minutes: Int!) {
    markRunningLate(appointmentId: $id, minutesLate: $minutes) {
      notified
      message
      appointment { ${VIEW} }
    }
  }
`;
const MINE = /* GraphQL */ `
  query { myAppointments { ${VIEW} } }
`;
const WITH = /* GraphQL */ `
  query With($youthId: ID!) { appointmentsWith(youthId: $youthId) { ${VIEW} } }
`;

interface View {
  id: string;
  youthId: string;
  coordinatorId: string;
  startsAt: string;
  durationMinutes: number;
  place: string;
  agenda: string | null;
  status: string;
  delayedTo: string | null;
}

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;
const fieldsOf = (answer: GraphQLResponse<unknown>) =>
  answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => [error.field, error.code]);

describe('Appointments between a coordinator and a young person', () => {
  let api: TestApi;
  let db: Client;
  type Person = { id: string; client: TestClient };
  let coordinator: Person;
  let stranger: Person;
  let youth: Person;
  let lonely: Person;
  let office: string;

  const notifications = async (accountId: string, kind: string) =>
    (
      await db.query<{ payload: { text: string; appointmentId?: string } }>(
        `SELECT payload FROM notification WHERE account_id = $1 AND kind = $2 ORDER BY id`,
        [accountId, kind],
      )
    ).rows.map((row) => row.payload);
  const auditOutcomes = async (youthId: string, actorId: string, action: string) =>
    (
      await db.query<{ outcome: string }>(
        `SELECT outcome FROM audit_event WHERE youth_id = $1 AND actor_id = $2 AND action = $3 ORDER BY id`,
        [youthId, actorId, action],
      )
    ).rows.map((row) => row.outcome);

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    office =
      (
        await db.query<{ id: string }>(
          `INSERT INTO nav_office (name, municipality_code) VALUES ('NAV Kristiansand', '4204') RETURNING id`,
        )
      ).rows[0]?.id ?? '';
    const member = async (name: string) => {
      const person = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: name });
      await db.query(
        `INSERT INTO counsellor_membership (account_id, role, nav_office_id) VALUES ($1, 'COORDINATOR', $2)`,
        [person.id, office],
      );
      return person;
    };
    coordinator = await member('Kari Koordinator');
    stranger = await member('Sara Annen');
    youth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Una Utenfor' });
    lonely = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Ola Alene' });
    await db.query(
      `INSERT INTO caseload (youth_id, coordinator_id, nav_office_id) VALUES ($1, $2, $3)`,
      [youth.id, coordinator.id, office],
    );
    // A fixed "now" (Tuesday 1 December 2026, 09.00 in Oslo); sessions outlive it.
    await db.query(`UPDATE session SET expires_at = now() + interval '3 years'`);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-01T08:00:00Z'));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await db.end();
    await api.close();
  });

  const meeting = {
    date: '2026-12-03',
    time: '10:00',
    durationMinutes: 45,
    place: 'Jobbhuset, Rådhusgata 2',
    agenda: 'Bli kjent og snakke om læreplass',
  };
  let booked: View;

  it('lets the coordinator book with a young person in the caseload, and tells the young person', async () => {
    const answer = await coordinator.client.graphql<{ bookAppointment: View }>(BOOK, {
      input: { ...meeting, youthId: youth.id },
    });
    expect(answer.errors).toBeUndefined();
    booked = answer.data?.bookAppointment as View;
    expect(booked).toMatchObject({
      youthId: youth.id,
      coordinatorId: coordinator.id,
      startsAt: '2026-12-03T09:00:00.000Z',
      status: 'PLANNED',
      delayedTo: null,
    });
    const told = await notifications(youth.id, 'APPOINTMENT_BOOKED');
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toBe(
      'Ny avtale med Kari Koordinator: torsdag 3. desember kl. 10.00, Jobbhuset, Rådhusgata 2.',
    );
    expect(await auditOutcomes(youth.id, coordinator.id, 'BOOK_APPOINTMENT')).toEqual(['ALLOWED']);
  });

  it('stores a delay of 15 minutes or less without disturbing the young person', async () => {
    const answer = await coordinator.client.graphql<{
      markRunningLate: { notified: boolean; message: string; appointment: View };
    }>(LATE, { id: booked.id, minutes: 15 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.markRunningLate).toMatchObject({
      notified: false,
      appointment: { delayedTo: '2026-12-03T09:15:00.000Z' },
    });
    expect(answer.data?.markRunningLate.message).toContain('sender vi ingen beskjed');
    expect(await notifications(youth.id, 'APPOINTMENT_LATE')).toEqual([]);
  });

  it('tells the young person the new time when the delay is more than 15 minutes', async () => {
    const answer = await coordinator.client.graphql<{
      markRunningLate: { notified: boolean; appointment: View };
    }>(LATE, { id: booked.id, minutes: 40 });
    expect(answer.data?.markRunningLate).toMatchObject({
      notified: true,
      appointment: { delayedTo: '2026-12-03T09:40:00.000Z' },
    });
    const late = await notifications(youth.id, 'APPOINTMENT_LATE');
    expect(late.map((payload) => payload.text)).toEqual([
      'Veilederen din er forsinket. Nytt tidspunkt: kl. 10.40',
    ]);
    expect(late[0]?.appointmentId).toBe(booked.id);
    const mine = await youth.client.graphql<{ myAppointments: View[] }>(MINE);
    expect(mine.data?.myAppointments).toEqual([
      expect.objectContaining({ id: booked.id, delayedTo: '2026-12-03T09:40:00.000Z' }),
    ]);
    const theirs = await coordinator.client.graphql<{ appointmentsWith: View[] }>(WITH, {
      youthId: youth.id,
    });
    expect(theirs.data?.appointmentsWith.map((view) => view.id)).toEqual([booked.id]);
  });

  it('lets the young person book with their own coordinator and cancel; the other one is told', async () => {
    const answer = await youth.client.graphql<{ bookAppointment: View }>(BOOK, {
      input: { ...meeting, date: '2026-12-10', agenda: null },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.bookAppointment).toMatchObject({
      coordinatorId: coordinator.id,
      agenda: null,
    });
    expect(await notifications(coordinator.id, 'APPOINTMENT_BOOKED')).toHaveLength(1);

    const cancelled = await youth.client.graphql<{ cancelAppointment: View }>(CANCEL, {
      id: answer.data?.bookAppointment.id,
    });
    expect(cancelled.data?.cancelAppointment.status).toBe('CANCELLED');
    // A cancellation is its own kind, so the coordinator's pages and bell never read it as a booking.
    expect(await notifications(coordinator.id, 'APPOINTMENT_BOOKED')).toHaveLength(1);
    expect(await notifications(coordinator.id, 'APPOINTMENT_CANCELLED')).toEqual([
      {
        text: 'Una Utenfor har avlyst avtalen torsdag 10. desember kl. 10.00.',
        appointmentId: answer.data?.bookAppointment.id,
        youthId: youth.id,
      },
    ]);
    const again = await youth.client.graphql(CANCEL, { id: answer.data?.bookAppointment.id });
    expect(codeOf(again)).toBe('APPOINTMENT_NOT_PLANNED');
    expect(codeOf(await youth.client.graphql(LATE, { id: booked.id, minutes: 20 }))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input, someone else’s young person and a young person without a coordinator', async () => {
    const past = await coordinator.client.graphql(BOOK, {
      input: { ...meeting, youthId: youth.id, date: '2026-11-30', durationMinutes: 5, place: ' ' },
    });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(past)).toEqual([
      ['date', 'DATE_IN_PAST'],
      ['durationMinutes', 'OUT_OF_RANGE'],
      ['place', 'REQUIRED'],
    ]);
    const tooLong = await coordinator.client.graphql(BOOK, {
      input: { ...meeting, youthId: youth.id, durationMinutes: 241 },
    });
    expect(fieldsOf(tooLong)).toEqual([['durationMinutes', 'OUT_OF_RANGE']]);
    expect(codeOf(await coordinator.client.graphql(LATE, { id: booked.id, minutes: 0 }))).toBe(
      'BAD_USER_INPUT',
    );

    const foreign = await stranger.client.graphql(BOOK, {
      input: { ...meeting, youthId: youth.id },
    });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(await auditOutcomes(youth.id, stranger.id, 'BOOK_APPOINTMENT')).toEqual(['DENIED']);
    expect(codeOf(await stranger.client.graphql(LATE, { id: booked.id, minutes: 30 }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await stranger.client.graphql(CANCEL, { id: booked.id }))).toBe('NOT_FOUND');
    expect(codeOf(await stranger.client.graphql(WITH, { youthId: youth.id }))).toBe('NOT_FOUND');
    expect(await auditOutcomes(youth.id, stranger.id, 'BOOK_APPOINTMENT')).toEqual([
      'DENIED',
      'DENIED',
      'DENIED',
    ]);
    expect(codeOf(await lonely.client.graphql(BOOK, { input: meeting }))).toBe(
      'APPOINTMENT_NO_COORDINATOR',
    );
    expect(codeOf(await api.client().graphql(MINE))).toBe('UNAUTHENTICATED');
    // Nothing was changed by any refusal.
    const rows = await db.query<{ status: string; delayed_to: Date }>(
      `SELECT status, delayed_to FROM appointment WHERE id = $1`,
      [booked.id],
    );
    expect(rows.rows[0]).toMatchObject({ status: 'PLANNED' });
    expect(rows.rows[0]?.delayed_to.toISOString()).toBe('2026-12-03T09:40:00.000Z');
  });

  it('reaches the young person live over the socket with the new time', async () => {
    const socket = io(api.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: 'http://localhost:3000', cookie: youth.client.cookie ?? '' },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => {
          resolve();
        });
        socket.once('connect_error', reject);
      });
      const received = new Promise<{ kind: string; text: string }>((resolve) => {
        socket.once('notification', resolve);
      });
      const answer = await coordinator.client.graphql(LATE, { id: booked.id, minutes: 25 });
      expect(answer.errors).toBeUndefined();
      expect(await received).toMatchObject({
        kind: 'APPOINTMENT_LATE',
        text: 'Veilederen din er forsinket. Nytt tidspunkt: kl. 10.25',
      });
    } finally {
      socket.close();
    }
  });
});
