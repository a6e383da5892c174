import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import {
  BOOK_SLOT,
  CONFIRM_BOOKING,
  CREATE_HOSPITERING,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
} from '../operations';
import {
  CREATE_CLASS_CODE,
  CREATE_COHORT,
  INVITE_EMPLOYER_MEMBER,
} from '../organisation-operations';
import type { GraphQLResponse, TestApi, TestClient } from '../test-api';
import { ActorClients, type ActorName, newSessionCookie } from './actors';

/** Text that belongs to one young person: it may appear only in answers to `seenBy`. */
export interface PersonalMarkers {
  /** Whose data: an actor's name, or e.g. "youthC" for a young person who is not an actor. */
  owner: string;
  texts: string[];
  seenBy: readonly ActorName[];
}

export const PASSWORD = 'Matrise-passord-som-er-langt-7';
const SCHOOL_YEAR = '2026/27';

const CREATE_APPRENTICESHIP = /* GraphQL */ `
  mutation CreateApprenticeship($input: CreateApprenticeshipInput!) {
    createApprenticeship(input: $input) {
      id
    }
  }
`;
const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyToOpportunityInput!) {
    applyToOpportunity(input: $input) {
      id
    }
  }
`;
const UPDATE_PROFILE = /* GraphQL */ `
  mutation Profile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      tradeCodes
    }
  }
`;
const ADD_SLOTS = /* GraphQL */ `
  mutation AddSlots($opportunityId: ID!, $pattern: SlotPatternInput!) {
    addSlots(opportunityId: $opportunityId, pattern: $pattern) {
      opportunity {
        slots {
          id
          date
        }
      }
    }
  }
`;
const ASSIGN = /* GraphQL */ `
  mutation Assign($youthId: ID!) {
    assignCoordinator(youthId: $youthId) {
      youthId
    }
  }
`;
const END_FOLLOW_UP = /* GraphQL */ `
  mutation End($youthId: ID!) {
    endFollowUp(youthId: $youthId) {
      endedAt
    }
  }
`;
const OPEN_OVERVIEW = /* GraphQL */ `
  query Overview($youthId: ID!) {
    youthOverview(youthId: $youthId, purpose: "Oppfølging før hospitering") {
      youthId
    }
  }
`;
const NOTIFICATIONS = /* GraphQL */ `
  query {
    myNotifications(latest: 5) {
      id
    }
  }
`;

export const OPEN_ROUND = /* GraphQL */ `
  mutation Open($input: OpenAllocationRoundInput!) {
    openAllocationRound(input: $input) {
      id
    }
  }
`;
const RANK = /* GraphQL */ `
  mutation Rank($input: RankChoicesInput!) {
    rankAllocationChoices(input: $input) {
      id
    }
  }
