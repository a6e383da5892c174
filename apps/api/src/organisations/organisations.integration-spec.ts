import { Client } from 'pg';
import {
  insertNavOffice,
  insertSchool,
  joinOrganisation,
  signedInAccount,
} from '../../test/organisation-fixtures';
import {
  ADD_COUNSELLOR,
  ASSIGN_COORDINATOR,
  CREATE_SCHOOL,
  ORGANISATIONS,
  REMOVE_COUNSELLOR,
  COHORT_PUPILS,
  CREATE_CLASS_CODE,
  CREATE_COHORT,
  END_FOLLOW_UP,
  JOIN_COHORT,
  MY_ACCESS_LOG,
  MY_CASELOAD,
  MY_COHORT,
  MY_COHORTS,
  MY_ORGANISATION,
  REVOKE_CLASS_CODE,
  SIGN_UP_WITH_CLASS_CODE,
  YOUTH_OVERVIEW,
} from '../../test/organisation-operations';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';

const PASSWORD = 'Blåbær-og-tyttebær-7';

interface ClassCodeAnswer {
  createClassCode: { id: string; code: string; active: boolean };
}
interface OverviewAnswer {
  youthOverview: {
    youthId: string;
    displayName: string;
    accessBasis: string;
    schoolName: string | null;
    cohortName: string | null;
    coordinatorName: string | null;
    profile: { tradeCodes: string[] } | null;
    bookings: { requested: number };
  } | null;
}
interface AccessLogAnswer {
  myAccessLog: {
    entries: {
      id: string;
      actorName: string;
      actorRoleLabel: string;
      actorOrganisation: string | null;
      action: string;
      actionLabel: string;
      purpose: string;
      outcome: string;
    }[];
    nextCursor: string | null;
  };
}

const fieldErrorOf = (answer: GraphQLResponse<unknown>) =>
  answer.errors?.[0]?.extensions?.fieldErrors?.[0];
const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;

