import { findTrade } from '@akselerator/domain';
import { Client } from 'pg';
import { signedInYouths, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  ACCEPT_OFFER,
  APPLICATION,
  APPLICATIONS_FOR_OPPORTUNITY,
  APPLY_TO_OPPORTUNITY,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  MOVE_APPLICATION,
  MY_APPLICATIONS,
  OPPORTUNITY_APPLICATIONS_SUMMARY,
  PUBLISH,
  SIGN_UP,
  WITHDRAW_APPLICATION,
  type ApplicationData,
  type GraphQLResponseOf,
} from '../../test/operations';
import { Clock } from '../common/clock';

interface SignedUp {
  signUp: { id: string; employer: { id: string } };
}
interface Youth {
  id: string;
  client: TestClient;
}
type Answer = GraphQLResponseOf<Record<string, ApplicationData>>;

const NOTIFICATIONS = /* GraphQL */ `
  query {
    myNotifications(latest: 20) {
      kind
      text
      applicationId
    }
  }
`;
interface NotificationsData {
  myNotifications: { kind: string; text: string; applicationId: string | null }[];
}

const MOTIVATION = 'Jeg liker å jobbe med hendene og vil gjerne lære faget hos dere.';
const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
  answer.errors?.[0]?.extensions?.code;

/** The data of an answer that must have succeeded; fails the test with the errors otherwise. */
function ok(answer: Answer, field: string): ApplicationData {
  const data = answer.data?.[field];
  if (!data) throw new Error(`${field} failed: ${JSON.stringify(answer.errors)}`);
  return data;
}

