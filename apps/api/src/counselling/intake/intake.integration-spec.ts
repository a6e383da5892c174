import { Client } from 'pg';
import { Clock } from '../../common/clock';
import { signedInAccount } from '../../../test/organisation-fixtures';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../../test/test-api';
import { FollowUpService } from '../follow-up/follow-up.service';

const MAX = 2;

const REQUEST_COORDINATOR = /* GraphQL */ `
  mutation RequestCoordinator($input: IntakeInput!) {
    requestCoordinator(input: $input) {
      id
      status
      priority
      coordinatorName
      navOfficeName
    }
  }
`;
const MY_INTAKE = /* GraphQL */ `
  query {
    myIntakeRequest {
      id
      status
      coordinatorName
    }
  }
`;
const OFFICE_LOAD = /* GraphQL */ `
  query {
    officeLoad {
      officeName
      max
      viewerIsLead
      coordinators {
        coordinatorId
        displayName
        active
        max
        free
      }
      waiting {
        id
        youthId
        displayName
        priority
        waitingDays
        answers {
          timeOutside
          helpWanted
          whatMatters
        }
      }
      caseloads {
        youthId
        coordinatorId
      }
    }
  }
`;
const ROUTE = /* GraphQL */ `
  mutation Route($requestId: ID!, $coordinatorId: ID!) {
    routeIntakeRequest(requestId: $requestId, coordinatorId: $coordinatorId) {
      id
      status
      coordinatorName
    }
  }
`;
const ASSIGN = /* GraphQL */ `
  mutation Assign($youthId: ID!, $coordinatorId: ID) {
    assignCoordinator(youthId: $youthId, coordinatorId: $coordinatorId) {
      youthId
      coordinatorId
    }
  }
`;
const MARK_GOAL = /* GraphQL */ `
  mutation Mark($youthId: ID!, $goalKind: GoalKind!) {
    markGoalReached(youthId: $youthId, goalKind: $goalKind) {
      goalKind
      nextDueOn
      followUpEndsOn
      completed
    }
  }
`;
const FOLLOW_UPS_DUE = /* GraphQL */ `
  query {
    followUpsDue {
      youthId
      displayName
      month
      dueOn
      completed
    }
  }
`;
const MY_CASELOAD_FOLLOW_UP = /* GraphQL */ `
  query {
    myCaseload {
      youthId
      followUp {
        goalKind
        completed
      }
    }
  }
`;

interface IntakeAnswer {
  requestCoordinator: {
    id: string;
    status: string;
    priority: string;
    coordinatorName: string | null;
    navOfficeName: string | null;
  };
}
interface OfficeLoadAnswer {
  officeLoad: {
    officeName: string;
    max: number;
    viewerIsLead: boolean;
    coordinators: { coordinatorId: string; active: number; max: number; free: number }[];
    waiting: {
      id: string;
      youthId: string;
      displayName: string;
      priority: string;
      waitingDays: number;
      answers: { timeOutside: string; helpWanted: string[]; whatMatters: string };
    }[];
    caseloads: { youthId: string; coordinatorId: string }[];
  };
}

const ANSWERS = {
  followUpNeed: 'CLOSE',
  timeOutside: 'OVER_12_MONTHS',
  helpWanted: ['APPRENTICESHIP', 'FIND_JOB'],
  currentSituation: 'NO_ACTIVITY',
  whatMatters: 'Jeg liker å skru på ting',
};

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;