describe('Organisations, class codes, caseloads and access', () => {
  let api: TestApi;
  let db: Client;
  let schoolA: string;
  let schoolB: string;
  let office: string;
  let counsellorA: { id: string; client: TestClient };
  let counsellorB: { id: string; client: TestClient };
  let coordinatorC: { id: string; client: TestClient };
  let coordinatorD: { id: string; client: TestClient };
  let lead: { id: string; client: TestClient };
  let cohortId: string;
  let classCode: string;
  let pupil: { id: string; client: TestClient };

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schoolA = await insertSchool(db, 'Karuss skole');
    schoolB = await insertSchool(db, 'Vågsbygd skole');
    office = await insertNavOffice(db, 'NAV Kristiansand');
    counsellorA = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Randi Rådgiver',
      email: 'randi@karuss.example',
    });
    counsellorB = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Bjørn Annenskole',
    });
    coordinatorC = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Cecilie Koordinator',
    });
    coordinatorD = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Didrik Koordinator',
    });
    lead = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Lise Leder' });
    await joinOrganisation(db, counsellorA.id, 'SCHOOL_COUNSELLOR', schoolA);
    await joinOrganisation(db, counsellorB.id, 'SCHOOL_COUNSELLOR', schoolB);
    await joinOrganisation(db, coordinatorC.id, 'COORDINATOR', office);
    await joinOrganisation(db, coordinatorD.id, 'COORDINATOR', office);
    await joinOrganisation(db, lead.id, 'OFFICE_LEAD', office);
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const accountsWith = async (email: string): Promise<number> =>
    Number(
      (await db.query<{ count: string }>(`SELECT count(*) FROM account WHERE email = $1`, [email]))
        .rows[0]?.count,
    );

  const auditRows = async (youthId: string, actorId: string, action: string) =>
    (
      await db.query<{ outcome: string }>(
        `SELECT outcome FROM audit_event WHERE youth_id = $1 AND actor_id = $2 AND action = $3 ORDER BY id`,
        [youthId, actorId, action],
      )
    ).rows.map((row) => row.outcome);

  it('lets a school counsellor create a cohort and a class code', async () => {
    const cohort = await counsellorA.client.graphql<{
      createCohort: { id: string; schoolName: string };
    }>(CREATE_COHORT, { input: { name: '10A', schoolYear: '2026/27' } });
    expect(cohort.errors).toBeUndefined();
    expect(cohort.data?.createCohort.schoolName).toBe('Karuss skole');
    cohortId = cohort.data?.createCohort.id ?? '';

    const code = await counsellorA.client.graphql<ClassCodeAnswer>(CREATE_CLASS_CODE, {
      input: { cohortId },
    });
    expect(code.errors).toBeUndefined();
    expect(code.data?.createClassCode.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(code.data?.createClassCode.active).toBe(true);
    classCode = code.data?.createClassCode.code ?? '';

    const duplicate = await counsellorA.client.graphql(CREATE_COHORT, {
      input: { name: '10A', schoolYear: '2026/27' },
    });
    expect(codeOf(duplicate)).toBe('COHORT_EXISTS');
    const badYear = await counsellorA.client.graphql(CREATE_COHORT, {
      input: { name: '10B', schoolYear: '2026/28' },
    });
    expect(fieldErrorOf(badYear)?.field).toBe('schoolYear');

    const organisation = await counsellorA.client.graphql<{
      myOrganisation: { kind: string; counsellorRole: string };
    }>(MY_ORGANISATION);
    expect(organisation.data?.myOrganisation).toMatchObject({
      kind: 'SCHOOL',
      counsellorRole: 'SCHOOL_COUNSELLOR',
    });
  });

  it('links a pupil who signs up with the class code (lower case, no hyphen) to school and cohort', async () => {
    const browser = api.client();
    const typed = classCode.replace('-', '').toLowerCase();
    const answer = await browser.graphql<{ signUp: { id: string } }>(SIGN_UP_WITH_CLASS_CODE, {
      input: {
        email: 'ola@elev.example',
        password: PASSWORD,
        displayName: 'Ola Elev',
        role: 'YOUTH',
        classCode: typed,
      },
    });
    expect(answer.errors).toBeUndefined();
    pupil = { id: answer.data?.signUp.id ?? '', client: browser };

    const mine = await browser.graphql<{ myCohort: { cohortName: string; schoolName: string } }>(
      MY_COHORT,
    );
    expect(mine.data?.myCohort).toMatchObject({
      cohortName: '10A',
      schoolName: 'Karuss skole',
      schoolYear: '2026/27',
    });

    const cohorts = await counsellorA.client.graphql<{ myCohorts: { pupilCount: number }[] }>(
      MY_COHORTS,
    );
    expect(cohorts.data?.myCohorts[0]?.pupilCount).toBe(1);
    const pupils = await counsellorA.client.graphql<{ cohortPupils: { youthId: string }[] | null }>(
      COHORT_PUPILS,
      { cohortId },
    );
    expect(pupils.data?.cohortPupils?.map((p) => p.youthId)).toEqual([pupil.id]);
    expect(await auditRows(pupil.id, counsellorA.id, 'VIEW_COHORT_LIST')).toEqual(['ALLOWED']);
  });

  it('lets a signed-in pupil without a class join with a code later', async () => {
    const later = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Siri Senere' });
    const wrong = await later.client.graphql(JOIN_COHORT, { classCode: 'ZZZZ-ZZZZ' });
    expect(fieldErrorOf(wrong)).toMatchObject({ field: 'classCode', code: 'UNKNOWN_CLASS_CODE' });
    const joined = await later.client.graphql<{
      joinCohort: { cohortId: string; schoolName: string };
    }>(JOIN_COHORT, { classCode: ` ${classCode.toLowerCase()} ` });
    expect(joined.data?.joinCohort).toMatchObject({ cohortId, schoolName: 'Karuss skole' });
    expect(codeOf(await counsellorA.client.graphql(JOIN_COHORT, { classCode }))).toBe('FORBIDDEN');
    await db.query(`DELETE FROM cohort_pupil WHERE youth_id = $1`, [later.id]);
  });

  it('refuses a wrong class code with a Norwegian field error, and creates nothing', async () => {
    const unknown = await api.client().graphql(SIGN_UP_WITH_CLASS_CODE, {
      input: {
        email: 'feil@elev.example',
        password: PASSWORD,
        displayName: 'Feil Kode',
        role: 'YOUTH',
        classCode: 'ABCD-EFGH',
      },
    });
    expect(fieldErrorOf(unknown)).toMatchObject({ field: 'classCode', code: 'UNKNOWN_CLASS_CODE' });
    expect(unknown.errors?.[0]?.message).toMatch(/Vi fant ingen klasse/);
    const malformed = await api.client().graphql(SIGN_UP_WITH_CLASS_CODE, {
      input: {
        email: 'feil@elev.example',
        password: PASSWORD,
        displayName: 'Feil Kode',
        role: 'YOUTH',
        classCode: 'hei',
      },
    });
    expect(fieldErrorOf(malformed)).toMatchObject({
      field: 'classCode',
      code: 'UNKNOWN_CLASS_CODE',
    });
    const employer = await api.client().graphql(SIGN_UP_WITH_CLASS_CODE, {
      input: {
        email: 'feil@bedrift.example',
        password: PASSWORD,
        displayName: 'Feil Rolle',
        role: 'EMPLOYER',
        employer: { name: 'Feil AS', organisationNumber: '923609016' },
        classCode,
      },
    });
    expect(fieldErrorOf(employer)).toMatchObject({ field: 'classCode', code: 'OUT_OF_RANGE' });
    expect(await accountsWith('feil@elev.example')).toBe(0);
    expect(await accountsWith('feil@bedrift.example')).toBe(0);
    expect(
      Number(
        (
          await db.query<{ count: string }>(
            `SELECT count(*) FROM employer WHERE organisation_number = '923609016'`,
          )
        ).rows[0]?.count,
      ),
    ).toBe(0);
  });

  it('refuses an expired or withdrawn class code, and creates nothing', async () => {
    const expiring = await counsellorA.client.graphql<ClassCodeAnswer>(CREATE_CLASS_CODE, {
      input: { cohortId, validDays: 1 },
    });
    await db.query(`UPDATE class_code SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expiring.data?.createClassCode.id,
    ]);
    const expired = await api.client().graphql(SIGN_UP_WITH_CLASS_CODE, {
      input: {
        email: 'sen@elev.example',
        password: PASSWORD,
        displayName: 'Sen Elev',
        role: 'YOUTH',
        classCode: expiring.data?.createClassCode.code,
      },
    });
    expect(fieldErrorOf(expired)).toMatchObject({ field: 'classCode', code: 'CLASS_CODE_EXPIRED' });
    expect(expired.errors?.[0]?.message).toMatch(/virker ikke lenger/);

    const withdrawn = await counsellorA.client.graphql<ClassCodeAnswer>(CREATE_CLASS_CODE, {
      input: { cohortId },
    });
    const revoke = await counsellorA.client.graphql<{ revokeClassCode: { active: boolean } }>(
      REVOKE_CLASS_CODE,
      { id: withdrawn.data?.createClassCode.id },
    );
    expect(revoke.data?.revokeClassCode.active).toBe(false);
    const refused = await api.client().graphql(SIGN_UP_WITH_CLASS_CODE, {
      input: {
        email: 'sen@elev.example',
        password: PASSWORD,
        displayName: 'Sen Elev',
        role: 'YOUTH',
        classCode: withdrawn.data?.createClassCode.code,
      },
    });
    expect(fieldErrorOf(refused)).toMatchObject({ field: 'classCode', code: 'CLASS_CODE_EXPIRED' });
    expect(await accountsWith('sen@elev.example')).toBe(0);
  });

  it('gives a counsellor of another school not-found for the pupil and the cohort (IDOR), and audits the attempt', async () => {
    const overview = await counsellorB.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: pupil.id,
    });
    expect(overview.errors).toBeUndefined();
    expect(overview.data?.youthOverview).toBeNull();
    const nobody = await counsellorB.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: '00000000-0000-4000-8000-000000000000',
    });
    expect(nobody).toEqual(overview);

    const pupils = await counsellorB.client.graphql<{ cohortPupils: unknown }>(COHORT_PUPILS, {
      cohortId,
    });
    expect(pupils.data?.cohortPupils).toBeNull();
    const code = await counsellorB.client.graphql(CREATE_CLASS_CODE, { input: { cohortId } });
    expect(codeOf(code)).toBe('NOT_FOUND');
    const employerLike = await coordinatorC.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: pupil.id,
    });
    expect(employerLike.data?.youthOverview).toBeNull();

    expect(await auditRows(pupil.id, counsellorB.id, 'VIEW_PROFILE')).toEqual(['DENIED']);
    expect(await auditRows(pupil.id, coordinatorC.id, 'VIEW_PROFILE')).toEqual(['DENIED']);
  });

  it('writes exactly one audit record each time the school counsellor opens the profile', async () => {
    const overview = await counsellorA.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: pupil.id,
      purpose: 'Forberede samtale om hospitering',
    });
    expect(overview.errors).toBeUndefined();
    expect(overview.data?.youthOverview).toMatchObject({
      displayName: 'Ola Elev',
      accessBasis: 'SCHOOL_COUNSELLOR',
      schoolName: 'Karuss skole',
      cohortName: '10A',
      coordinatorName: null,
      bookings: { requested: 0 },
    });
    expect(await auditRows(pupil.id, counsellorA.id, 'VIEW_PROFILE')).toEqual(['ALLOWED']);
    await counsellorA.client.graphql(YOUTH_OVERVIEW, { youthId: pupil.id });
    expect(await auditRows(pupil.id, counsellorA.id, 'VIEW_PROFILE')).toEqual([
      'ALLOWED',
      'ALLOWED',
    ]);

    const own = await pupil.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, { youthId: pupil.id });
    expect(own.data?.youthOverview?.accessBasis).toBe('SELF');
    expect(
      Number(
        (
          await db.query<{ count: string }>(
            `SELECT count(*) FROM audit_event WHERE actor_id = $1`,
            [pupil.id],
          )
        ).rows[0]?.count,
      ),
    ).toBe(0);
  });

  it('shows the young person who looked at their data: name, role and school, never an e-mail; newest first, paged', async () => {
    const first = await pupil.client.graphql<AccessLogAnswer>(MY_ACCESS_LOG, { first: 2 });
    expect(first.errors).toBeUndefined();
    const entries = first.data?.myAccessLog.entries ?? [];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      actorName: 'Randi Rådgiver',
      actorRoleLabel: 'Rådgiver',
      actorOrganisation: 'Karuss skole',
      action: 'VIEW_PROFILE',
      actionLabel: 'Så profilen din',
      outcome: 'ALLOWED',
    });
    expect(entries[1]?.purpose).toMatch(/Forberede samtale om hospitering/);
    expect(JSON.stringify(first.data)).not.toContain('randi@karuss.example');
    expect(Number(entries[0]?.id)).toBeGreaterThan(Number(entries[1]?.id));

    const rest = await pupil.client.graphql<AccessLogAnswer>(MY_ACCESS_LOG, {
      first: 50,
      after: first.data?.myAccessLog.nextCursor,
    });
    const all = [...entries, ...(rest.data?.myAccessLog.entries ?? [])];
    expect(rest.data?.myAccessLog.nextCursor).toBeNull();
    expect(all.map((entry) => entry.outcome)).toContain('DENIED');
    expect(all.find((entry) => entry.outcome === 'DENIED')?.actorName).toBeDefined();

    expect(codeOf(await counsellorA.client.graphql(MY_ACCESS_LOG))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().graphql(MY_ACCESS_LOG))).toBe('UNAUTHENTICATED');
  });

  it('links a young person outside school to one coordinator at a time, within the office', async () => {
    const youth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Una Utenfor' });
    const assigned = await coordinatorC.client.graphql<{
      assignCoordinator: { coordinatorName: string };
    }>(ASSIGN_COORDINATOR, { youthId: youth.id });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.assignCoordinator.coordinatorName).toBe('Cecilie Koordinator');

    const taken = await coordinatorD.client.graphql(ASSIGN_COORDINATOR, { youthId: youth.id });
    expect(codeOf(taken)).toBe('YOUTH_HAS_COORDINATOR');
    expect(await auditRows(youth.id, coordinatorD.id, 'ASSIGN_COORDINATOR')).toEqual(['DENIED']);
    const byD = await coordinatorD.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: youth.id,
    });
    expect(byD.data?.youthOverview).toBeNull();
    const byC = await coordinatorC.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: youth.id,
    });
    expect(byC.data?.youthOverview).toMatchObject({
      accessBasis: 'COORDINATOR',
      coordinatorName: 'Cecilie Koordinator',
    });
    const caseload = await coordinatorC.client.graphql<{ myCaseload: { youthId: string }[] }>(
      MY_CASELOAD,
    );
    expect(caseload.data?.myCaseload.map((entry) => entry.youthId)).toEqual([youth.id]);

    // A school counsellor cannot take anyone into a caseload; a coordinator cannot assign others.
    expect(
      codeOf(await counsellorA.client.graphql(ASSIGN_COORDINATOR, { youthId: youth.id })),
    ).toBe('NO_ORGANISATION');
    expect(
      codeOf(
        await coordinatorC.client.graphql(ASSIGN_COORDINATOR, {
          youthId: youth.id,
          coordinatorId: coordinatorD.id,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await coordinatorC.client.graphql(ASSIGN_COORDINATOR, { youthId: counsellorA.id })),
    ).toBe('NOT_FOUND');

    // The office lead moves the young person to D: C loses access, D gains it; one active row.
    const moved = await lead.client.graphql<{ assignCoordinator: { coordinatorId: string } }>(
      ASSIGN_COORDINATOR,
      { youthId: youth.id, coordinatorId: coordinatorD.id },
    );
    expect(moved.data?.assignCoordinator.coordinatorId).toBe(coordinatorD.id);
    expect(
      (await coordinatorC.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, { youthId: youth.id }))
        .data?.youthOverview,
    ).toBeNull();
    expect(
      (await coordinatorD.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, { youthId: youth.id }))
        .data?.youthOverview?.accessBasis,
    ).toBe('COORDINATOR');
    const rows = await db.query<{ ended_at: Date | null }>(
      `SELECT coordinator_id, ended_at FROM caseload WHERE youth_id = $1 ORDER BY started_at, id`,
      [youth.id],
    );
    expect(rows.rows.filter((row) => row.ended_at === null)).toHaveLength(1);

    const ended = await coordinatorD.client.graphql<{ endFollowUp: { endedAt: string | null } }>(
      END_FOLLOW_UP,
      { youthId: youth.id },
    );
    expect(ended.data?.endFollowUp.endedAt).not.toBeNull();
    expect(
      (await coordinatorD.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, { youthId: youth.id }))
        .data?.youthOverview,
    ).toBeNull();
  });

  it('lets two coordinators race for one young person: exactly one wins', async () => {
    const youth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Rask Ungdom' });
    const answers = await Promise.all([
      coordinatorC.client.graphql(ASSIGN_COORDINATOR, { youthId: youth.id }),
      coordinatorD.client.graphql(ASSIGN_COORDINATOR, { youthId: youth.id }),
    ]);
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(answers.map(codeOf).filter(Boolean)).toEqual(['YOUTH_HAS_COORDINATOR']);
  });

  it('lets programme admins register schools and place counsellors, but not see young people', async () => {
    const admin = await signedInAccount(api, db, { role: 'ADMIN', displayName: 'Programledelsen' });
    const school = await admin.client.graphql<{ createSchool: { id: string; kind: string } }>(
      CREATE_SCHOOL,
      { input: { name: 'Lund skole', municipalityCode: '4204' } },
    );
    expect(school.data?.createSchool.kind).toBe('SCHOOL');
    const schoolId = school.data?.createSchool.id ?? '';
    expect(
      codeOf(
        await admin.client.graphql(CREATE_SCHOOL, {
          input: { name: 'Lund skole', municipalityCode: '4204' },
        }),
      ),
    ).toBe('ORGANISATION_EXISTS');
    const outside = await admin.client.graphql(CREATE_SCHOOL, {
      input: { name: 'Oslo skole', municipalityCode: '0301' },
    });
    expect(fieldErrorOf(outside)).toMatchObject({
      field: 'municipalityCode',
      code: 'UNKNOWN_MUNICIPALITY',
    });

    const added = await admin.client.graphql<{
      addCounsellor: { accountId: string; organisationName: string };
    }>(ADD_COUNSELLOR, {
      input: {
        email: 'Ny.Radgiver@Lund.example',
        displayName: 'Nina Ny',
        role: 'SCHOOL_COUNSELLOR',
        organisationId: schoolId,
      },
    });
    expect(added.data?.addCounsellor.organisationName).toBe('Lund skole');
    const { rows } = await db.query<{ role: string; password_hash: string | null }>(
      `SELECT role, password_hash FROM account WHERE email = 'ny.radgiver@lund.example'`,
    );
    expect(rows).toEqual([{ role: 'COUNSELLOR', password_hash: null }]);
    const wrongKind = await admin.client.graphql(ADD_COUNSELLOR, {
      input: {
        email: 'x@lund.example',
        displayName: 'X',
        role: 'COORDINATOR',
        organisationId: schoolId,
      },
    });
    expect(codeOf(wrongKind)).toBe('NOT_FOUND');
    const organisations = await admin.client.graphql<{
      organisations: { name: string; counsellorCount: number }[];
    }>(ORGANISATIONS);
    expect(organisations.data?.organisations).toContainEqual(
      expect.objectContaining({ name: 'Lund skole', counsellorCount: 1 }),
    );

    expect(codeOf(await counsellorA.client.graphql(ORGANISATIONS))).toBe('FORBIDDEN');
    const overview = await admin.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: pupil.id,
    });
    expect(overview.data?.youthOverview).toBeNull();

    // Taken out of the school: the counsellor's access ends at once.
    expect(
      (await admin.client.graphql(REMOVE_COUNSELLOR, { accountId: counsellorA.id })).errors,
    ).toBeUndefined();
    const after = await counsellorA.client.graphql<OverviewAnswer>(YOUTH_OVERVIEW, {
      youthId: pupil.id,
    });
    expect(after.data?.youthOverview).toBeNull();
    expect(codeOf(await counsellorA.client.graphql(MY_COHORTS))).toBe('NO_ORGANISATION');
  });
});