describe('Applications', () => {
  let api: TestApi;
  let db: Client;
  let clock: Clock;
  let employer: TestClient;
  let employerAccountId: string;
  let employerId: string;
  let otherEmployer: TestClient;
  let otherEmployerId: string;
  let youths: Youth[];
  let serial = 0;

  const youth = (index: number): Youth => {
    const found = youths[index];
    if (!found) throw new Error(`no youth ${index}`);
    return found;
  };

  /** Apprenticeships and simple jobs straight into the table, as their create mutations would. */
  const insertOpportunity = async (
    options: {
      kind?: 'APPRENTICESHIP' | 'SIMPLE_JOB' | 'HOSPITERING';
      status?: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
      places?: number | null;
      deadline?: string | null;
      owner?: string;
    } = {},
  ): Promise<string> => {
    const kind = options.kind ?? 'APPRENTICESHIP';
    const trade = findTrade('frisor');
    if (!trade) throw new Error('frisor is not a trade');
    serial += 1;
    const deadline = options.deadline === undefined ? daysFromToday(30) : options.deadline;
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
        `Lærling som frisør ${serial}`,
        trade.programmeCode,
        trade.code,
        kind === 'APPRENTICESHIP' ? (options.places === undefined ? 2 : options.places) : null,
        kind === 'APPRENTICESHIP' ? daysFromToday(90) : null,
        kind === 'HOSPITERING' ? null : deadline,
        kind === 'SIMPLE_JOB' ? 6 : null,
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('no opportunity inserted');
    return id;
  };

  const apply = (
    who: Youth | TestClient,
    opportunityId: string,
    sharedFields: string[] = ['NAME'],
    motivation = MOTIVATION,
  ): Promise<Answer> =>
    ('client' in who ? who.client : who).graphql(APPLY_TO_OPPORTUNITY, {
      input: { opportunityId, motivation, sharedFields },
    });
  const move = (
    client: TestClient,
    id: string,
    status: string,
    declineReason?: string,
  ): Promise<Answer> => client.graphql(MOVE_APPLICATION, { input: { id, status, declineReason } });
  const moveOk = async (id: string, status: string, declineReason?: string) =>
    ok(await move(employer, id, status, declineReason), 'moveApplication');
  const notificationsOf = async (client: TestClient) =>
    (await client.graphql<NotificationsData>(NOTIFICATIONS)).data?.myNotifications ?? [];

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    clock = api.app.get(Clock);
    employer = api.client();
    const signedUp = await employer.graphql<SignedUp>(SIGN_UP, {
      input: employerSignUp('soknad'),
    });
    employerAccountId = signedUp.data?.signUp.id ?? '';
    employerId = signedUp.data?.signUp.employer.id ?? '';
    otherEmployer = api.client();
    const other = await otherEmployer.graphql<SignedUp>(SIGN_UP, {
      input: employerSignUp('soknad-annen'),
    });
    otherEmployerId = other.data?.signUp.employer.id ?? '';
    youths = await signedInYouths(api, 8);
    // The test clock moves days ahead; the sessions must outlive it.
    await db.query(`UPDATE session SET expires_at = now() + interval '60 days'`);
    await db.query(
      `INSERT INTO youth_profile (account_id, programme_codes, trade_codes, strengths, adaptations_needed,
         home_municipality_code, birth_date)
       VALUES ($1, '{}', '{frisor}', '{CREATIVE,SOCIAL}', '{SHORT_DAYS}', '4204', '2010-03-01')`,
      [youth(0).id],
    );
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('shows the employer exactly the fields the youth chose to share, as they were when applying', async () => {
    const opportunityId = await insertOpportunity();
    const applied = ok(
      await apply(youth(0), opportunityId, ['STRENGTHS', 'NAME', 'AGE']),
      'applyToOpportunity',
    );
    expect(applied).toMatchObject({
      status: 'RECEIVED',
      sharedFields: ['NAME', 'AGE', 'STRENGTHS'],
      motivation: MOTIVATION,
      declineReason: null,
    });
    await db.query(`UPDATE youth_profile SET strengths = '{CALM}' WHERE account_id = $1`, [
      youth(0).id,
    ]);
    await db.query(`UPDATE account SET display_name = 'Nytt navn' WHERE id = $1`, [youth(0).id]);

    const seen = await employer.graphql<{ applicationsForOpportunity: ApplicationData[] }>(
      APPLICATIONS_FOR_OPPORTUNITY,
      { opportunityId },
    );
    expect(seen.data?.applicationsForOpportunity).toHaveLength(1);
    expect(seen.data?.applicationsForOpportunity[0]?.applicant).toEqual({
      name: 'Elev 0',
      email: null,
      age: expect.any(Number) as number,
      homeMunicipalityCode: null,
      homeMunicipalityName: null,
      programmeCodes: null,
      tradeCodes: null,
      strengths: ['CREATIVE', 'SOCIAL'],
      adaptationsNeeded: null,
    });
    const age = seen.data?.applicationsForOpportunity[0]?.applicant.age ?? 0;
    expect(age).toBeGreaterThanOrEqual(15);
    expect(age).toBeLessThanOrEqual(18);
    // Nothing but what was chosen is even stored.
    const { rows } = await db.query<{ shared_snapshot: Record<string, unknown> }>(
      'SELECT shared_snapshot FROM application WHERE id = $1',
      [applied.id],
    );
    expect(Object.keys(rows[0]?.shared_snapshot ?? {}).sort()).toEqual([
      'age',
      'name',
      'strengths',
    ]);
    await db.query(`UPDATE account SET display_name = 'Elev 0' WHERE id = $1`, [youth(0).id]);

    // The employer's read is in the audit log the youth can see; the youth's own reads are not.
    await youth(0).client.graphql(APPLICATION, { id: applied.id });
    const audit = await db.query<{ action: string; purpose: string; actor_id: string }>(
      'SELECT action, purpose, actor_id FROM audit_event WHERE youth_id = $1',
      [youth(0).id],
    );
    expect(audit.rows).toEqual([
      {
        action: 'VIEW_PROFILE',
        purpose: expect.stringMatching(/^Søknad på «Lærling som frisør \d+»$/) as string,
        actor_id: employerAccountId,
      },
    ]);
  });

  it('lets a youth share nothing, and tells the employer about the new application', async () => {
    const opportunityId = await insertOpportunity({ kind: 'SIMPLE_JOB' });
    const applied = ok(await apply(youth(1), opportunityId, []), 'applyToOpportunity');
    expect(applied.applicant).toEqual({
      name: null,
      email: null,
      age: null,
      homeMunicipalityCode: null,
      homeMunicipalityName: null,
      programmeCodes: null,
      tradeCodes: null,
      strengths: null,
      adaptationsNeeded: null,
    });
    expect(applied.opportunity.kind).toBe('SIMPLE_JOB');
    const notices = await notificationsOf(employer);
    expect(notices).toContainEqual({
      kind: 'APPLICATION_RECEIVED',
      applicationId: applied.id,
      text: expect.stringMatching(/^En søker har søkt på «Lærling som frisør \d+»/) as string,
    });
  });

  it('takes applications to an apprenticeship created and published through the API', async () => {
    const created = await employer.graphql<{ createApprenticeship: { id: string } }>(
      /* GraphQL */ `
        mutation Create($input: CreateApprenticeshipInput!) {
          createApprenticeship(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          title: 'Lærling i elektrikerfaget',
          description: 'Elektrofirma på Sørlandsparken med egen lærlingansvarlig.',
          tasks: 'Installasjon i bolig og næringsbygg sammen med en erfaren montør.',
          tradeCode: 'elektriker',
          address: hospiteringInput().address,
          places: 1,
          startDate: daysFromToday(200),
          applicationDeadline: daysFromToday(60),
          requirements: 'Bestått Vg2 elektro.',
          adaptationsOffered: [],
          strengthsSought: ['HANDS_ON'],
        },
      },
    );
    const opportunityId = created.data?.createApprenticeship.id ?? '';
    expect(codeOf(await apply(youth(4), opportunityId))).toBe('NOT_FOUND');
    expect(codeOf(await employer.graphql(PUBLISH, { id: opportunityId }))).toBeUndefined();
    const applied = ok(await apply(youth(4), opportunityId), 'applyToOpportunity');
    expect(applied.opportunity).toEqual({
      id: opportunityId,
      title: 'Lærling i elektrikerfaget',
      kind: 'APPRENTICESHIP',
    });
    const page = await youth(4).client.graphql<{
      opportunity: { myApplication: { id: string; status: string } | null };
    }>(OPPORTUNITY_APPLICATIONS_SUMMARY, { id: opportunityId });
    expect(page.data?.opportunity.myApplication).toEqual({ id: applied.id, status: 'RECEIVED' });
    ok(
      await youth(4).client.graphql(WITHDRAW_APPLICATION, { id: applied.id }),
      'withdrawApplication',
    );
  });

  it('refuses a second application to the same opportunity', async () => {
    const opportunityId = await insertOpportunity();
    ok(await apply(youth(2), opportunityId), 'applyToOpportunity');
    expect(codeOf(await apply(youth(2), opportunityId))).toBe('ALREADY_APPLIED');
    // Two at once: the unique index decides, and the loser hears the same answer.
    const racing = await insertOpportunity();
    const answers = await Promise.all([apply(youth(2), racing), apply(youth(2), racing)]);
    expect(answers.map((answer) => codeOf(answer) ?? 'OK').sort()).toEqual([
      'ALREADY_APPLIED',
      'OK',
    ]);
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM application WHERE opportunity_id = $1',
      [racing],
    );
    expect(rows[0]?.count).toBe(1);
  });

  it('refuses hospitering, drafts, closed places, bad input and anyone but a youth', async () => {
    expect(codeOf(await apply(youth(3), await insertOpportunity({ kind: 'HOSPITERING' })))).toBe(
      'NOT_APPLICABLE',
    );
    expect(codeOf(await apply(youth(3), await insertOpportunity({ status: 'CLOSED' })))).toBe(
      'NOT_APPLICABLE',
    );
    expect(codeOf(await apply(youth(3), await insertOpportunity({ status: 'DRAFT' })))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await apply(youth(3), '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    const published = await insertOpportunity();
    const short = await apply(youth(3), published, ['NAME'], 'Hei');
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'motivation',
    });
    const unknownField = await apply(youth(3), published, ['PASSWORD']);
    expect(codeOf(unknownField)).toBe('BAD_USER_INPUT');
    expect(codeOf(await apply(employer, published))).toBe('FORBIDDEN');
    expect(codeOf(await apply(api.client(), published))).toBe('UNAUTHENTICATED');
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM application WHERE youth_id = $1',
      [youth(3).id],
    );
    expect(rows[0]?.count).toBe(0);
  });

  it('accepts applications up to and including the deadline day (Oslo), none after', async () => {
    const deadline = daysFromToday(3);
    const opportunityId = await insertOpportunity({ deadline });
    // Late in the evening of the deadline day in Oslo (UTC+1/+2), still on time.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${deadline}T21:30:00Z`));
    ok(await apply(youth(3), opportunityId), 'applyToOpportunity');
    // Past midnight in Oslo: the day after the deadline.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${daysFromToday(4)}T00:30:00Z`));
    const late = await apply(youth(4), opportunityId);
    expect(codeOf(late)).toBe('APPLICATION_DEADLINE_PASSED');
    expect(late.errors?.[0]?.message).toMatch(/Søknadsfristen har gått ut/);
  });

  it('refuses applications and offers once accepted offers fill the places', async () => {
    const opportunityId = await insertOpportunity({ places: 1 });
    const first = ok(await apply(youth(5), opportunityId), 'applyToOpportunity');
    const second = ok(await apply(youth(6), opportunityId), 'applyToOpportunity');
    await moveOk(first.id, 'OFFERED');
    const accepted = ok(
      await youth(5).client.graphql(ACCEPT_OFFER, { id: first.id }),
      'acceptOffer',
    );
    expect(accepted.status).toBe('ACCEPTED');
    expect(codeOf(await apply(youth(7), opportunityId))).toBe('PLACES_FILLED');
    expect(codeOf(await move(employer, second.id, 'OFFERED'))).toBe('PLACES_FILLED');
    // The employer can still answer the others, with a reason.
    const declined = await moveOk(second.id, 'DECLINED', 'PLACES_TAKEN');
    expect(declined.declineMessage).toMatch(/Plassene er dessverre gitt til andre søkere/);
    const notices = await notificationsOf(employer);
    // The last place taken: the employer is reminded that one applicant still waits for an answer.
    expect(notices).toContainEqual(
      expect.objectContaining({
        kind: 'APPLICATION_ACCEPTED',
        applicationId: first.id,
        text: expect.stringMatching(/husk å gi den andre søkeren et svar/) as string,
      }),
    );
  });

  it('gives the last place to exactly one of two youths accepting at once', async () => {
    const opportunityId = await insertOpportunity({ places: 1 });
    const [a, b] = [youth(1), youth(2)];
    const applied = await Promise.all(
      [a, b].map(async (who) => ok(await apply(who, opportunityId), 'applyToOpportunity')),
    );
    for (const application of applied) await moveOk(application.id, 'OFFERED');
    const answers = await Promise.all([
      a.client.graphql(ACCEPT_OFFER, { id: applied[0]?.id }),
      b.client.graphql(ACCEPT_OFFER, { id: applied[1]?.id }),
    ]);
    expect(answers.map((answer) => codeOf(answer) ?? 'OK').sort()).toEqual(['OK', 'PLACES_FILLED']);
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM application WHERE opportunity_id = $1 AND status = 'ACCEPTED'`,
      [opportunityId],
    );
    expect(rows[0]?.count).toBe(1);
  });

  it("answers another employer and another youth as if someone else's application did not exist", async () => {
    const opportunityId = await insertOpportunity();
    const mine = ok(await apply(youth(4), opportunityId), 'applyToOpportunity');
    const stranger = youth(5).client;
    const unknown = '00000000-0000-4000-8000-000000000000';

    for (const client of [otherEmployer, stranger]) {
      const seen = await client.graphql(APPLICATION, { id: mine.id });
      const missing = await client.graphql(APPLICATION, { id: unknown });
      expect(codeOf(seen)).toBe('NOT_FOUND');
      expect(seen.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
      expect(seen.data).toBeNull();
    }
    expect(codeOf(await move(otherEmployer, mine.id, 'IN_REVIEW'))).toBe('NOT_FOUND');
    expect(
      codeOf(await otherEmployer.graphql(APPLICATIONS_FOR_OPPORTUNITY, { opportunityId })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await stranger.graphql(WITHDRAW_APPLICATION, { id: mine.id }))).toBe('NOT_FOUND');
    expect(codeOf(await stranger.graphql(ACCEPT_OFFER, { id: mine.id }))).toBe('NOT_FOUND');
    expect(codeOf(await youth(4).client.graphql(APPLICATION, { id: mine.id }))).toBeUndefined();
    expect(codeOf(await employer.graphql(APPLICATION, { id: mine.id }))).toBeUndefined();

    // The count on the opportunity is for its own employer only; a youth sees their own application.
    type Summary = {
      opportunity: { applicationsCount: number | null; myApplication: { id: string } | null };
    };
    const own = await employer.graphql<Summary>(OPPORTUNITY_APPLICATIONS_SUMMARY, {
      id: opportunityId,
    });
    expect(own.data?.opportunity).toMatchObject({ applicationsCount: 1, myApplication: null });
    const forApplicant = await youth(4).client.graphql<Summary>(OPPORTUNITY_APPLICATIONS_SUMMARY, {
      id: opportunityId,
    });
    expect(forApplicant.data?.opportunity).toMatchObject({
      applicationsCount: null,
      myApplication: { id: mine.id },
    });
    const forStranger = await stranger.graphql<Summary>(OPPORTUNITY_APPLICATIONS_SUMMARY, {
      id: opportunityId,
    });
    expect(forStranger.data?.opportunity).toMatchObject({
      applicationsCount: null,
      myApplication: null,
    });
    const forOtherEmployer = await otherEmployer.graphql<Summary>(
      OPPORTUNITY_APPLICATIONS_SUMMARY,
      { id: opportunityId },
    );
    expect(forOtherEmployer.data?.opportunity.applicationsCount).toBeNull();
    expect(otherEmployerId).not.toBe(employerId);
  });

  it('refuses illegal moves: backwards, accepting for the youth, from final states, declining without a reason', async () => {
    const opportunityId = await insertOpportunity();
    const application = ok(await apply(youth(6), opportunityId), 'applyToOpportunity');
    expect(codeOf(await youth(6).client.graphql(ACCEPT_OFFER, { id: application.id }))).toBe(
      'ILLEGAL_STATUS_CHANGE',
    );
    await moveOk(application.id, 'INTERVIEW');
    expect(codeOf(await move(employer, application.id, 'IN_REVIEW'))).toBe('ILLEGAL_STATUS_CHANGE');
    expect(codeOf(await move(employer, application.id, 'INTERVIEW'))).toBe('ILLEGAL_STATUS_CHANGE');
    expect(codeOf(await move(employer, application.id, 'ACCEPTED'))).toBe('ILLEGAL_STATUS_CHANGE');
    expect(codeOf(await move(employer, application.id, 'WITHDRAWN'))).toBe('ILLEGAL_STATUS_CHANGE');
    const noReason = await move(employer, application.id, 'DECLINED');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'declineReason',
    });
    const reasonWithoutDecline = await move(employer, application.id, 'OFFERED', 'PLACES_TAKEN');
    expect(reasonWithoutDecline.errors?.[0]?.extensions?.field).toBe('declineReason');
    expect(
      codeOf(
        await youth(6).client.graphql(MOVE_APPLICATION, {
          input: { id: application.id, status: 'OFFERED' },
        }),
      ),
    ).toBe('FORBIDDEN');

    const declined = await moveOk(application.id, 'DECLINED', 'REQUIREMENTS_NOT_MET');
    expect(declined.status).toBe('DECLINED');
    expect(codeOf(await move(employer, application.id, 'OFFERED'))).toBe('ILLEGAL_STATUS_CHANGE');
    expect(
      codeOf(await youth(6).client.graphql(WITHDRAW_APPLICATION, { id: application.id })),
    ).toBe('ILLEGAL_STATUS_CHANGE');
    // A declined application is final: applying again is refused, not re-opened.
    expect(codeOf(await apply(youth(6), opportunityId))).toBe('ALREADY_APPLIED');

    // The youth sees the status and the reason, in words they can act on.
    const mine = await youth(6).client.graphql<{ myApplications: ApplicationData[] }>(
      MY_APPLICATIONS,
    );
    expect(mine.data?.myApplications.find((item) => item.id === application.id)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'REQUIREMENTS_NOT_MET',
      declineMessage: expect.stringMatching(/snakk med veilederen din/) as string,
    });
    const notices = await notificationsOf(youth(6).client);
    expect(notices.filter((notice) => notice.applicationId === application.id)).toEqual([
      expect.objectContaining({
        kind: 'APPLICATION_STATUS_CHANGED',
        text: expect.stringMatching(/vil gjerne møte deg/) as string,
      }),
      expect.objectContaining({
        kind: 'APPLICATION_STATUS_CHANGED',
        text: expect.stringMatching(/snakk med veilederen din/) as string,
      }),
    ]);
  });

  it('lets the youth withdraw, and re-open by applying again before the deadline', async () => {
    const opportunityId = await insertOpportunity();
    const application = ok(await apply(youth(7), opportunityId), 'applyToOpportunity');
    await moveOk(application.id, 'IN_REVIEW');
    const withdrawn = ok(
      await youth(7).client.graphql(WITHDRAW_APPLICATION, { id: application.id }),
      'withdrawApplication',
    );
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(
      codeOf(await youth(7).client.graphql(WITHDRAW_APPLICATION, { id: application.id })),
    ).toBe('ILLEGAL_STATUS_CHANGE');
    expect(codeOf(await move(employer, application.id, 'INTERVIEW'))).toBe('ILLEGAL_STATUS_CHANGE');
    expect(await notificationsOf(employer)).toContainEqual(
      expect.objectContaining({ kind: 'APPLICATION_WITHDRAWN', applicationId: application.id }),
    );
    const counted = await employer.graphql<{ opportunity: { applicationsCount: number } }>(
      OPPORTUNITY_APPLICATIONS_SUMMARY,
      { id: opportunityId },
    );
    expect(counted.data?.opportunity.applicationsCount).toBe(0);

    const reopened = ok(
      await apply(youth(7), opportunityId, ['EMAIL'], 'Jeg angret meg – jeg vil gjerne likevel!'),
      'applyToOpportunity',
    );
    expect(reopened).toMatchObject({
      id: application.id,
      status: 'RECEIVED',
      motivation: 'Jeg angret meg – jeg vil gjerne likevel!',
      sharedFields: ['EMAIL'],
      applicant: { name: null, email: expect.stringMatching(/@skole\.example$/) as string },
    });
    expect(reopened.history.map((step) => step.toStatus)).toEqual([
      'RECEIVED',
      'IN_REVIEW',
      'WITHDRAWN',
      'RECEIVED',
    ]);
  });

  it('records every status change with who and when, in order', async () => {
    const opportunityId = await insertOpportunity();
    const at = (iso: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));
    const day = daysFromToday(1);
    at(`${day}T08:00:00.000Z`);
    const application = ok(await apply(youth(0), opportunityId), 'applyToOpportunity');
    at(`${day}T09:00:00.000Z`);
    await moveOk(application.id, 'IN_REVIEW');
    at(`${day}T10:00:00.000Z`);
    await moveOk(application.id, 'INTERVIEW');
    at(`${day}T11:00:00.000Z`);
    await moveOk(application.id, 'OFFERED');
    at(`${day}T12:00:00.000Z`);
    ok(await youth(0).client.graphql(ACCEPT_OFFER, { id: application.id }), 'acceptOffer');

    const seen = await employer.graphql<{ application: ApplicationData }>(APPLICATION, {
      id: application.id,
    });
    const byYouth = { changedById: youth(0).id, changedByRole: 'YOUTH' };
    const byEmployer = { changedById: employerAccountId, changedByRole: 'EMPLOYER' };
    expect(seen.data?.application.history).toEqual([
      {
        fromStatus: null,
        toStatus: 'RECEIVED',
        declineReason: null,
        ...byYouth,
        changedAt: `${day}T08:00:00.000Z`,
      },
      {
        fromStatus: 'RECEIVED',
        toStatus: 'IN_REVIEW',
        declineReason: null,
        ...byEmployer,
        changedAt: `${day}T09:00:00.000Z`,
      },
      {
        fromStatus: 'IN_REVIEW',
        toStatus: 'INTERVIEW',
        declineReason: null,
        ...byEmployer,
        changedAt: `${day}T10:00:00.000Z`,
      },
      {
        fromStatus: 'INTERVIEW',
        toStatus: 'OFFERED',
        declineReason: null,
        ...byEmployer,
        changedAt: `${day}T11:00:00.000Z`,
      },
      {
        fromStatus: 'OFFERED',
        toStatus: 'ACCEPTED',
        declineReason: null,
        ...byYouth,
        changedAt: `${day}T12:00:00.000Z`,
      },
    ]);
    expect(seen.data?.application).toMatchObject({
      status: 'ACCEPTED',
      appliedAt: `${day}T08:00:00.000Z`,
      statusChangedAt: `${day}T12:00:00.000Z`,
    });
    // The youth sees the same history on their own application.
    const own = await youth(0).client.graphql<{ application: ApplicationData }>(APPLICATION, {
      id: application.id,
    });
    expect(own.data?.application.history).toEqual(seen.data?.application.history);
    // Accepted is final for both sides.
    expect(
      codeOf(await youth(0).client.graphql(WITHDRAW_APPLICATION, { id: application.id })),
    ).toBe('ILLEGAL_STATUS_CHANGE');
    expect(codeOf(await move(employer, application.id, 'DECLINED', 'PLACES_TAKEN'))).toBe(
      'ILLEGAL_STATUS_CHANGE',
    );
  });
});
