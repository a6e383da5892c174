import { Client } from 'pg';
import {
  insertNavOffice,
  insertSchool,
  joinOrganisation,
  signedInAccount,
} from '../../test/organisation-fixtures';
import { MY_ACCESS_LOG } from '../../test/organisation-operations';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api';

/*
 * The operations of the coordinator's page for one young person (/veileder/ungdom/[youthId]) as
 * the web sends them: the frame (layout.tsx) and the plan page (page.tsx) are rendered together,
 * three HTTP requests at once; the plan page asks for the plan and the mapping in one request.
 */
const PLAN_FIELDS = `id youthId goal startsOn version canEdit
  milestones { id title dueOn owner doneAt }
  comments { id body authorName authorRoleLabel mine createdAt }
  versions { version summary changedByName changedByRoleLabel createdAt }`;
const MAPPING_FIELDS = 'interests strengths adaptations dreams workExperience goals updatedAt';
const YOUTH_FRAME = `query YouthFrame($youthId: ID!) {
  youthOverview(youthId: $youthId) { youthId displayName accessBasis }
}`;
const PLAN_PAGE = `query PlanPage($youthId: ID!) {
  plan(youthId: $youthId) { ${PLAN_FIELDS} }
  strengthMapping(youthId: $youthId) { ${MAPPING_FIELDS} }
}`;
const FOLLOW_UP_OF = `query FollowUpOf($youthId: ID!) { followUpOf(youthId: $youthId) { goalKind goalReachedAt nextDueOn followUpEndsOn completed } }`;

interface AuditRow {
  action: string;
  purpose: string;
  outcome: string;
}

describe("Audit of one opening of a coordinator's page for a young person", () => {
  let api: TestApi;
  let db: Client;
  let coordinator: { id: string; client: TestClient };
  let stranger: { id: string; client: TestClient };
  let youth: { id: string; client: TestClient };

  const auditRows = async (actorId: string): Promise<AuditRow[]> =>
    (
      await db.query<AuditRow>(
        `SELECT action, purpose, outcome FROM audit_event
          WHERE youth_id = $1 AND actor_id = $2 ORDER BY action, purpose, id`,
        [youth.id, actorId],
      )
    ).rows;

  const openPage = (client: TestClient) =>
    Promise.all([
      client.graphql(YOUTH_FRAME, { youthId: youth.id }),
      client.graphql(PLAN_PAGE, { youthId: youth.id }),
      client.graphql(FOLLOW_UP_OF, { youthId: youth.id }),
    ]);

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const office = await insertNavOffice(db, 'NAV Kristiansand');
    coordinator = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Kari Koordinator',
    });
    await joinOrganisation(db, coordinator.id, 'COORDINATOR', office);
    stranger = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Sara Annen' });
    await joinOrganisation(db, stranger.id, 'COORDINATOR', office);
    youth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Una Utenfor' });
    await db.query(
      `INSERT INTO caseload (youth_id, coordinator_id, nav_office_id) VALUES ($1, $2, $3)`,
      [youth.id, coordinator.id, office],
    );
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const profile = 'Koordinatoren din ved NAV Kristiansand, oppfølging mot jobb eller skole';
  const opening: AuditRow[] = [
    { action: 'VIEW_PLAN', purpose: profile, outcome: 'ALLOWED' },
    {
      action: 'VIEW_PLAN',
      purpose: `${profile}: oppfølging etter at målet er nådd`,
      outcome: 'ALLOWED',
    },
    { action: 'VIEW_PROFILE', purpose: profile, outcome: 'ALLOWED' },
  ];

  it('leaves one row per kind of data seen: the profile, the plan with its mapping, the follow-up', async () => {
    const answers = await openPage(coordinator.client);
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    // The plan and the mapping, asked for in one request, are one look at the plan.
    expect(await auditRows(coordinator.id)).toEqual(opening);

    // Before: four lines, "Så planen din" twice with the same reason. The follow-up keeps its own.
    const log = await youth.client.graphql<{
      myAccessLog: { entries: { actionLabel: string; purpose: string }[] };
    }>(MY_ACCESS_LOG, { first: 20 });
    expect(log.data?.myAccessLog.entries.map((entry) => entry.actionLabel).sort()).toEqual([
      'Så planen din',
      'Så planen din',
      'Så profilen din',
    ]);
  });

  it('records every later opening again: only duplicates within one request are left out', async () => {
    await openPage(coordinator.client);
    expect(await auditRows(coordinator.id)).toHaveLength(2 * opening.length);
    await coordinator.client.graphql(PLAN_PAGE, { youthId: youth.id });
    // Two openings with a profile and a plan row each, and the plan page once more on its own.
    const plain = (await auditRows(coordinator.id)).filter((row) => row.purpose === profile);
    expect(plain.map((row) => row.action)).toEqual([
      'VIEW_PLAN',
      'VIEW_PLAN',
      'VIEW_PLAN',
      'VIEW_PROFILE',
      'VIEW_PROFILE',
    ]);
  });

  it('answers the follow-up to the coordinator alone; a school counsellor or the young person gets not found, unlogged', async () => {
    const school = await insertSchool(db, 'Karuss skole');
    const counsellor = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Rita Rådgiver',
    });
    await joinOrganisation(db, counsellor.id, 'SCHOOL_COUNSELLOR', school);
    const cohort = await db.query<{ id: string }>(
      `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10A', '2026/27') RETURNING id`,
      [school],
    );
    await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
      youth.id,
      cohort.rows[0]?.id,
    ]);
    for (const asker of [counsellor, youth]) {
      const answer = await asker.client.graphql(FOLLOW_UP_OF, { youthId: youth.id });
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // The school counsellor may see her pupil, so her plan page is allowed (and logged) …
    expect(
      (await counsellor.client.graphql(PLAN_PAGE, { youthId: youth.id })).errors,
    ).toBeUndefined();
    // … but the follow-up is the coordinator's: her attempt there leaves no row of its own.
    expect(await auditRows(counsellor.id)).toEqual([
      {
        action: 'VIEW_PLAN',
        purpose: 'Rådgiver ved Karuss skole, oppfølging av hospitering',
        outcome: 'ALLOWED',
      },
    ]);
    expect(await auditRows(youth.id)).toEqual([]);
    await db.query(`DELETE FROM cohort_pupil WHERE youth_id = $1`, [youth.id]);
  });

  it('records each refused attempt, even two of the same kind in one request', async () => {
    const [frame, planPage] = await openPage(stranger.client);
    expect(frame.data).toEqual({ youthOverview: null });
    expect(planPage.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const denied = await auditRows(stranger.id);
    expect(denied.map((row) => [row.action, row.outcome])).toEqual([
      ['VIEW_PLAN', 'DENIED'],
      ['VIEW_PLAN', 'DENIED'],
      ['VIEW_PLAN', 'DENIED'],
      ['VIEW_PROFILE', 'DENIED'],
    ]);
  });
});
