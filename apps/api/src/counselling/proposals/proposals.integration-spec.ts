import { findTrade } from '@akselerator/domain';
import { Client } from 'pg';
import {
  insertNavOffice,
  insertSchool,
  joinOrganisation,
  signedInAccount,
} from '../../../test/organisation-fixtures';
import { daysFromToday, employerSignUp, SIGN_UP } from '../../../test/operations';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../../test/test-api';
import { Clock } from '../../common/clock';

interface Person {
  id: string;
  client: TestClient;
}
interface ProposalData {
  id: string;
  status: string;
  statusLabel: string;
  message: string;
  declineReason: string | null;
  sharedFields: string[];
  employerMessage: string | null;
  counsellorName: string | null;
  history: { status: string; actorRole: string }[];
}
interface EmployerProposalData {
  id: string;
  status: string;
  employerMessage: string | null;
  opportunity: { id: string };
  candidate: Record<string, unknown>;
}
interface EightWeekData {
  youthId: string;
  youthName: string;
  coordinatorName: string;
  daysWaited: number;
  lastOfferKind: string | null;
  waitingSince: string;
}

const PROPOSAL_FIELDS = `id status statusLabel message declineReason sharedFields employerMessage counsellorName
  history { status actorRole }`;
const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { ${PROPOSAL_FIELDS} } }`;
const ANSWER = `mutation ($input: AnswerProposalInput!) { answerProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawProposal(proposalId: $id) { ${PROPOSAL_FIELDS} } }`;
const EMPLOYER_ANSWER = `mutation ($input: AnswerProposalAsEmployerInput!) {
  answerProposalAsEmployer(input: $input) { id status employerMessage opportunity { id }
    candidate { name email age homeMunicipalityCode programmeCodes tradeCodes strengths adaptationsNeeded } } }`;
const PLACED = `mutation ($id: ID!) { markProposalPlaced(proposalId: $id) { ${PROPOSAL_FIELDS} } }`;
const MY_PROPOSALS = `query { myProposals { ${PROPOSAL_FIELDS} } }`;
const FOR_YOUTH = `query ($youthId: ID!) { proposalsForYouth(youthId: $youthId) { ${PROPOSAL_FIELDS} } }`;
const EMPLOYER_PROPOSALS = `query ($opportunityId: ID) { employerProposals(opportunityId: $opportunityId) {
  id status employerMessage opportunity { id }
  candidate { name email age homeMunicipalityCode programmeCodes tradeCodes strengths adaptationsNeeded } } }`;
const OPPORTUNITIES_FOR_YOUTH = `query ($youthId: ID!) { opportunitiesForYouth(youthId: $youthId, first: 50) {
  basis items { alreadyProposed score reasons { text } opportunity { id kind } } } }`;
const EIGHT_WEEKS = `query { eightWeekList { youthId youthName coordinatorName daysWaited lastOfferKind waitingSince } }`;
const NOTIFICATIONS = `query { myNotifications(latest: 30) { kind text proposalId youthId } }`;

const MESSAGE = 'Hei! Jeg tror denne lærlingplassen passer deg godt – vil du prøve?';
const DAY_MS = 86_400_000;

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;
const reasonOf = (answer: GraphQLResponse<unknown>) =>
  (answer.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

function ok<T>(answer: GraphQLResponse<Record<string, T>>, field: string): T {
  const data = answer.data?.[field];
  if (!data) throw new Error(`${field} failed: ${JSON.stringify(answer.errors)}`);
  return data;
}

describe('Proposals and the 8-week list', () => {
  let api: TestApi;
  let db: Client;
  let clock: Clock;
  let office: string;
  let coordinator: Person;
  let otherCoordinator: Person;
  let lead: Person;
  let schoolCounsellor: Person;
  let employer: Person;
  let employerId: string;
  let colleague: Person;
  let otherEmployer: Person;
  let serial = 0;

  const youth = async (name: string): Promise<Person> =>
    signedInAccount(api, db, { role: 'YOUTH', displayName: name });

  const follow = async (
    youthId: string,
    by: Person,
    startedAt: Date = new Date(),
  ): Promise<void> => {
    await db.query(
      `INSERT INTO caseload (youth_id, coordinator_id, nav_office_id, started_at, started_by)
       VALUES ($1, $2, $3, $4, $2)`,
      [youthId, by.id, office, startedAt],
    );
  };

  const insertOpportunity = async (
    options: {
      kind?: 'APPRENTICESHIP' | 'SIMPLE_JOB';
      status?: 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'ARCHIVED';
      owner?: string;
    } = {},
  ): Promise<string> => {
    const kind = options.kind ?? 'APPRENTICESHIP';
    const trade = findTrade('frisor');
    if (!trade) throw new Error('frisor is not a trade');
    serial += 1;
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO opportunity (employer_id, kind, status, title, description, tasks, practical_info,
         programme_code, trade_code, street, postal_code, postal_place, municipality_code, latitude,
         longitude, published_at, places, start_date, application_deadline, hours_per_week)
       VALUES ($1, $2, $3, $4, 'Lærlingplass i en travel salong.', 'Klipp, farge og kundeservice.', '',
         $5, $6, 'Markens gate 20', '4611', 'Kristiansand S', '4204', 58.1464, 7.9932,
         CASE WHEN $3 = 'PUBLISHED' THEN now() END, $7, $8, $9, $10)
       RETURNING id`,
      [
        options.owner ?? employerId,
        kind,
        options.status ?? 'PUBLISHED',
        `Forslagslærling ${serial}`,
        trade.programmeCode,
        trade.code,
        kind === 'APPRENTICESHIP' ? 2 : null,
        kind === 'APPRENTICESHIP' ? daysFromToday(120) : null,
        daysFromToday(60),
        kind === 'SIMPLE_JOB' ? 6 : null,
      ],
    );
    return rows[0]?.id ?? '';
  };

  const propose = (by: Person, youthId: string, opportunityId: string, message = MESSAGE) =>
    by.client.graphql<{ proposeMatch: ProposalData }>(PROPOSE, {
      input: { youthId, opportunityId, message },
    });
  const answer = (
    who: Person,
    proposalId: string,
    accept: boolean,
    extra: { sharedFields?: string[]; declineReason?: string; note?: string } = {},
  ) =>
    who.client.graphql<{ answerProposal: ProposalData }>(ANSWER, {
      input: { proposalId, accept, sharedFields: extra.sharedFields ?? [], ...extra },
    });
  const employerAnswer = (who: Person, proposalId: string, accept: boolean, message: string) =>
    who.client.graphql<{ answerProposalAsEmployer: EmployerProposalData }>(EMPLOYER_ANSWER, {
      input: { proposalId, accept, message },
    });
  const notificationsOf = async (who: Person) =>
    (
      await who.client.graphql<{
        myNotifications: {
          kind: string;
          text: string;
          proposalId: string | null;
          youthId: string | null;
        }[];
      }>(NOTIFICATIONS)
    ).data?.myNotifications ?? [];
  const rowOf = async (proposalId: string) =>
    (
      await db.query<{ status: string; events: number; shared_snapshot: unknown }>(
        `SELECT status, shared_snapshot,
                (SELECT count(*)::int FROM match_proposal_event WHERE proposal_id = p.id) AS events
           FROM match_proposal p WHERE id = $1`,
        [proposalId],
      )
    ).rows[0];

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    clock = api.app.get(Clock);
    office = await insertNavOffice(db, 'NAV Forslag');
    const otherOffice = await insertNavOffice(db, 'NAV Et annet sted');
    const school = await insertSchool(db, 'Forslag ungdomsskole');
    coordinator = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Kim Koordinator',
    });
    await joinOrganisation(db, coordinator.id, 'COORDINATOR', office);
    otherCoordinator = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Kari Kollega',
    });
    await joinOrganisation(db, otherCoordinator.id, 'COORDINATOR', office);
    lead = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Lise Leder' });
    await joinOrganisation(db, lead.id, 'OFFICE_LEAD', office);
    schoolCounsellor = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Randi Rådgiver',
    });
    await joinOrganisation(db, schoolCounsellor.id, 'SCHOOL_COUNSELLOR', school);
    const elsewhere = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Annen Kontor',
    });
    await joinOrganisation(db, elsewhere.id, 'COORDINATOR', otherOffice);

    const employerClient = api.client();
    const signedUp = await employerClient.graphql<{
      signUp: { id: string; employer: { id: string } };
    }>(SIGN_UP, { input: employerSignUp(`forslag-${Date.now()}`) });
    employer = { id: signedUp.data?.signUp.id ?? '', client: employerClient };
    employerId = signedUp.data?.signUp.employer.id ?? '';
    colleague = await signedInAccount(api, db, {
      role: 'EMPLOYER',
      displayName: 'Mona Medlem',
      employerId,
    });
    const otherClient = api.client();
    const other = await otherClient.graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: employerSignUp(`forslag-annen-${Date.now()}`),
    });
    otherEmployer = { id: other.data?.signUp.id ?? '', client: otherClient };
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('runs proposed → accepted → employer accepted → placed, with exactly the shared fields and a notification at every step', async () => {
    const aurora = await youth('Aurora Forslagsen');
    await follow(aurora.id, coordinator);
    await db.query(
      `INSERT INTO youth_profile (account_id, programme_codes, trade_codes, strengths, adaptations_needed,
         home_municipality_code, birth_date)
       VALUES ($1, '{}', '{frisor}', '{CREATIVE,SOCIAL}', '{SHORT_DAYS}', '4204', '2005-03-01')`,
      [aurora.id],
    );
    const opportunityId = await insertOpportunity();

    const proposed = ok(await propose(coordinator, aurora.id, opportunityId), 'proposeMatch');
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      message: MESSAGE,
      counsellorName: 'Kim Koordinator',
      history: [{ status: 'PROPOSED', actorRole: 'COUNSELLOR' }],
    });
    expect(await notificationsOf(aurora)).toContainEqual({
      kind: 'PROPOSAL_RECEIVED',
      proposalId: proposed.id,
      youthId: null,
      text: expect.stringContaining('Kim Koordinator foreslår «Forslagslærling') as string,
    });
    // The employer does not know about it before the young person says yes.
    expect(
      (await employer.client.graphql<{ employerProposals: unknown[] }>(EMPLOYER_PROPOSALS)).data
        ?.employerProposals,
    ).toEqual([]);
    const mine = await aurora.client.graphql<{ myProposals: ProposalData[] }>(MY_PROPOSALS);
    expect(mine.data?.myProposals.map((item) => item.id)).toEqual([proposed.id]);

    const accepted = ok(
      await answer(aurora, proposed.id, true, {
        sharedFields: ['STRENGTHS', 'NAME'],
        note: 'Gleder meg!',
      }),
      'answerProposal',
    );
    expect(accepted).toMatchObject({ status: 'ACCEPTED', sharedFields: ['NAME', 'STRENGTHS'] });
    expect(await notificationsOf(coordinator)).toContainEqual({
      kind: 'PROPOSAL_ANSWERED',
      proposalId: proposed.id,
      youthId: aurora.id,
      text: expect.stringContaining('Aurora Forslagsen takket ja') as string,
    });
    for (const member of [employer, colleague]) {
      expect(await notificationsOf(member)).toContainEqual({
        kind: 'PROPOSAL_FOR_EMPLOYER',
        proposalId: proposed.id,
        youthId: null,
        text: expect.stringContaining('Aurora Forslagsen er foreslått') as string,
      });
    }
    expect(await notificationsOf(otherEmployer)).toEqual([]);

    // The profile changes later; the employer still sees the frozen copy, and only what was chosen.
    await db.query(`UPDATE youth_profile SET strengths = '{CALM}' WHERE account_id = $1`, [
      aurora.id,
    ]);
    const seen = await colleague.client.graphql<{ employerProposals: EmployerProposalData[] }>(
      EMPLOYER_PROPOSALS,
      { opportunityId },
    );
    expect(seen.data?.employerProposals).toEqual([
      {
        id: proposed.id,
        status: 'ACCEPTED',
        employerMessage: null,
        opportunity: { id: opportunityId },
        candidate: {
          name: 'Aurora Forslagsen',
          email: null,
          age: null,
          homeMunicipalityCode: null,
          programmeCodes: null,
          tradeCodes: null,
          strengths: ['CREATIVE', 'SOCIAL'],
          adaptationsNeeded: null,
        },
      },
    ]);
    expect(Object.keys((await rowOf(proposed.id))?.shared_snapshot ?? {}).sort()).toEqual([
      'name',
      'strengths',
    ]);
    const audit = await db.query<{ actor_id: string; action: string; outcome: string }>(
      `SELECT actor_id, action, outcome FROM audit_event WHERE youth_id = $1 AND actor_id = $2`,
      [aurora.id, colleague.id],
    );
    expect(audit.rows).toEqual([
      { actor_id: colleague.id, action: 'VIEW_PROFILE', outcome: 'ALLOWED' },
    ]);
    // Another employer sees nothing of it.
    const other = await otherEmployer.client.graphql<{ employerProposals: unknown[] }>(
      EMPLOYER_PROPOSALS,
    );
    expect(other.data?.employerProposals).toEqual([]);

    const employerSaidYes = ok(
      await employerAnswer(employer, proposed.id, true, 'Velkommen til en prat på mandag!'),
      'answerProposalAsEmployer',
    );
    expect(employerSaidYes).toMatchObject({
      status: 'EMPLOYER_ACCEPTED',
      employerMessage: 'Velkommen til en prat på mandag!',
    });
    expect(await notificationsOf(aurora)).toContainEqual(
      expect.objectContaining({ kind: 'PROPOSAL_EMPLOYER_ANSWERED', proposalId: proposed.id }),
    );
    expect(await notificationsOf(coordinator)).toContainEqual(
      expect.objectContaining({
        kind: 'PROPOSAL_EMPLOYER_ANSWERED',
        proposalId: proposed.id,
        youthId: aurora.id,
      }),
    );

    const placed = ok(
      await coordinator.client.graphql<{ markProposalPlaced: ProposalData }>(PLACED, {
        id: proposed.id,
      }),
      'markProposalPlaced',
    );
    expect(placed.status).toBe('PLACED');
    expect(placed.history.map((event) => `${event.status}:${event.actorRole}`)).toEqual([
      'PROPOSED:COUNSELLOR',
      'ACCEPTED:YOUTH',
      'EMPLOYER_ACCEPTED:EMPLOYER',
      'PLACED:COUNSELLOR',
    ]);
    expect(await notificationsOf(aurora)).toContainEqual(
      expect.objectContaining({ kind: 'PROPOSAL_PLACED', proposalId: proposed.id }),
    );
    // The goal is reached: follow-up starts on the caseload.
    const caseload = await db.query<{ goal_kind: string; goal_reached_at: Date | null }>(
      `SELECT goal_kind, goal_reached_at FROM caseload WHERE youth_id = $1 AND ended_at IS NULL`,
      [aurora.id],
    );
    expect(caseload.rows[0]?.goal_kind).toBe('APPRENTICESHIP');
    expect(caseload.rows[0]?.goal_reached_at).not.toBeNull();
    const forYouth = await coordinator.client.graphql<{ proposalsForYouth: ProposalData[] }>(
      FOR_YOUTH,
      { youthId: aurora.id },
    );
    expect(forYouth.data?.proposalsForYouth.map((item) => item.status)).toEqual(['PLACED']);
  });

  it('refuses illegal moves with a typed error and changes nothing', async () => {
    const birk = await youth('Birk Nei');
    const cato = await youth('Cato Annen');
    await follow(birk.id, coordinator);
    const opportunityId = await insertOpportunity({ kind: 'SIMPLE_JOB' });
    const proposed = ok(await propose(coordinator, birk.id, opportunityId), 'proposeMatch');
    const before = await rowOf(proposed.id);

    // The employer cannot see or answer it yet; another youth cannot answer it; nobody can place it.
    expect(codeOf(await employerAnswer(employer, proposed.id, true, 'Ja takk'))).toBe('NOT_FOUND');
    expect(codeOf(await answer(cato, proposed.id, true))).toBe('NOT_FOUND');
    expect(codeOf(await coordinator.client.graphql(PLACED, { id: proposed.id }))).toBe(
      'ILLEGAL_PROPOSAL_STATUS_CHANGE',
    );
    expect(codeOf(await answer(coordinator, proposed.id, true))).toBe('FORBIDDEN');
    expect(await rowOf(proposed.id)).toEqual(before);

    ok(
      await answer(birk, proposed.id, false, {
        declineReason: 'TOO_FAR',
        note: 'Buss tar for lang tid',
      }),
      'answerProposal',
    );
    expect(codeOf(await answer(birk, proposed.id, true))).toBe('ILLEGAL_PROPOSAL_STATUS_CHANGE');
    expect(codeOf(await coordinator.client.graphql(WITHDRAW, { id: proposed.id }))).toBe(
      'ILLEGAL_PROPOSAL_STATUS_CHANGE',
    );
    expect(codeOf(await employerAnswer(employer, proposed.id, true, 'Ja takk'))).toBe('NOT_FOUND');
    const declined = await rowOf(proposed.id);
    expect(declined).toMatchObject({ status: 'DECLINED', events: 2 });
    const mine = await birk.client.graphql<{ myProposals: ProposalData[] }>(MY_PROPOSALS);
    expect(mine.data?.myProposals[0]).toMatchObject({
      status: 'DECLINED',
      declineReason: 'TOO_FAR',
    });
    expect(await notificationsOf(coordinator)).toContainEqual(
      expect.objectContaining({
        kind: 'PROPOSAL_ANSWERED',
        proposalId: proposed.id,
        text: expect.stringContaining('Birk Nei takket nei') as string,
      }),
    );

    // A new proposal for the same place is fine once the first is closed; the employer declines it.
    const again = ok(await propose(coordinator, birk.id, opportunityId), 'proposeMatch');
    ok(await answer(birk, again.id, true, { sharedFields: [] }), 'answerProposal');
    expect(codeOf(await otherEmployer.client.graphql(PLACED, { id: again.id }))).toBe('NOT_FOUND');
    ok(
      await employerAnswer(colleague, again.id, false, 'Vi har fått nok folk nå, lykke til!'),
      'answerProposalAsEmployer',
    );
    expect(codeOf(await employerAnswer(employer, again.id, true, 'Likevel ja'))).toBe(
      'ILLEGAL_PROPOSAL_STATUS_CHANGE',
    );
    expect(codeOf(await employer.client.graphql(PLACED, { id: again.id }))).toBe(
      'ILLEGAL_PROPOSAL_STATUS_CHANGE',
    );
    expect(await rowOf(again.id)).toMatchObject({ status: 'EMPLOYER_DECLINED', events: 3 });
    // Anonymous: nothing shared, so the employer reads no personal detail at all.
    const seen = await employer.client.graphql<{ employerProposals: EmployerProposalData[] }>(
      EMPLOYER_PROPOSALS,
      { opportunityId },
    );
    expect(seen.data?.employerProposals).toHaveLength(1);
    expect(
      Object.values(seen.data?.employerProposals[0]?.candidate ?? {}).every((v) => v === null),
    ).toBe(true);

    // Withdrawing: only before the answer, and the youth hears of it.
    const third = ok(
      await propose(coordinator, birk.id, await insertOpportunity()),
      'proposeMatch',
    );
    const withdrawn = ok(
      await coordinator.client.graphql<{ withdrawProposal: ProposalData }>(WITHDRAW, {
        id: third.id,
      }),
      'withdrawProposal',
    );
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await notificationsOf(birk)).toContainEqual(
      expect.objectContaining({ kind: 'PROPOSAL_WITHDRAWN', proposalId: third.id }),
    );
    expect(codeOf(await answer(birk, third.id, true))).toBe('ILLEGAL_PROPOSAL_STATUS_CHANGE');
  });

  it('refuses a young person outside the caseload (audited as denied), a closed place and a duplicate', async () => {
    const dina = await youth('Dina Utenfor');
    await follow(dina.id, otherCoordinator);
    const opportunityId = await insertOpportunity();

    const refused = await propose(coordinator, dina.id, opportunityId);
    expect(codeOf(refused)).toBe('NOT_FOUND');
    expect(reasonOf(refused)).toBe('YOUTH_NOT_FOLLOWED');
    expect(refused.errors?.[0]?.message).toMatch(/bare foreslå noe for ungdommer du følger opp/);
    const denied = await db.query<{ action: string; outcome: string }>(
      `SELECT action, outcome FROM audit_event WHERE youth_id = $1 AND actor_id = $2`,
      [dina.id, coordinator.id],
    );
    expect(denied.rows).toEqual([{ action: 'PROPOSE_MATCH', outcome: 'DENIED' }]);
    // A school counsellor, the youth herself and an employer are refused too.
    expect(codeOf(await propose(schoolCounsellor, dina.id, opportunityId))).toBe('NOT_FOUND');
    expect(codeOf(await propose(dina, dina.id, opportunityId))).toBe('NOT_FOUND');
    expect(codeOf(await propose(employer, dina.id, opportunityId))).toBe('NOT_FOUND');
    expect(codeOf(await coordinator.client.graphql(FOR_YOUTH, { youthId: dina.id }))).toBe(
      'NOT_FOUND',
    );

    for (const status of ['CLOSED', 'DRAFT', 'ARCHIVED'] as const) {
      const closed = await propose(otherCoordinator, dina.id, await insertOpportunity({ status }));
      expect(codeOf(closed)).toBe('OPPORTUNITY_CLOSED');
      expect(closed.errors?.[0]?.message).toMatch(/^Muligheten er stengt/);
    }
    const bad = await propose(otherCoordinator, dina.id, opportunityId, 'Kort');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const { rows } = await db.query('SELECT 1 FROM match_proposal WHERE youth_id = $1', [dina.id]);
    expect(rows).toEqual([]);

    ok(await propose(otherCoordinator, dina.id, opportunityId), 'proposeMatch');
    expect(codeOf(await propose(otherCoordinator, dina.id, opportunityId))).toBe(
      'ALREADY_PROPOSED',
    );

    // Closed after the proposal: the youth can still say no, but not yes.
    const later = await insertOpportunity();
    const pending = ok(await propose(otherCoordinator, dina.id, later), 'proposeMatch');
    await db.query(`UPDATE opportunity SET status = 'CLOSED' WHERE id = $1`, [later]);
    expect(codeOf(await answer(dina, pending.id, true, { sharedFields: ['NAME'] }))).toBe(
      'OPPORTUNITY_CLOSED',
    );
    expect(await rowOf(pending.id)).toMatchObject({ status: 'PROPOSED', events: 1 });
  });

  it('ranks opportunities for the young person and says what the ranking is based on', async () => {
    const erik = await youth('Erik Rangert');
    await follow(erik.id, coordinator);
    const opportunityId = await insertOpportunity();
    ok(await propose(coordinator, erik.id, opportunityId), 'proposeMatch');

    type ListData = {
      opportunitiesForYouth: {
        basis: string;
        items: { alreadyProposed: boolean; opportunity: { id: string; kind: string } }[];
      };
    };
    const first = ok(
      await coordinator.client.graphql<ListData>(OPPORTUNITIES_FOR_YOUTH, { youthId: erik.id }),
      'opportunitiesForYouth',
    );
    expect(first.basis).toBe('LOCAL_DEMAND');
    const item = first.items.find((candidate) => candidate.opportunity.id === opportunityId);
    expect(item).toMatchObject({ alreadyProposed: true, opportunity: { kind: 'APPRENTICESHIP' } });
    expect(first.items.some((candidate) => !candidate.alreadyProposed)).toBe(true);

    await db.query(
      `INSERT INTO strength_mapping (youth_id, interests, strengths, adaptations, updated_at)
       VALUES ($1, '{frisor}', '{CREATIVE}', '{}', now())`,
      [erik.id],
    );
    const mapped = ok(
      await coordinator.client.graphql<ListData>(OPPORTUNITIES_FOR_YOUTH, { youthId: erik.id }),
      'opportunitiesForYouth',
    );
    expect(mapped.basis).toBe('STRENGTH_MAPPING');
    await db.query(
      `INSERT INTO youth_profile (account_id, programme_codes, trade_codes, strengths, adaptations_needed)
       VALUES ($1, '{}', '{frisor}', '{}', '{}')`,
      [erik.id],
    );
    const profiled = ok(
      await coordinator.client.graphql<ListData>(OPPORTUNITIES_FOR_YOUTH, { youthId: erik.id }),
      'opportunitiesForYouth',
    );
    expect(profiled.basis).toBe('MATCHING_PROFILE');
    expect(profiled.items.length).toBeGreaterThan(0);

    expect(
      codeOf(await otherCoordinator.client.graphql(OPPORTUNITIES_FOR_YOUTH, { youthId: erik.id })),
    ).toBe('NOT_FOUND');
  });

  it('computes the 8-week list from real timestamps: 56 days, offers reset the wait, oldest first, lead sees the office', async () => {
    // Noon UTC today is the same date in Oslo, whatever the offset: day counts are exact.
    const now = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00.000Z`);
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
    jest.spyOn(clock, 'now').mockReturnValue(now);
    // A fresh office, so earlier tests' caseloads do not count.
    office = await insertNavOffice(db, 'NAV Åtte uker');
    const k1 = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Åse Én' });
    await joinOrganisation(db, k1.id, 'COORDINATOR', office);
    const k2 = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Tor To' });
    await joinOrganisation(db, k2.id, 'COORDINATOR', office);
    const officeLead = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Lars Leder',
    });
    await joinOrganisation(db, officeLead.id, 'OFFICE_LEAD', office);

    const at56 = await youth('Ung 56 dager');
    await follow(at56.id, k1, ago(56));
    const at55 = await youth('Ung 55 dager');
    await follow(at55.id, k1, ago(55));
    const longAgo = await youth('Ung 70 dager');
    await follow(longAgo.id, k1, ago(70));
    // An intake request before the caseload: the wait starts there.
    const intake = await youth('Ung med henvendelse');
    await follow(intake.id, k1, ago(40));
    await db.query(
      `INSERT INTO intake_request (youth_id, answers, priority, status, nav_office_id, coordinator_id, created_at)
       VALUES ($1, '{}', 'NORMAL', 'ROUTED', $2, $3, $4)`,
      [intake.id, office, k1.id, ago(90)],
    );
    // A proposal 30 days ago resets a long wait.
    const proposedTo = await youth('Ung med forslag');
    await follow(proposedTo.id, k1, ago(100));
    jest.spyOn(clock, 'now').mockReturnValue(ago(30));
    ok(await propose(k1, proposedTo.id, await insertOpportunity()), 'proposeMatch');
    // An offer on an application 60 days ago: waiting since then.
    const offered = await youth('Ung med tilbud');
    await follow(offered.id, k1, ago(200));
    const application = await db.query<{ id: string }>(
      `INSERT INTO application (opportunity_id, youth_id, motivation, status, applied_at, status_changed_at)
       VALUES ($1, $2, 'Jeg vil gjerne lære faget.', 'OFFERED', $3, $4) RETURNING id`,
      [await insertOpportunity(), offered.id, ago(65), ago(60)],
    );
    await db.query(
      `INSERT INTO application_status_change (application_id, from_status, to_status, changed_by_role, changed_at)
       VALUES ($1, 'RECEIVED', 'OFFERED', 'EMPLOYER', $2)`,
      [application.rows[0]?.id, ago(60)],
    );
    // Another coordinator's young person: the lead sees her, k1 does not.
    const ofK2 = await youth('Ung hos Tor');
    await follow(ofK2.id, k2, ago(80));
    // A follow-up that has ended is off the list.
    const ended = await youth('Ung avsluttet');
    await follow(ended.id, k1, ago(300));
    await db.query(`UPDATE caseload SET ended_at = $2 WHERE youth_id = $1`, [ended.id, ago(10)]);
    jest.spyOn(clock, 'now').mockReturnValue(now);

    const own = ok(
      await k1.client.graphql<{ eightWeekList: EightWeekData[] }>(EIGHT_WEEKS),
      'eightWeekList',
    );
    expect(own.map((entry) => [entry.youthName, entry.daysWaited, entry.lastOfferKind])).toEqual([
      ['Ung med henvendelse', 90, null],
      ['Ung 70 dager', 70, null],
      ['Ung med tilbud', 60, 'APPLICATION_OFFER'],
      ['Ung 56 dager', 56, null],
    ]);
    expect(own[0]?.coordinatorName).toBe('Åse Én');
    const audited = await db.query<{ youth_id: string }>(
      `SELECT youth_id FROM audit_event WHERE actor_id = $1 AND action = 'VIEW_EIGHT_WEEK_LIST'`,
      [k1.id],
    );
    expect(audited.rows.map((row) => row.youth_id).sort()).toEqual(
      [intake.id, longAgo.id, offered.id, at56.id].sort(),
    );

    const office_ = ok(
      await officeLead.client.graphql<{ eightWeekList: EightWeekData[] }>(EIGHT_WEEKS),
      'eightWeekList',
    );
    expect(office_.map((entry) => entry.youthName)).toEqual([
      'Ung med henvendelse',
      'Ung hos Tor',
      'Ung 70 dager',
      'Ung med tilbud',
      'Ung 56 dager',
    ]);
    const ofTor = ok(
      await k2.client.graphql<{ eightWeekList: EightWeekData[] }>(EIGHT_WEEKS),
      'eightWeekList',
    );
    expect(ofTor.map((entry) => entry.youthName)).toEqual(['Ung hos Tor']);

    // One more day: the 55-day wait reaches 8 weeks; a new proposal takes someone off.
    // The test clock moves a day ahead; the sessions must outlive it.
    await db.query(`UPDATE session SET expires_at = now() + interval '7 days'`);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(now.getTime() + DAY_MS));
    ok(await propose(k1, longAgo.id, await insertOpportunity()), 'proposeMatch');
    const tomorrow = ok(
      await k1.client.graphql<{ eightWeekList: EightWeekData[] }>(EIGHT_WEEKS),
      'eightWeekList',
    );
    expect(tomorrow.map((entry) => [entry.youthName, entry.daysWaited])).toEqual([
      ['Ung med henvendelse', 91],
      ['Ung med tilbud', 61],
      ['Ung 56 dager', 57],
      ['Ung 55 dager', 56],
    ]);

    expect(codeOf(await schoolCounsellor.client.graphql(EIGHT_WEEKS))).toBe('NO_ORGANISATION');
    expect(codeOf(await employer.client.graphql(EIGHT_WEEKS))).toBe('NO_ORGANISATION');
    expect(codeOf(await api.client().graphql(EIGHT_WEEKS))).toBe('UNAUTHENTICATED');
  });
});