`;

export function apprenticeshipInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Lærling i frisørfaget',
    description: 'Salong i Markens gate med to lærlinger og egen lærlingansvarlig.',
    tasks: 'Klipp, farge og kundebehandling sammen med en erfaren frisør.',
    tradeCode: 'frisor',
    address: hospiteringInput().address,
    places: 2,
    startDate: daysFromToday(200),
    applicationDeadline: daysFromToday(60),
    ...overrides,
  };
}

/** Calls the API and insists it worked: the world is set up through the real operations. */
export async function must<T = Record<string, unknown>>(
  client: TestClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const answer: GraphQLResponse<T> = await client.graphql<T>(query, variables);
  if (answer.errors?.length || !answer.data) {
    throw new Error(`fixture call failed: ${JSON.stringify(answer.errors)}\n${query}`);
  }
  return answer.data;
}

/**
 * The fixture world every case runs against: E1's published hospitering with youth A's and youth
 * B's bookings, a draft, an apprenticeship with youth A's application, youth A's profile, a cohort
 * at school A with youth A in it, a caseload, notifications and an audit entry. `fresh` makes
 * throwaway objects for mutations that change what they touch.
 */
export interface World {
  actors: ActorClients;
  hospitering: { id: string; slotIds: string[] };
  bookingOfA: string;
  bookingOfB: string;
  draftOfE1: string;
  opportunityOfE2: string;
  apprenticeship: string;
  applicationOfA: string;
  schoolA: string;
  cohortA: string;
  classCodeA: { id: string; code: string };
  notificationOfA: string;
  /** An open allocation round of cohort A, ranked by youth A. */
  roundOfCohortA: string;
  /** Youth C: outside school, in the coordinator's caseload (not an actor of her own). */
  youthOutsideSchool: string;
  signInAccount: { email: string };
  markers: PersonalMarkers[];
  fresh: Fresh;
}

interface SlotsData {
  createHospitering: { id: string; slots: { id: string; date: string }[] };
}

export async function buildWorld(api: TestApi, db: Client): Promise<World> {
  const actors = new ActorClients(api, db);
  const run = randomBytes(3).toString('hex');

  // Staff cannot sign themselves up: schools, an office and their people are rows.
  const staff = async (name: ActorName, role: string, displayName: string) => {
    const email = `${name.toLowerCase()}-${run}@stab.example`;
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO account (email, password_hash, display_name, role) VALUES ($1, NULL, $2, $3) RETURNING id`,
      [email, displayName, role],
    );
    actors.register({ name, id: rows[0]?.id ?? '', email, displayName });
    return rows[0]?.id ?? '';
  };
  const place = async (table: 'school' | 'nav_office', name: string) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO ${table} (name, municipality_code) VALUES ($1, '4204') RETURNING id`,
      [`${name} ${run}`],
    );
    return rows[0]?.id ?? '';
  };
  const schoolA = await place('school', 'Matrise ungdomsskole');
  const schoolB = await place('school', 'Annen ungdomsskole');
  const office = await place('nav_office', 'NAV Matrise');
  const otherOffice = await place('nav_office', 'NAV Annet');
  const membership = (
    accountId: string,
    role: string,
    schoolId: string | null,
    navId: string | null,
  ) =>
    db.query(
      `INSERT INTO counsellor_membership (account_id, role, school_id, nav_office_id) VALUES ($1, $2, $3, $4)`,
      [accountId, role, schoolId, navId],
    );
  await membership(
    await staff('counsellorSchoolA', 'COUNSELLOR', 'Randi Rådgiver'),
    'SCHOOL_COUNSELLOR',
    schoolA,
    null,
  );
  await membership(
    await staff('counsellorOtherSchool', 'COUNSELLOR', 'Ola Annenskole'),
    'SCHOOL_COUNSELLOR',
    schoolB,
    null,
  );
  await membership(
    await staff('coordinator', 'COUNSELLOR', 'Kim Koordinator'),
    'COORDINATOR',
    null,
    office,
  );
  await membership(
    await staff('coordinatorOtherOffice', 'COUNSELLOR', 'Kari Annetkontor'),
    'COORDINATOR',
    null,
    otherOffice,
  );
  await staff('admin', 'ADMIN', 'Ada Programleder');

  const as = (name: ActorName) => actors.client(name);

  // School A's counsellor makes the cohort and a class code through the API.
  const cohort = await must<{ createCohort: { id: string } }>(
    await as('counsellorSchoolA'),
    CREATE_COHORT,
    {
      input: { name: `10A ${run}`, schoolYear: SCHOOL_YEAR },
    },
  );
  const cohortA = cohort.createCohort.id;
  const code = await must<{ createClassCode: { id: string; code: string } }>(
    await as('counsellorSchoolA'),
    CREATE_CLASS_CODE,
    { input: { cohortId: cohortA } },
  );
  const classCodeA = code.createClassCode;

  // Young people and employers sign up through the API, like real users.
  const signUp = async (name: ActorName, input: Record<string, unknown>) => {
    const client = api.client();
    const data = await must<{ signUp: { id: string; email: string; displayName: string } }>(
      client,
      SIGN_UP,
      {
        input,
      },
    );
    actors.register({
      name,
      id: data.signUp.id,
      email: data.signUp.email,
      displayName: data.signUp.displayName,
    });
  };
  await signUp('youthA', {
    email: `aurora-${run}@elev.example`,
    password: PASSWORD,
    displayName: `Aurora Matrisesen ${run}`,
    role: 'YOUTH',
    classCode: classCodeA.code,
  });
  await signUp('youthB', {
    email: `birk-${run}@elev.example`,
    password: PASSWORD,
    displayName: `Birk Annensen ${run}`,
    role: 'YOUTH',
  });
  const signInEmail = `innlogging-${run}@elev.example`;
  await must(api.client(), SIGN_UP, {
    input: {
      email: signInEmail,
      password: PASSWORD,
      displayName: 'Innlogging Test',
      role: 'YOUTH',
    },
  });
  await signUp('employerE1', {
    ...employerSignUp(`e1-${run}`),
    email: `eier-e1-${run}@salong.example`,
    displayName: `Eva Eiersen ${run}`,
  });
  await signUp('employerE2', {
    ...employerSignUp(`e2-${run}`),
    email: `eier-e2-${run}@annen.example`,
    displayName: `Erik Toersen ${run}`,
  });
  // E1's colleague: a member (not owner), as an accepted invitation leaves it.
  const e1 = await db.query<{ employer_id: string }>(
    `SELECT employer_id FROM account WHERE id = $1`,
    [actors.id('employerE1')],
  );
  const memberEmail = `kollega-${run}@salong.example`;
  const member = await db.query<{ id: string }>(
    `INSERT INTO account (email, password_hash, display_name, role, employer_id)
     VALUES ($1, NULL, $2, 'EMPLOYER', $3) RETURNING id`,
    [memberEmail, `Mona Medlem ${run}`, e1.rows[0]?.employer_id],
  );
  await db.query(
    `INSERT INTO employer_membership (account_id, employer_id, role) VALUES ($1, $2, 'MEMBER')`,
    [member.rows[0]?.id, e1.rows[0]?.employer_id],
  );
  actors.register({
    name: 'employerE1Member',
    id: member.rows[0]?.id ?? '',
    email: memberEmail,
    displayName: `Mona Medlem ${run}`,
  });
  // An invitation E1's owner is waiting on.
  await must(await as('employerE1'), INVITE_EMPLOYER_MEMBER, {
    input: { email: `ventende-${run}@salong.example` },
  });

  // E1's hospitering, published, with youth A and youth B booked and confirmed (notifications).
  const hospitering = await must<SlotsData>(await as('employerE1'), CREATE_HOSPITERING, {
    input: hospiteringInput({ title: `Matrisehospitering ${run}` }),
  });
  await must(await as('employerE1'), PUBLISH, { id: hospitering.createHospitering.id });
  const slotIds = hospitering.createHospitering.slots.map((slot) => slot.id);
  const book = async (name: ActorName, slotId: string | undefined) => {
    const data = await must<{ bookSlot: { id: string } }>(await as(name), BOOK_SLOT, {
      input: { slotId, idempotencyKey: randomUUID() },
    });
    await must(await as('employerE1'), CONFIRM_BOOKING, { id: data.bookSlot.id });
    return data.bookSlot.id;
  };
  const bookingOfA = await book('youthA', slotIds[0]);
  const bookingOfB = await book('youthB', slotIds[0]);
  const draft = await must<SlotsData>(await as('employerE1'), CREATE_HOSPITERING, {
    input: hospiteringInput({ title: `Utkast ${run}` }),
  });
  const ofE2 = await must<SlotsData>(await as('employerE2'), CREATE_HOSPITERING, {
    input: hospiteringInput({ title: `E2 sin hospitering ${run}` }),
  });

  // Youth A's profile (consenting to be proposed) and application, sharing name and e-mail.
  await must(await as('youthA'), UPDATE_PROFILE, {
    input: {
      programmeCodes: [],
      tradeCodes: ['frisor'],
      homeMunicipalityCode: '4204',
      maxTravelKm: 30,
      consentToBeProposed: true,
      strengths: [],
    },
  });
  const motivation = `Jeg har klippet hele familien min i to år ${run}`;
  const apprenticeship = await must<{ createApprenticeship: { id: string } }>(
    await as('employerE1'),
    CREATE_APPRENTICESHIP,
    { input: apprenticeshipInput({ title: `Matriselærling ${run}` }) },
  );
  const apprenticeshipId = apprenticeship.createApprenticeship.id;
  await must(await as('employerE1'), PUBLISH, { id: apprenticeshipId });
  const application = await must<{ applyToOpportunity: { id: string } }>(
    await as('youthA'),
    APPLY,
    {
      input: { opportunityId: apprenticeshipId, motivation, sharedFields: ['NAME', 'EMAIL'] },
    },
  );

  // A coordinator follows young people outside school, so not youth A (a 10th-grader): youth C.
  const youthCName = `Cato Utenforskole ${run}`;
  const youthC = await db.query<{ id: string }>(
    `INSERT INTO account (email, password_hash, display_name, role) VALUES ($1, NULL, $2, 'YOUTH') RETURNING id`,
    [`cato-${run}@ung.example`, youthCName],
  );
  const youthOutsideSchool = youthC.rows[0]?.id ?? '';
  await must(await as('coordinator'), ASSIGN, { youthId: youthOutsideSchool });
  // School A's counsellor opens youth A's page (an audit entry she can read).

  await must(await as('counsellorSchoolA'), OPEN_OVERVIEW, { youthId: actors.id('youthA') });
  const notifications = await must<{ myNotifications: { id: string }[] }>(
    await as('youthA'),
    NOTIFICATIONS,
  );
  const notificationOfA = notifications.myNotifications[0]?.id;
  if (!notificationOfA) throw new Error('youth A has no notification');

  const fresh = new Fresh(api, db, actors, run);
  // The other school has a cohort too, so "my cohorts" has something to show both counsellors.
  await fresh.classCodeAtOtherSchool();
  // An allocation round for youth A's cohort on E1's second day, which youth A has ranked.
  const round = await must<{ openAllocationRound: { id: string } }>(
    await as('counsellorSchoolA'),
    OPEN_ROUND,
    {
      input: {
        cohortId: cohortA,
        title: `Hospiteringsuke ${run}`,
        slotIds: [slotIds[1]],
        choicesDeadline: daysFromToday(3),
        daysPerPupil: 1,
        minChoices: 1,
      },
    },
  );
  const roundOfCohortA = round.openAllocationRound.id;
  await must(await as('youthA'), RANK, {
    input: { roundId: roundOfCohortA, slotIds: [slotIds[1]] },
  });

  const youthA = actors.get('youthA');
  const youthB = actors.get('youthB');
  const world: World = {
    actors,
    hospitering: { id: hospitering.createHospitering.id, slotIds },
    bookingOfA,
    bookingOfB,
    draftOfE1: draft.createHospitering.id,
    opportunityOfE2: ofE2.createHospitering.id,
    apprenticeship: apprenticeshipId,
    applicationOfA: application.applyToOpportunity.id,
    schoolA,
    cohortA,
    classCodeA,
    notificationOfA,
    roundOfCohortA,
    youthOutsideSchool,
    signInAccount: { email: signInEmail },
    markers: [
      {
        owner: 'youthA',
        texts: [youthA.email ?? '', youthA.displayName ?? '', motivation],
        // Her employer sees the booking's name and what she shared; her school's counsellor her page.
        seenBy: ['youthA', 'employerE1', 'employerE1Member', 'counsellorSchoolA'],
      },
      {
        // Youth C, outside school: only her coordinator.
        owner: 'youthC',
        texts: [`cato-${run}@ung.example`, youthCName],
        seenBy: ['coordinator'],
      },
      {
        owner: 'youthB',
        texts: [youthB.email ?? '', youthB.displayName ?? ''],
        seenBy: ['youthB', 'employerE1', 'employerE1Member'],
      },
      {
        // An employer's people are listed to their colleagues only.
        owner: 'employerE1Member',
        texts: [memberEmail],
        seenBy: ['employerE1', 'employerE1Member'],
      },
    ],
    fresh,
  };
  return world;
}

/** Throwaway objects, so a mutation that is allowed really runs without spoiling the world. */
export class Fresh {
  private spare: Promise<{ id: string; slots: string[]; addedUpTo: number }> | undefined;
  private nextSlot = 0;
  private pastDay = 2;
  private counter = 0;
  private otherSchoolCode: Promise<string> | undefined;
  private farFromA: Promise<string> | undefined;

  constructor(
    private readonly api: TestApi,
    private readonly db: Client,
    private readonly actors: ActorClients,
    private readonly run: string,
  ) {}

  /** A different string on every call, e.g. for e-mail addresses and cohort names. */
  unique(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${this.run}-${this.counter}`;
  }

  /** A published hospitering day of E1 nobody has booked, on a date of its own. */
  async slot(): Promise<string> {
    const slots = await this.spareSlots();
    const slotId = slots[this.nextSlot];
    this.nextSlot += 1;
    if (!slotId) throw new Error('out of spare hospitering days');
    return slotId;
  }

  /** Youth A's new booking (REQUESTED) on a day of its own. */
  async bookingOfA(): Promise<string> {
    const slotId = await this.slot();
    const data = await must<{ bookSlot: { id: string } }>(
      await this.actors.client('youthA'),
      BOOK_SLOT,
      {
        input: { slotId, idempotencyKey: randomUUID() },
      },
    );
    return data.bookSlot.id;
  }

  /** Youth A's booking on a day that is over, with the given status. */
  async pastBookingOfA(status: 'CONFIRMED' | 'ATTENDED'): Promise<string> {
    const id = await this.bookingOfA();
    this.pastDay += 1;
    await this.db.query(
      `UPDATE slot SET date = current_date - $2::int WHERE id = (SELECT slot_id FROM booking WHERE id = $1)`,
      [id, this.pastDay],
    );
    await this.db.query(
      `UPDATE booking SET slot_date = current_date - $2::int, status = $3, updated_at = now() WHERE id = $1`,
      [id, this.pastDay, status],
    );
    return id;
  }

  /** A draft hospitering of E1 with two days. */
  async draftOfE1(): Promise<{ id: string; slotIds: string[] }> {
    const data = await must<SlotsData>(await this.actors.client('employerE1'), CREATE_HOSPITERING, {
      input: hospiteringInput({ title: this.unique('Kast-utkast') }),
    });
    return {
      id: data.createHospitering.id,
      slotIds: data.createHospitering.slots.map((slot) => slot.id),
    };
  }

  async publishedOfE1(): Promise<string> {
    const { id } = await this.draftOfE1();
    await must(await this.actors.client('employerE1'), PUBLISH, { id });
    return id;
  }

  /** A published hospitering of E1 in Flekkefjord, beyond youth A's 30 km (made once). */
  publishedFarFromA(): Promise<string> {
    this.farFromA ??= (async () => {
      const employer = await this.actors.client('employerE1');
      const data = await must<SlotsData>(employer, CREATE_HOSPITERING, {
        input: hospiteringInput({
          title: this.unique('Langt unna'),
          address: {
            street: 'Elvegaten 1',
            postalCode: '4400',
            postalPlace: 'Flekkefjord',
            municipalityCode: '4207',
            latitude: 58.2969,
            longitude: 6.6632,
          },
        }),
      });
      await must(employer, PUBLISH, { id: data.createHospitering.id });
      return data.createHospitering.id;
    })();
    return this.farFromA;
  }

  /** A published apprenticeship of E1 that youth A has not applied to. */
  async apprenticeshipOfE1(): Promise<string> {
    const employer = await this.actors.client('employerE1');
    const data = await must<{ createApprenticeship: { id: string } }>(
      employer,
      CREATE_APPRENTICESHIP,
      {
        input: apprenticeshipInput({ title: this.unique('Kast-lærling') }),
      },
    );
    await must(employer, PUBLISH, { id: data.createApprenticeship.id });
    return data.createApprenticeship.id;
  }

  /** Youth A's application (sharing her name) to a new apprenticeship, moved to `status`. */
  async applicationOfA(status: 'RECEIVED' | 'OFFERED' = 'RECEIVED'): Promise<string> {
    const opportunityId = await this.apprenticeshipOfE1();
    const data = await must<{ applyToOpportunity: { id: string } }>(
      await this.actors.client('youthA'),
      APPLY,
      {
        input: { opportunityId, motivation: 'Jeg vil gjerne lære faget.', sharedFields: ['NAME'] },
      },
    );
    if (status !== 'RECEIVED') {
      await this.db.query(`UPDATE application SET status = $2 WHERE id = $1`, [
        data.applyToOpportunity.id,
        status,
      ]);
    }
    return data.applyToOpportunity.id;
  }

  /** A young person nobody follows yet. */
  async youth(): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO account (email, password_hash, display_name, role) VALUES ($1, NULL, 'Ny Ungdom', 'YOUTH') RETURNING id`,
      [`${this.unique('ny')}@ung.example`],
    );
    return rows[0]?.id ?? '';
  }

  /** A pupil in school A's cohort whom nobody follows at NAV. */
  async pupilOfCohortA(cohortId: string): Promise<string> {
    const youthId = await this.youth();
    await this.db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
      youthId,
      cohortId,
    ]);
    return youthId;
  }

  /** A young person in the coordinator's caseload. */
  async youthInCaseload(): Promise<string> {
    const youthId = await this.youth();
    await must(await this.actors.client('coordinator'), ASSIGN, { youthId });
    return youthId;
  }

  /** A young person the coordinator followed until today. */
  async youthWithEndedFollowUp(): Promise<string> {
    const youthId = await this.youthInCaseload();
    await must(await this.actors.client('coordinator'), END_FOLLOW_UP, { youthId });
    return youthId;
  }

  /** A new class code for school A's cohort. */
  async classCodeOfCohortA(cohortId: string): Promise<string> {
    const data = await must<{ createClassCode: { id: string } }>(
      await this.actors.client('counsellorSchoolA'),
      CREATE_CLASS_CODE,
      { input: { cohortId } },
    );
    return data.createClassCode.id;
  }

  /** A class code of a cohort at the other school (joining it moves nobody out of school A). */
  classCodeAtOtherSchool(): Promise<string> {
    this.otherSchoolCode ??= (async () => {
      const counsellor = await this.actors.client('counsellorOtherSchool');
      const cohort = await must<{ createCohort: { id: string } }>(counsellor, CREATE_COHORT, {
        input: { name: this.unique('10B'), schoolYear: SCHOOL_YEAR },
      });
      const code = await must<{ createClassCode: { code: string } }>(
        counsellor,
        CREATE_CLASS_CODE,
        {
          input: { cohortId: cohort.createCohort.id },
        },
      );
      return code.createClassCode.code;
    })();
    return this.otherSchoolCode;
  }

  /** A live e-mail link token (VERIFY_EMAIL or RESET_PASSWORD) for a throwaway youth. */
  async accountToken(purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD'): Promise<string> {
    const youthId = await this.youth();
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO account_token (token_hash, account_id, purpose, email, created_at, expires_at)
       SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex'), id, $2, email, now(), now() + interval '1 hour'
         FROM account WHERE id = $3`,
      [token, purpose, youthId],
    );
    return token;
  }

  /** A live invitation to E1 for a new address (the e-mailed token; only its hash is stored). */
  async invitationToE1(): Promise<{ id: string; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO employer_invitation (employer_id, email, token_hash, invited_by, expires_at)
       SELECT employer_id, $2, encode(sha256(convert_to($1, 'UTF8')), 'hex'), id, now() + interval '7 days'
         FROM account WHERE id = $3 RETURNING id`,
      [token, `${this.unique('invitert')}@salong.example`, this.actors.id('employerE1')],
    );
    return { id: rows[0]?.id ?? '', token };
  }

  /** A new plain member of E1, to be taken out again. */
  async memberOfE1(): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO account (email, password_hash, display_name, role, employer_id)
       SELECT $2, NULL, 'Ny Kollega', 'EMPLOYER', employer_id FROM account WHERE id = $1 RETURNING id`,
      [this.actors.id('employerE1'), `${this.unique('kollega')}@salong.example`],
    );
    const id = rows[0]?.id ?? '';
    await this.db.query(
      `INSERT INTO employer_membership (account_id, employer_id, role)
       SELECT $1, employer_id, 'MEMBER' FROM account WHERE id = $1`,
      [id],
    );
    return id;
  }

  /**
   * A client for a new account with the actor's role and organisation, for operations that change
   * or end the account itself (erasure): the world's actors stay as they are.
   */
  async standIn(actor: ActorName): Promise<TestClient> {
    const original = this.actors.get(actor);
    if (!original.id) return this.api.client();
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO account (email, password_hash, display_name, role, employer_id)
       SELECT $2, NULL, 'Stedfortreder', role, employer_id FROM account WHERE id = $1 RETURNING id`,
      [original.id, `${this.unique('stedfortreder')}@test.example`],
    );
    const id = rows[0]?.id ?? '';
    await this.db.query(
      `INSERT INTO employer_membership (account_id, employer_id, role)
       SELECT $2, employer_id, role FROM employer_membership WHERE account_id = $1`,
      [original.id, id],
    );
    await this.db.query(
      `INSERT INTO counsellor_membership (account_id, role, school_id, nav_office_id)
       SELECT $2, role, school_id, nav_office_id FROM counsellor_membership WHERE account_id = $1`,
      [original.id, id],
    );
    await this.db.query(
      `INSERT INTO cohort_pupil (youth_id, cohort_id) SELECT $2, cohort_id FROM cohort_pupil WHERE youth_id = $1`,
      [original.id, id],
    );
    const client = this.api.client();
    client.cookie = await newSessionCookie(this.api, this.db, id);
    return client;
  }

  /** An allocation round of school A's cohort on a spare day, not yet published. */
  async roundOfCohortA(cohortId: string): Promise<string> {
    const data = await must<{ openAllocationRound: { id: string } }>(
      await this.actors.client('counsellorSchoolA'),
      OPEN_ROUND,
      {
        input: {
          cohortId,
          title: this.unique('Runde'),
          slotIds: [await this.slot()],
          choicesDeadline: daysFromToday(3),
          daysPerPupil: 1,
          minChoices: 1,
        },
      },
    );
    return data.openAllocationRound.id;
  }

  /** A live guardian-consent link for a new booking of youth A (only the token's hash is stored). */
  async guardianConsentToken(): Promise<string> {
    const bookingId = await this.bookingOfA();
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO guardian_consent (booking_id, token_hash, sent_to, expires_at)
       VALUES ($1, encode(sha256(convert_to($2, 'UTF8')), 'hex'), 'foresatt@hjem.example', now() + interval '7 days')`,
      [bookingId, token],
    );
    return token;
  }

  /** A school counsellor at the other school, to be taken out again. */
  async counsellorAtOtherSchool(): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO account (email, password_hash, display_name, role) VALUES ($1, NULL, 'Vikar Rådgiver', 'COUNSELLOR') RETURNING id`,
      [`${this.unique('vikar')}@skole.example`],
    );
    const id = rows[0]?.id ?? '';
    await this.db.query(
      `INSERT INTO counsellor_membership (account_id, role, school_id)
       SELECT $1, 'SCHOOL_COUNSELLOR', school_id FROM counsellor_membership WHERE account_id = $2`,
      [id, this.actors.id('counsellorOtherSchool')],
    );
    return id;
  }

  /** A session of its own for an account, e.g. for a throwaway youth. */
  sessionFor(accountId: string): Promise<string> {
    return newSessionCookie(this.api, this.db, accountId);
  }

  /**
   * Days of one published hospitering of E1, every date from +30 days on; when they run out, the
   * next 150 dates are added (youth A may hold one booking per date).
   */
  private async spareSlots(): Promise<string[]> {
    this.spare ??= (async () => {
      const employer = await this.actors.client('employerE1');
      const created = await must<SlotsData>(employer, CREATE_HOSPITERING, {
        input: hospiteringInput({
          title: this.unique('Reservedager'),
          slots: [{ date: daysFromToday(25), startTime: '09:00', endTime: '14:00', capacity: 5 }],
        }),
      });
      const id = created.createHospitering.id;
      await must(employer, PUBLISH, { id });
      return { id, slots: [] as string[], addedUpTo: 29 };
    })();
    const spare = await this.spare;
    if (this.nextSlot >= spare.slots.length) {
      const from = spare.addedUpTo + 1;
      const to = from + 149;
      spare.addedUpTo = to;
      const added = await must<{
        addSlots: { opportunity: { slots: { id: string; date: string }[] } };
      }>(await this.actors.client('employerE1'), ADD_SLOTS, {
        opportunityId: spare.id,
        pattern: {
          fromDate: daysFromToday(from),
          toDate: daysFromToday(to),
          weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
          startTime: '09:00',
          endTime: '14:00',
          capacity: 5,
        },
      });
      spare.slots.push(
        ...added.addSlots.opportunity.slots
          .filter((slot) => slot.date >= daysFromToday(from) && slot.date <= daysFromToday(to))
          .map((slot) => slot.id),
      );
    }
    return spare.slots;
  }

  /**
   * A client for a new school counsellor at youth A's school (not an actor), for fixtures whose
   * notifications must not reach the actors' inboxes (proposals for youth A).
   */
  async counsellorColleagueAtSchoolA(): Promise<TestClient> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO account (email, password_hash, display_name, role) VALUES ($1, NULL, 'Rådgiver Kollega', 'COUNSELLOR') RETURNING id`,
      [`${this.unique('kollega')}@skole.example`],
    );
    const id = rows[0]?.id ?? '';
    await this.db.query(
      `INSERT INTO counsellor_membership (account_id, role, school_id)
       SELECT $1, 'SCHOOL_COUNSELLOR', school_id FROM counsellor_membership WHERE account_id = $2`,
      [id, this.actors.id('counsellorSchoolA')],
    );
    const client = this.api.client();
    client.cookie = await newSessionCookie(this.api, this.db, id);
    return client;
  }

  /** A young person in the coordinator's caseload for 60 days without an offer (8-week list). */
  async youthWaitingEightWeeks(): Promise<string> {
    const youthId = await this.youthInCaseload();
    await this.db.query(
      `UPDATE caseload SET started_at = now() - interval '60 days' WHERE youth_id = $1`,
      [youthId],
    );
    return youthId;
  }

  /** A new pupil (birth date unknown) with a guardian on record, and a live guardian link. */
  async guardianAccessToken(): Promise<string> {
    const youthId = await this.youth();
    const email = `${this.unique('foresatt')}@hjem.example`;
    await this.db.query(`INSERT INTO guardian_contact (youth_id, email) VALUES ($1, $2)`, [
      youthId,
      email,
    ]);
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO account_token (token_hash, account_id, purpose, email, created_at, expires_at)
       VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2, 'GUARDIAN_ACCESS', $3, now(), now() + interval '1 hour')`,
      [token, youthId, email],
    );
    return token;
  }

  /** A new young person's request for a coordinator, waiting at `actor`'s NAV office. */
  async waitingIntakeAt(actor: ActorName): Promise<string> {
    const youthId = await this.youth();
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO intake_request (youth_id, submitted_by, answers, priority, status, nav_office_id)
       SELECT $1, $1, $3::jsonb, 'HIGH', 'WAITING', nav_office_id
         FROM counsellor_membership WHERE account_id = $2
       RETURNING id`,
      [youthId, this.actors.id(actor), JSON.stringify(INTAKE_ANSWERS)],
    );
    return rows[0]?.id ?? '';
  }

  /** A request for a coordinator on record for `actor` (routed, so no office's queue lists it). */
  async intakeRequestOf(actor: ActorName): Promise<void> {
    await this.db.query(
      `INSERT INTO intake_request (youth_id, submitted_by, answers, priority, status)
       SELECT $1, $1, $2::jsonb, 'NORMAL', 'ROUTED'
        WHERE NOT EXISTS (SELECT 1 FROM intake_request WHERE youth_id = $1)`,
      [this.actors.id(actor), JSON.stringify(INTAKE_ANSWERS)],
    );
  }

  /** The young person's goal was reached 40 days ago: the first follow-up reminder is due. */
  async goalReachedLastMonth(youthId: string): Promise<void> {
    await this.db.query(
      `UPDATE caseload SET goal_reached_at = now() - interval '40 days', goal_kind = 'JOB'
        WHERE youth_id = $1 AND ended_at IS NULL`,
      [youthId],
    );
  }
}

const INTAKE_ANSWERS = {
  followUpNeed: 'CLOSE',
  timeOutside: 'OVER_12_MONTHS',
  helpWanted: ['APPRENTICESHIP'],
  currentSituation: 'NO_ACTIVITY',
  whatMatters: 'Å jobbe med hendene',
};