describe('Intake: routing by capacity, the caseload maximum, the office lead, follow-up', () => {
  let api: TestApi;
  let db: Client;
  let officeA: string;
  let officeB: string;
  type Person = { id: string; client: TestClient };
  let k1: Person;
  let k2: Person;
  let k3: Person;
  let lead: Person;
  let serial = 0;

  const youth = async (name = `Ung ${++serial}`, municipality: string | null = null) => {
    const person = await signedInAccount(api, db, { role: 'YOUTH', displayName: name });
    if (municipality) {
      await db.query(
        `INSERT INTO youth_profile (account_id, programme_codes, home_municipality_code) VALUES ($1, '{BA}', $2)`,
        [person.id, municipality],
      );
    }
    return person;
  };
  const fill = async (coordinatorId: string, officeId: string, count: number) => {
    for (let index = 0; index < count; index += 1) {
      const filler = await youth();
      await db.query(
        `INSERT INTO caseload (youth_id, coordinator_id, nav_office_id) VALUES ($1, $2, $3)`,
        [filler.id, coordinatorId, officeId],
      );
    }
  };
  const active = async (coordinatorId: string) =>
    Number(
      (
        await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM caseload WHERE coordinator_id = $1 AND ended_at IS NULL`,
          [coordinatorId],
        )
      ).rows[0]?.n,
    );
  const endAllOf = (coordinatorId: string) =>
    db.query(
      `UPDATE caseload SET ended_at = now() WHERE coordinator_id = $1 AND ended_at IS NULL`,
      [coordinatorId],
    );
  const auditOutcomes = async (youthId: string, action: string) =>
    (
      await db.query<{ outcome: string }>(
        `SELECT outcome FROM audit_event WHERE youth_id = $1 AND action = $2 ORDER BY id`,
        [youthId, action],
      )
    ).rows.map((row) => row.outcome);
  const ask = (person: Person, input: Record<string, unknown> = ANSWERS) =>
    person.client.graphql<IntakeAnswer>(REQUEST_COORDINATOR, { input });

  beforeAll(async () => {
    api = await startTestApi({ CASELOAD_MAX: String(MAX) });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    officeA =
      (
        await db.query<{ id: string }>(
          `INSERT INTO nav_office (name, municipality_code) VALUES ('NAV Kristiansand', '4204') RETURNING id`,
        )
      ).rows[0]?.id ?? '';
    officeB =
      (
        await db.query<{ id: string }>(
          `INSERT INTO nav_office (name, municipality_code) VALUES ('NAV Lindesnes', '4205') RETURNING id`,
        )
      ).rows[0]?.id ?? '';
    const member = async (name: string, role: string, office: string) => {
      const person = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: name });
      await db.query(
        `INSERT INTO counsellor_membership (account_id, role, nav_office_id) VALUES ($1, $2, $3)`,
        [person.id, role, office],
      );
      return person;
    };
    k1 = await member('Kari Koordinator', 'COORDINATOR', officeA);
    k2 = await member('Kim Koordinator', 'COORDINATOR', officeA);
    lead = await member('Liv Leder', 'OFFICE_LEAD', officeA);
    k3 = await member('Kåre Koordinator', 'COORDINATOR', officeB);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('routes to a coordinator of the home office with room, and tells both', async () => {
    await fill(k1.id, officeA, MAX);
    const una = await youth('Una Utenfor', '4204');
    const answer = await ask(una);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.requestCoordinator).toMatchObject({
      status: 'ROUTED',
      priority: 'HIGH',
      coordinatorName: 'Kim Koordinator',
      navOfficeName: 'NAV Kristiansand',
    });
    expect(await active(k1.id)).toBe(MAX);
    const kinds = await db.query<{ account_id: string; payload: { text: string } }>(
      `SELECT account_id, payload FROM notification WHERE kind = 'INTAKE_ROUTED' AND payload->>'youthId' = $1`,
      [una.id],
    );
    expect(kinds.rows.map((row) => row.account_id).sort()).toEqual([una.id, k2.id].sort());
    const mine = await una.client.graphql<{
      myIntakeRequest: { status: string; coordinatorName: string };
    }>(MY_INTAKE);
    expect(mine.data?.myIntakeRequest).toMatchObject({
      status: 'ROUTED',
      coordinatorName: 'Kim Koordinator',
    });

    const coordinator = await una.client.graphql<{
      myCoordinator: { coordinatorName: string } | null;
    }>(`query { myCoordinator { coordinatorName navOfficeName } }`);
    expect(coordinator.data?.myCoordinator).toEqual({
      coordinatorName: 'Kim Koordinator',
      navOfficeName: 'NAV Kristiansand',
    });
    // Asking again while followed: a clear refusal.
    expect(codeOf(await ask(una))).toBe('INTAKE_ALREADY_FOLLOWED');
  });

  it('goes to another office when the home office is full, then waits when everyone is full', async () => {
    await fill(k2.id, officeA, MAX - (await active(k2.id)));
    const ola = await youth('Ola Ny', '4204');
    const routed = await ask(ola, {
      ...ANSWERS,
      timeOutside: 'UNDER_3_MONTHS',
      followUpNeed: 'SOME',
      currentSituation: 'SCHOOL',
    });
    expect(routed.data?.requestCoordinator).toMatchObject({
      status: 'ROUTED',
      priority: 'LOW',
      coordinatorName: 'Kåre Koordinator',
    });
    await fill(k3.id, officeB, MAX - (await active(k3.id)));

    const siri = await youth('Siri Venter', '4204');
    const waiting = await ask(siri);
    expect(waiting.data?.requestCoordinator).toMatchObject({
      status: 'WAITING',
      coordinatorName: null,
    });
    expect(codeOf(await ask(siri))).toBe('INTAKE_ALREADY_FOLLOWED');
    for (const coordinator of [k1, k2, k3]) expect(await active(coordinator.id)).toBe(MAX);

    // Only the load asked for: nothing about young people is read, nothing audited.
    expect((await k2.client.graphql(`query { officeLoad { max } }`)).errors).toBeUndefined();
    expect(await auditOutcomes(siri.id, 'VIEW_CASELOAD')).toEqual([]);
    // The office lead sees load and the queue, with names and answers (audited).
    const load = await lead.client.graphql<OfficeLoadAnswer>(OFFICE_LOAD);
    expect(load.errors).toBeUndefined();
    expect(load.data?.officeLoad).toMatchObject({
      officeName: 'NAV Kristiansand',
      max: MAX,
      viewerIsLead: true,
    });
    expect(load.data?.officeLoad.coordinators.find((c) => c.coordinatorId === k1.id)).toMatchObject(
      {
        active: MAX,
        free: 0,
      },
    );
    const queued = load.data?.officeLoad.waiting.find((w) => w.youthId === siri.id);
    expect(queued).toMatchObject({
      displayName: 'Siri Venter',
      priority: 'HIGH',
      waitingDays: 0,
      answers: { timeOutside: 'OVER_12_MONTHS', helpWanted: ['FIND_JOB', 'APPRENTICESHIP'] },
    });
    expect(await auditOutcomes(siri.id, 'VIEW_CASELOAD')).toEqual(['ALLOWED']);
    // The lead sees who follows whom at the office (to move young people); a coordinator does not.
    expect(load.data?.officeLoad.caseloads).toHaveLength(2 * MAX);
    expect(
      (await k1.client.graphql<OfficeLoadAnswer>(OFFICE_LOAD)).data?.officeLoad.caseloads,
    ).toEqual([]);
    // The other office does not see a request waiting at this one.
    const other = await k3.client.graphql<OfficeLoadAnswer>(OFFICE_LOAD);
    expect(other.data?.officeLoad.waiting.map((w) => w.youthId)).not.toContain(siri.id);
  });

  it('never lets parallel intakes push a coordinator over the maximum', async () => {
    await db.query(
      `UPDATE caseload SET ended_at = now() WHERE id IN (
      SELECT id FROM caseload WHERE coordinator_id = $1 AND ended_at IS NULL LIMIT 1)`,
      [k1.id],
    );
    const youths = await Promise.all(Array.from({ length: 5 }, () => youth()));
    const answers = await Promise.all(youths.map((person) => ask(person)));
    const statuses = answers.map((answer) => answer.data?.requestCoordinator.status);
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    expect(statuses.filter((status) => status === 'ROUTED')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'WAITING')).toHaveLength(4);
    for (const coordinator of [k1, k2, k3]) expect(await active(coordinator.id)).toBe(MAX);
  });

  it('refuses a pupil kindly, bad answers per field, and other roles', async () => {
    const pupil = await youth('Per Elev');
    const school = await db.query<{ id: string }>(
      `INSERT INTO school (name, municipality_code) VALUES ('Vågsbygd skole', '4204') RETURNING id`,
    );
    const cohort = await db.query<{ id: string }>(
      `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10A', '2026/27') RETURNING id`,
      [school.rows[0]?.id],
    );
    await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
      pupil.id,
      cohort.rows[0]?.id,
    ]);
    expect(codeOf(await ask(pupil))).toBe('INTAKE_PUPIL_AT_SCHOOL');

    const someone = await youth();
    const bad = await ask(someone, {
      ...ANSWERS,
      timeOutside: 'FOREVER',
      helpWanted: [],
      whatMatters: 'x'.repeat(501),
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.field)).toEqual([
      'timeOutside',
      'helpWanted',
      'whatMatters',
    ]);
    expect(
      (await db.query(`SELECT 1 FROM intake_request WHERE youth_id = $1`, [someone.id])).rowCount,
    ).toBe(0);
    expect(codeOf(await api.client().graphql(REQUEST_COORDINATOR, { input: ANSWERS }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await k1.client.graphql(REQUEST_COORDINATOR, { input: ANSWERS }))).toBe(
      'FORBIDDEN',
    );
    // On behalf of a young person the counsellor cannot see: not found, audited.
    expect(
      codeOf(
        await k1.client.graphql(REQUEST_COORDINATOR, {
          input: { ...ANSWERS, youthId: someone.id },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await auditOutcomes(someone.id, 'SUBMIT_INTAKE')).toEqual(['DENIED']);
  });

  it('refuses assigning over the maximum (nothing changed, refusal audited) and lets the lead route and move', async () => {
    const siri = (
      await db.query<{ id: string; youth_id: string }>(
        `SELECT r.id, r.youth_id FROM intake_request r JOIN account a ON a.id = r.youth_id
        WHERE a.display_name = 'Siri Venter' AND r.status = 'WAITING'`,
      )
    ).rows[0] ?? { id: '', youth_id: '' };
    // Routing to a full coordinator: refused, nothing changed.
    const full = await lead.client.graphql(ROUTE, { requestId: siri.id, coordinatorId: k1.id });
    expect(codeOf(full)).toBe('CASELOAD_FULL');
    expect(full.errors?.[0]?.message).toContain(`${MAX} ungdommer`);
    expect(await auditOutcomes(siri.youth_id, 'ASSIGN_COORDINATOR')).toEqual(['DENIED']);
    // Only the lead routes.
    expect(
      codeOf(await k1.client.graphql(ROUTE, { requestId: siri.id, coordinatorId: k1.id })),
    ).toBe('FORBIDDEN');

    // The lead takes a young person off k2's list; then routes Siri there.
    const moved =
      (
        await db.query<{ youth_id: string }>(
          `SELECT youth_id FROM caseload WHERE coordinator_id = $1 AND ended_at IS NULL ORDER BY started_at LIMIT 1`,
          [k2.id],
        )
      ).rows[0]?.youth_id ?? '';
    const caseloadsBefore = (await db.query(`SELECT id FROM caseload`)).rowCount;
    const refused = await lead.client.graphql(ASSIGN, { youthId: moved, coordinatorId: k1.id });
    expect(codeOf(refused)).toBe('CASELOAD_FULL');
    expect((await db.query(`SELECT id FROM caseload`)).rowCount).toBe(caseloadsBefore);
    expect(await auditOutcomes(moved, 'ASSIGN_COORDINATOR')).toEqual(['DENIED']);

    await endAllOf(k1.id);
    const reassigned = await lead.client.graphql<{ assignCoordinator: { coordinatorId: string } }>(
      ASSIGN,
      {
        youthId: moved,
        coordinatorId: k1.id,
      },
    );
    expect(reassigned.data?.assignCoordinator.coordinatorId).toBe(k1.id);
    expect(await active(k2.id)).toBe(MAX - 1);

    const routed = await lead.client.graphql<{
      routeIntakeRequest: { status: string; coordinatorName: string };
    }>(ROUTE, { requestId: siri.id, coordinatorId: k2.id });
    expect(routed.data?.routeIntakeRequest).toMatchObject({
      status: 'ROUTED',
      coordinatorName: 'Kim Koordinator',
    });
    expect(await active(k2.id)).toBe(MAX);
    expect(
      codeOf(await lead.client.graphql(ROUTE, { requestId: siri.id, coordinatorId: k1.id })),
    ).toBe('INTAKE_NOT_WAITING');
  });

  it('gives a freed place to the most urgent waiting request when a follow-up ends', async () => {
    for (const coordinator of [k1, k2, k3]) {
      await fill(
        coordinator.id,
        coordinator === k3 ? officeB : officeA,
        MAX - (await active(coordinator.id)),
      );
    }
    // Requests still waiting from the tests above would rightly come first: start from an empty queue.
    await db.query(`UPDATE intake_request SET status = 'WITHDRAWN' WHERE status = 'WAITING'`);
    const vera = await youth('Vera Venter');
    const hanne = await youth('Hanne Haster');
    const calm = {
      ...ANSWERS,
      followUpNeed: 'SOME',
      timeOutside: 'UNDER_3_MONTHS',
      currentSituation: 'SCHOOL',
    };
    expect((await ask(vera, calm)).data?.requestCoordinator).toMatchObject({
      status: 'WAITING',
      priority: 'LOW',
    });
    expect((await ask(hanne)).data?.requestCoordinator).toMatchObject({
      status: 'WAITING',
      priority: 'HIGH',
    });

    // k1 ends one follow-up: Hanne (most urgent, though she asked later) gets the place.
    const leaving =
      (
        await db.query<{ youth_id: string }>(
          `SELECT youth_id FROM caseload WHERE coordinator_id = $1 AND ended_at IS NULL LIMIT 1`,
          [k1.id],
        )
      ).rows[0]?.youth_id ?? '';
    const ended = await k1.client.graphql(
      `mutation ($youthId: ID!) { endFollowUp(youthId: $youthId) { endedAt } }`,
      { youthId: leaving },
    );
    expect(ended.errors).toBeUndefined();
    expect(await active(k1.id)).toBe(MAX);
    const hers = await hanne.client.graphql<{
      myIntakeRequest: { status: string; coordinatorName: string };
    }>(MY_INTAKE);
    expect(hers.data?.myIntakeRequest).toMatchObject({
      status: 'ROUTED',
      coordinatorName: 'Kari Koordinator',
    });
    const told = await db.query(
      `SELECT 1 FROM notification WHERE kind = 'INTAKE_ROUTED' AND account_id = ANY($1::uuid[]) AND payload->>'youthId' = $2`,
      [[hanne.id, k1.id], hanne.id],
    );
    expect(told.rowCount).toBe(2);
    const still = await vera.client.graphql<{ myIntakeRequest: { status: string } }>(MY_INTAKE);
    expect(still.data?.myIntakeRequest.status).toBe('WAITING');

    // Vera waits for the next free place (or the lead). Withdrawn here, so the tests below start
    // from an empty queue.
    await db.query(`UPDATE intake_request SET status = 'WITHDRAWN' WHERE youth_id = $1`, [vera.id]);
  });

  it('sends six monthly follow-up reminders after the goal, once each, to the current coordinator', async () => {
    await endAllOf(k1.id);
    await endAllOf(k2.id);
    const clock = api.app.get(Clock);
    const followUps = api.app.get(FollowUpService);
    await db.query(`UPDATE session SET expires_at = now() + interval '3 years'`);
    const at = (iso: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));
    const ida = await youth('Ida Jobb');
    await db.query(
      `INSERT INTO caseload (youth_id, coordinator_id, nav_office_id) VALUES ($1, $2, $3)`,
      [ida.id, k2.id, officeA],
    );
    const reminders = async (accountId: string) =>
      Number(
        (
          await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM notification WHERE account_id = $1 AND kind = 'FOLLOW_UP_REMINDER' AND payload->>'youthId' = $2`,
            [accountId, ida.id],
          )
        ).rows[0]?.n,
      );

    // Someone else's young person: not found, audited.
    at('2027-01-15T10:00:00Z');
    const foreign = await k1.client.graphql(MARK_GOAL, { youthId: ida.id, goalKind: 'JOB' });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(await auditOutcomes(ida.id, 'CHANGE_PLAN')).toEqual(['DENIED']);
    const marked = await k2.client.graphql<{
      markGoalReached: { nextDueOn: string; followUpEndsOn: string };
    }>(MARK_GOAL, { youthId: ida.id, goalKind: 'JOB' });
    expect(marked.data?.markGoalReached).toMatchObject({
      nextDueOn: '2027-02-15',
      followUpEndsOn: '2027-07-15',
    });
    // Her page shows the follow-up to her coordinator; another coordinator gets not found.
    const FOLLOW_UP_OF = `query ($youthId: ID!) { followUpOf(youthId: $youthId) { goalKind nextDueOn followUpEndsOn completed } }`;
    const shown = await k2.client.graphql<{ followUpOf: unknown }>(FOLLOW_UP_OF, {
      youthId: ida.id,
    });
    expect(shown.data?.followUpOf).toEqual({
      goalKind: 'JOB',
      nextDueOn: '2027-02-15',
      followUpEndsOn: '2027-07-15',
      completed: false,
    });
    expect(codeOf(await k1.client.graphql(FOLLOW_UP_OF, { youthId: ida.id }))).toBe('NOT_FOUND');

    at('2027-02-14T12:00:00Z');
    expect(await followUps.sendDueReminders()).toBe(0);
    expect(
      (await k2.client.graphql<{ followUpsDue: unknown[] }>(FOLLOW_UPS_DUE)).data?.followUpsDue,
    ).toEqual([]);
    at('2027-02-15T07:00:00Z');
    expect(await followUps.sendDueReminders()).toBe(1);
    expect(await followUps.sendDueReminders()).toBe(0);
    expect(await reminders(k2.id)).toBe(1);
    const due = await k2.client.graphql<{ followUpsDue: { month: number; completed: boolean }[] }>(
      FOLLOW_UPS_DUE,
    );
    expect(due.data?.followUpsDue).toEqual([
      { youthId: ida.id, displayName: 'Ida Jobb', month: 1, dueOn: '2027-02-15', completed: false },
    ]);

    // The lead moves Ida to k1: the remaining reminders go to k1, none to k2.
    expect(
      (await lead.client.graphql(ASSIGN, { youthId: ida.id, coordinatorId: k1.id })).errors,
    ).toBeUndefined();
    for (const [month, iso] of [
      [2, '2027-03-15T09:00:00Z'],
      [3, '2027-04-15T09:00:00Z'],
      [4, '2027-05-15T09:00:00Z'],
      [5, '2027-06-15T09:00:00Z'],
      [6, '2027-07-15T09:00:00Z'],
    ] as const) {
      at(iso);
      expect(await followUps.sendDueReminders()).toBe(1);
      expect(await followUps.sendDueReminders()).toBe(0);
      expect(await reminders(k1.id)).toBe(month - 1);
    }
    at('2027-12-15T09:00:00Z');
    expect(await followUps.sendDueReminders()).toBe(0);
    expect(await reminders(k2.id)).toBe(1);
    expect(await reminders(k1.id)).toBe(5);
    const last = await db.query<{ payload: { text: string } }>(
      `SELECT payload FROM notification WHERE account_id = $1 AND kind = 'FOLLOW_UP_REMINDER' ORDER BY id DESC LIMIT 1`,
      [k1.id],
    );
    expect(last.rows[0]?.payload.text).toContain(
      '6 måneder siden Ida Jobb nådde målet sitt (jobb)',
    );
    const caseload = await k1.client.graphql<{
      myCaseload: { youthId: string; followUp: { completed: boolean } | null }[];
    }>(MY_CASELOAD_FOLLOW_UP);
    expect(caseload.data?.myCaseload.find((entry) => entry.youthId === ida.id)?.followUp).toEqual({
      goalKind: 'JOB',
      completed: true,
    });
  });
});
