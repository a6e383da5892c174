import { Client } from 'pg';
import {
  insertNavOffice,
  insertSchool,
  joinOrganisation,
  signedInAccount,
} from '../../../test/organisation-fixtures';
import { ASSIGN_COORDINATOR } from '../../../test/organisation-operations';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../../test/test-api';

const PLAN_FIELDS = `id youthId goal startsOn version canEdit
  milestones { id title dueOn owner doneAt position }
  comments { body authorName authorRoleLabel mine }
  versions { version summary changedByName changedByRoleLabel createdAt }`;

const PLAN = `query ($youthId: ID!) { plan(youthId: $youthId) { ${PLAN_FIELDS} } }`;
const MY_PLAN = `query { myPlan { coordinatorName plan { ${PLAN_FIELDS} } mapping { interests strengths adaptations dreams } } }`;
const SAVE_PLAN = `mutation ($youthId: ID!, $input: SavePlanInput!) { savePlan(youthId: $youthId, input: $input) { ${PLAN_FIELDS} } }`;
const ADD_MILESTONE = `mutation ($youthId: ID!, $input: MilestoneInput!) { addMilestone(youthId: $youthId, input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE_MILESTONE = `mutation ($id: ID!, $input: MilestoneInput!) { updateMilestone(milestoneId: $id, input: $input) { ${PLAN_FIELDS} } }`;
const REMOVE_MILESTONE = `mutation ($id: ID!) { removeMilestone(milestoneId: $id) { ${PLAN_FIELDS} } }`;
const SET_DONE = `mutation ($id: ID!, $done: Boolean!) { setMilestoneDone(milestoneId: $id, done: $done) { ${PLAN_FIELDS} } }`;
const COMMENT = `mutation ($planId: ID!, $body: String!) { addPlanComment(planId: $planId, body: $body) { ${PLAN_FIELDS} } }`;
const MAPPING = `query ($youthId: ID!) { strengthMapping(youthId: $youthId) { interests strengths adaptations dreams workExperience goals } }`;
const SAVE_MAPPING = `mutation ($youthId: ID!, $input: StrengthMappingInput!) { saveStrengthMapping(youthId: $youthId, input: $input) { interests strengths adaptations dreams workExperience goals } }`;
const NOTIFICATIONS = `query { myNotifications(latest: 10) { kind text youthId } }`;

interface PlanView {
  id: string;
  youthId: string;
  goal: string;
  startsOn: string;
  version: number;
  canEdit: boolean;
  milestones: {
    id: string;
    title: string;
    dueOn: string;
    owner: string;
    doneAt: string | null;
    position: number;
  }[];
  comments: { body: string; authorName: string; authorRoleLabel: string; mine: boolean }[];
  versions: {
    version: number;
    summary: string;
    changedByName: string;
    changedByRoleLabel: string;
  }[];
}
interface Notice {
  kind: string;
  text: string;
  youthId: string | null;
}

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;
const fieldErrorsOf = (answer: GraphQLResponse<unknown>) =>
  (answer.errors?.[0]?.extensions?.fieldErrors ?? []) as {
    field: string;
    code: string;
    message: string;
  }[];

const mappingInput = (overrides: Record<string, unknown> = {}) => ({
  interests: ['fotball', ' Matlaging ', 'fotball'],
  strengths: ['CARING', 'HANDS_ON'],
  adaptations: ['SHORT_DAYS'],
  dreams: 'Å jobbe på kjøkken på et hotell',
  workExperience: 'Sommerjobb på Dyreparken',
  goals: 'Fagbrev som kokk',
  ...overrides,
});

describe('Plans: the strength-based mapping and the individual plan', () => {
  let api: TestApi;
  let db: Client;
  let coordinator: { id: string; client: TestClient };
  let otherOffice: { id: string; client: TestClient };
  let schoolCounsellor: { id: string; client: TestClient };
  let youth: { id: string; client: TestClient };
  let otherYouth: { id: string; client: TestClient };

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const office = await insertNavOffice(db, 'NAV Kristiansand');
    const farOffice = await insertNavOffice(db, 'NAV Lindesnes');
    const school = await insertSchool(db, 'Karuss skole');
    coordinator = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Kim Koordinator',
    });
    otherOffice = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Kari Annetkontor',
    });
    schoolCounsellor = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Randi Rådgiver',
    });
    await joinOrganisation(db, coordinator.id, 'COORDINATOR', office);
    await joinOrganisation(db, otherOffice.id, 'COORDINATOR', farOffice);
    await joinOrganisation(db, schoolCounsellor.id, 'SCHOOL_COUNSELLOR', school);
    youth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Cato Utenforskole' });
    otherYouth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Birk Annensen' });
    const assigned = await coordinator.client.graphql(ASSIGN_COORDINATOR, { youthId: youth.id });
    expect(assigned.errors).toBeUndefined();
    await db.query(
      `INSERT INTO youth_profile (account_id, trade_codes, strengths, adaptations_needed, consent_to_be_proposed)
       VALUES ($1, '{kokk}', '{CURIOUS}', '{}', true)`,
      [youth.id],
    );
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const audit = async (actorId: string, action: string) =>
    (
      await db.query<{ outcome: string }>(
        `SELECT outcome FROM audit_event WHERE youth_id = $1 AND actor_id = $2 AND action = $3 ORDER BY id`,
        [youth.id, actorId, action],
      )
    ).rows.map((row) => row.outcome);
  const planVersion = async () =>
    (
      await db.query<{ version: number }>('SELECT version FROM plan WHERE youth_id = $1', [
        youth.id,
      ])
    ).rows[0]?.version ?? null;
  const notices = async (client: TestClient) =>
    (await client.graphql<{ myNotifications: Notice[] }>(NOTIFICATIONS)).data?.myNotifications ??
    [];

  describe('the mapping', () => {
    it('refuses unknown strength and adaptation codes with field errors, storing nothing', async () => {
      const answer = await coordinator.client.graphql(SAVE_MAPPING, {
        youthId: youth.id,
        input: mappingInput({ strengths: ['CARING', 'ADHD'], adaptations: ['DIAGNOSIS'] }),
      });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(fieldErrorsOf(answer).map((error) => [error.field, error.code])).toEqual([
        ['strengths', 'UNKNOWN_STRENGTH'],
        ['adaptations', 'UNKNOWN_ADAPTATION'],
      ]);
      const stored = await db.query('SELECT 1 FROM strength_mapping WHERE youth_id = $1', [
        youth.id,
      ]);
      expect(stored.rowCount).toBe(0);
    });

    it('refuses too long texts', async () => {
      const answer = await coordinator.client.graphql(SAVE_MAPPING, {
        youthId: youth.id,
        input: mappingInput({ dreams: 'd'.repeat(1001) }),
      });
      expect(fieldErrorsOf(answer)[0]).toMatchObject({ field: 'dreams', code: 'TOO_LONG' });
    });

    it('saves the mapping, copies strengths and adaptations into a consenting profile, and audits', async () => {
      const answer = await coordinator.client.graphql<{ saveStrengthMapping: unknown }>(
        SAVE_MAPPING,
        { youthId: youth.id, input: mappingInput() },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.saveStrengthMapping).toMatchObject({
        interests: ['fotball', 'Matlaging'],
        strengths: ['CARING', 'HANDS_ON'],
        adaptations: ['SHORT_DAYS'],
      });
      const profile = await db.query<{ strengths: string[]; adaptations_needed: string[] }>(
        'SELECT strengths, adaptations_needed FROM youth_profile WHERE account_id = $1',
        [youth.id],
      );
      expect(profile.rows[0]).toEqual({
        strengths: ['CARING', 'HANDS_ON'],
        adaptations_needed: ['SHORT_DAYS'],
      });
      expect(await audit(coordinator.id, 'CHANGE_MAPPING')).toEqual(['ALLOWED']);
      const own = await youth.client.graphql<{ myPlan: { mapping: { dreams: string } } }>(MY_PLAN);
      expect(own.data?.myPlan.mapping.dreams).toBe('Å jobbe på kjøkken på et hotell');
    });

    it('leaves the profile alone when the youth has not consented', async () => {
      await db.query(
        'UPDATE youth_profile SET consent_to_be_proposed = false WHERE account_id = $1',
        [youth.id],
      );
      const answer = await coordinator.client.graphql(SAVE_MAPPING, {
        youthId: youth.id,
        input: mappingInput({ strengths: ['CALM'] }),
      });
      expect(answer.errors).toBeUndefined();
      const profile = await db.query<{ strengths: string[] }>(
        'SELECT strengths FROM youth_profile WHERE account_id = $1',
        [youth.id],
      );
      expect(profile.rows[0]?.strengths).toEqual(['CARING', 'HANDS_ON']);
      await db.query(
        'UPDATE youth_profile SET consent_to_be_proposed = true WHERE account_id = $1',
        [youth.id],
      );
    });

    it('is read by the coordinator (audited), not by a coordinator of another office (audited denied)', async () => {
      const own = await coordinator.client.graphql<{ strengthMapping: { strengths: string[] } }>(
        MAPPING,
        { youthId: youth.id },
      );
      expect(own.data?.strengthMapping.strengths).toEqual(['CALM']);
      const other = await otherOffice.client.graphql(MAPPING, { youthId: youth.id });
      expect(codeOf(other)).toBe('NOT_FOUND');
      const change = await otherOffice.client.graphql(SAVE_MAPPING, {
        youthId: youth.id,
        input: mappingInput(),
      });
      expect(codeOf(change)).toBe('NOT_FOUND');
      expect(await audit(otherOffice.id, 'VIEW_PLAN')).toEqual(['DENIED']);
      expect(await audit(otherOffice.id, 'CHANGE_MAPPING')).toEqual(['DENIED']);
    });
  });

  describe('the plan', () => {
    let plan: PlanView;

    it('refuses an empty goal and a too long one, creating nothing', async () => {
      const empty = await coordinator.client.graphql(SAVE_PLAN, {
        youthId: youth.id,
        input: { goal: '   ', startsOn: '2026-12-01' },
      });
      expect(fieldErrorsOf(empty)[0]).toMatchObject({ field: 'goal', code: 'REQUIRED' });
      const long = await coordinator.client.graphql(SAVE_PLAN, {
        youthId: youth.id,
        input: { goal: 'm'.repeat(301), startsOn: '2026-12-01' },
      });
      expect(fieldErrorsOf(long)[0]).toMatchObject({ field: 'goal', code: 'TOO_LONG' });
      expect(await planVersion()).toBeNull();
    });

    it('is created by the coordinator as version 1, and the youth is told', async () => {
      const answer = await coordinator.client.graphql<{ savePlan: PlanView }>(SAVE_PLAN, {
        youthId: youth.id,
        input: { goal: 'Lærlingplass som kokk', startsOn: '2026-12-01' },
      });
      expect(answer.errors).toBeUndefined();
      plan = answer.data?.savePlan as PlanView;
      expect(plan).toMatchObject({ goal: 'Lærlingplass som kokk', version: 1, canEdit: true });
      expect(plan.versions).toEqual([
        expect.objectContaining({
          version: 1,
          summary: 'Du laget planen med målet «Lærlingplass som kokk» (start 01.12.2026).',
          changedByName: 'Kim Koordinator',
          changedByRoleLabel: 'Personlig koordinator',
        }),
      ]);
      const told = await notices(youth.client);
      expect(told[0]).toMatchObject({ kind: 'PLAN_CHANGED', youthId: youth.id });
    });

    it('refuses a milestone due before the plan starts with a field error, changing nothing', async () => {
      const answer = await coordinator.client.graphql(ADD_MILESTONE, {
        youthId: youth.id,
        input: { title: 'Skrive CV', dueOn: '2026-11-30', owner: 'YOUTH' },
      });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(fieldErrorsOf(answer)[0]).toEqual({
        field: 'dueOn',
        code: 'DATE_RANGE_REVERSED',
        message:
          'Fristen kan ikke være før planen starter (01.12.2026). Velg den dagen eller en senere dag.',
      });
      expect(await planVersion()).toBe(1);
    });

    it('versions every change: milestones added, changed and removed, newest first in the timeline', async () => {
      const add = (title: string, dueOn: string, owner: string) =>
        coordinator.client.graphql<{ addMilestone: PlanView }>(ADD_MILESTONE, {
          youthId: youth.id,
          input: { title, dueOn, owner },
        });
      await add('Skrive CV', '2026-12-10', 'YOUTH');
      await add('Søke på lærlingplass', '2027-01-15', 'TOGETHER');
      const third = await add('Ringe kjøkkensjefen', '2027-01-20', 'COORDINATOR');
      plan = third.data?.addMilestone as PlanView;
      expect(plan.milestones.map((milestone) => [milestone.title, milestone.position])).toEqual([
        ['Skrive CV', 0],
        ['Søke på lærlingplass', 1],
        ['Ringe kjøkkensjefen', 2],
      ]);
      const cv = plan.milestones[0]?.id;
      const changed = await coordinator.client.graphql<{ updateMilestone: PlanView }>(
        UPDATE_MILESTONE,
        { id: cv, input: { title: 'Skrive CV', dueOn: '2026-12-12', owner: 'TOGETHER' } },
      );
      expect(changed.errors).toBeUndefined();
      const removed = await coordinator.client.graphql<{ removeMilestone: PlanView }>(
        REMOVE_MILESTONE,
        { id: plan.milestones[2]?.id },
      );
      plan = removed.data?.removeMilestone as PlanView;
      expect(plan.version).toBe(6);
      expect(plan.versions.map((version) => [version.version, version.summary])).toEqual([
        [6, 'Du fjernet delmålet «Ringe kjøkkensjefen».'],
        [5, 'Du endret delmålet «Skrive CV» (frist 12.12.2026, ansvar: sammen).'],
        [4, 'Du la til delmålet «Ringe kjøkkensjefen» (frist 20.01.2027).'],
        [3, 'Du la til delmålet «Søke på lærlingplass» (frist 15.01.2027).'],
        [2, 'Du la til delmålet «Skrive CV» (frist 10.12.2026).'],
        [1, 'Du laget planen med målet «Lærlingplass som kokk» (start 01.12.2026).'],
      ]);
      const snapshot = await db.query<{ snapshot: { milestones: { title: string }[] } }>(
        'SELECT snapshot FROM plan_version WHERE plan_id = $1 AND version = 4',
        [plan.id],
      );
      expect(snapshot.rows[0]?.snapshot.milestones).toHaveLength(3);
      // Six changes, and the milestone refused for its date (access was allowed, the date was not).
      expect(await audit(coordinator.id, 'CHANGE_PLAN')).toHaveLength(7);
    });

    it('refuses a later start that would leave a milestone before it', async () => {
      const answer = await coordinator.client.graphql(SAVE_PLAN, {
        youthId: youth.id,
        input: { goal: 'Lærlingplass som kokk', startsOn: '2027-01-01' },
      });
      expect(fieldErrorsOf(answer)[0]).toMatchObject({
        field: 'startsOn',
        code: 'DATE_RANGE_REVERSED',
      });
      expect(await planVersion()).toBe(6);
    });

    it('lets the youth see it, mark a milestone done and undo it, and comment; the coordinator is told', async () => {
      const own = await youth.client.graphql<{
        myPlan: { coordinatorName: string; plan: PlanView };
      }>(MY_PLAN);
      expect(own.data?.myPlan.coordinatorName).toBe('Kim Koordinator');
      expect(own.data?.myPlan.plan).toMatchObject({ version: 6, canEdit: false });
      expect(own.data?.myPlan.plan.versions[0]?.summary).toBe(
        'Koordinator fjernet delmålet «Ringe kjøkkensjefen».',
      );
      const cv = plan.milestones[0]?.id;
      const done = await youth.client.graphql<{ setMilestoneDone: PlanView }>(SET_DONE, {
        id: cv,
        done: true,
      });
      expect(done.errors).toBeUndefined();
      expect(done.data?.setMilestoneDone.milestones[0]?.doneAt).not.toBeNull();
      expect(done.data?.setMilestoneDone.versions[0]).toMatchObject({
        version: 7,
        summary: 'Du markerte «Skrive CV» som gjort.',
        changedByName: 'Cato Utenforskole',
        changedByRoleLabel: 'Ungdom',
      });
      // Marking it again is no change and no new version.
      const again = await youth.client.graphql<{ setMilestoneDone: PlanView }>(SET_DONE, {
        id: cv,
        done: true,
      });
      expect(again.data?.setMilestoneDone.version).toBe(7);
      const undone = await youth.client.graphql<{ setMilestoneDone: PlanView }>(SET_DONE, {
        id: cv,
        done: false,
      });
      expect(undone.data?.setMilestoneDone.milestones[0]?.doneAt).toBeNull();
      const commented = await youth.client.graphql<{ addPlanComment: PlanView }>(COMMENT, {
        planId: plan.id,
        body: 'Jeg har begynt på CV-en!',
      });
      expect(commented.data?.addPlanComment.comments).toEqual([
        {
          body: 'Jeg har begynt på CV-en!',
          authorName: 'Cato Utenforskole',
          authorRoleLabel: 'Ungdom',
          mine: true,
        },
      ]);
      expect(commented.data?.addPlanComment.version).toBe(9);
      const told = await notices(coordinator.client);
      expect(told.map((notice) => notice.kind)).toEqual(expect.arrayContaining(['PLAN_CHANGED']));
      expect(told.map((notice) => notice.text)).toContain(
        'Cato Utenforskole skrev en kommentar. «Jeg har begynt på CV-en!»',
      );
      const seen = await coordinator.client.graphql<{ plan: PlanView }>(PLAN, {
        youthId: youth.id,
      });
      expect(seen.data?.plan.versions[0]?.summary).toBe('Ungdommen skrev en kommentar.');
      expect(seen.data?.plan.comments[0]?.mine).toBe(false);
      // The youth reads her own plan without leaving traces in the audit log.
      expect(await audit(youth.id, 'VIEW_PLAN')).toEqual([]);
    });

    it('refuses an empty or too long comment', async () => {
      const empty = await youth.client.graphql(COMMENT, { planId: plan.id, body: '  ' });
      expect(fieldErrorsOf(empty)[0]).toMatchObject({ field: 'body', code: 'REQUIRED' });
      const long = await youth.client.graphql(COMMENT, { planId: plan.id, body: 'k'.repeat(2001) });
      expect(fieldErrorsOf(long)[0]).toMatchObject({ field: 'body', code: 'TOO_LONG' });
      expect(await planVersion()).toBe(9);
    });

    it('does not let the youth edit the goal or milestones', async () => {
      const answer = await youth.client.graphql(ADD_MILESTONE, {
        youthId: youth.id,
        input: { title: 'Min egen', dueOn: '2027-02-01', owner: 'YOUTH' },
      });
      expect(codeOf(answer)).toBe('FORBIDDEN');
      const remove = await youth.client.graphql(REMOVE_MILESTONE, { id: plan.milestones[0]?.id });
      expect(codeOf(remove)).toBe('FORBIDDEN');
      expect(await planVersion()).toBe(9);
    });

    it('refuses a coordinator of another office, another youth and a school counsellor: not found, audited, nothing changed', async () => {
      const read = await otherOffice.client.graphql(PLAN, { youthId: youth.id });
      expect(codeOf(read)).toBe('NOT_FOUND');
      const save = await otherOffice.client.graphql(SAVE_PLAN, {
        youthId: youth.id,
        input: { goal: 'Noe helt annet', startsOn: '2026-12-01' },
      });
      expect(codeOf(save)).toBe('NOT_FOUND');
      const mark = await otherOffice.client.graphql(SET_DONE, {
        id: plan.milestones[0]?.id,
        done: true,
      });
      expect(codeOf(mark)).toBe('NOT_FOUND');
      const comment = await otherYouth.client.graphql(COMMENT, { planId: plan.id, body: 'Hei' });
      expect(codeOf(comment)).toBe('NOT_FOUND');
      const bySchool = await schoolCounsellor.client.graphql(ADD_MILESTONE, {
        youthId: youth.id,
        input: { title: 'Fra skolen', dueOn: '2027-02-01', owner: 'YOUTH' },
      });
      expect(codeOf(bySchool)).toBe('NOT_FOUND');
      expect(await audit(otherOffice.id, 'VIEW_PLAN')).toEqual(['DENIED', 'DENIED']);
      expect(await audit(otherOffice.id, 'CHANGE_PLAN')).toEqual(['DENIED', 'DENIED']);
      expect(await audit(otherYouth.id, 'CHANGE_PLAN')).toEqual(['DENIED']);
      expect(await audit(schoolCounsellor.id, 'CHANGE_PLAN')).toEqual(['DENIED']);
      expect(await planVersion()).toBe(9);
      const unknown = await coordinator.client.graphql(SET_DONE, {
        id: '00000000-0000-4000-8000-000000000000',
        done: true,
      });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
    });

    it('lets her school counsellor read the plan (audited) but not change it', async () => {
      const school = await db.query<{ id: string }>(
        'SELECT school_id AS id FROM counsellor_membership WHERE account_id = $1',
        [schoolCounsellor.id],
      );
      const cohort = await db.query<{ id: string }>(
        `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10B', '2026/27') RETURNING id`,
        [school.rows[0]?.id],
      );
      await db.query('INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)', [
        youth.id,
        cohort.rows[0]?.id,
      ]);
      const read = await schoolCounsellor.client.graphql<{ plan: PlanView }>(PLAN, {
        youthId: youth.id,
      });
      expect(read.data?.plan).toMatchObject({ version: 9, canEdit: false });
      expect(await audit(schoolCounsellor.id, 'VIEW_PLAN')).toEqual(['ALLOWED']);
      const mark = await schoolCounsellor.client.graphql(SET_DONE, {
        id: plan.milestones[0]?.id,
        done: true,
      });
      expect(codeOf(mark)).toBe('NOT_FOUND');
      expect(await audit(schoolCounsellor.id, 'CHANGE_PLAN')).toEqual(['DENIED', 'DENIED']);
      expect(await planVersion()).toBe(9);
      await db.query('DELETE FROM cohort_pupil WHERE youth_id = $1', [youth.id]);
    });

    it('gives every concurrent change its own version (the plan row is locked)', async () => {
      const before = (await planVersion()) ?? 0;
      const answers = await Promise.all([
        ...Array.from({ length: 4 }, (_, index) =>
          youth.client.graphql(COMMENT, { planId: plan.id, body: `Kommentar ${index}` }),
        ),
        ...Array.from({ length: 4 }, (_, index) =>
          coordinator.client.graphql(ADD_MILESTONE, {
            youthId: youth.id,
            input: { title: `Delmål ${index}`, dueOn: '2027-03-01', owner: 'TOGETHER' },
          }),
        ),
      ]);
      expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
      const versions = await db.query<{ version: number }>(
        'SELECT version FROM plan_version WHERE plan_id = $1 ORDER BY version',
        [plan.id],
      );
      expect(versions.rows.map((row) => row.version)).toEqual(
        Array.from({ length: before + 8 }, (_, index) => index + 1),
      );
      expect(await planVersion()).toBe(before + 8);
      const positions = await db.query<{ position: number }>(
        'SELECT position FROM milestone WHERE plan_id = $1 ORDER BY position',
        [plan.id],
      );
      expect(new Set(positions.rows.map((row) => row.position)).size).toBe(positions.rowCount);
    });
  });

  it('shows a youth without a plan or coordinator an empty page', async () => {
    const answer = await otherYouth.client.graphql<{ myPlan: unknown }>(MY_PLAN);
    expect(answer.data?.myPlan).toEqual({ coordinatorName: null, plan: null, mapping: null });
  });
});
