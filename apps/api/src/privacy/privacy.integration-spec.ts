import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { insertSchool, joinOrganisation, signedInAccount } from '../../test/organisation-fixtures';
import { searchIndexHits } from '../../test/search-fixtures';
import {
  CREATE_CLASS_CODE,
  CREATE_COHORT,
  YOUTH_OVERVIEW,
} from '../../test/organisation-operations';
import {
  BOOK_SLOT,
  CREATE_HOSPITERING,
  hospiteringInput,
  ME,
  PUBLISH,
  SIGN_UP,
} from '../../test/operations';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import { Clock } from '../common/clock';
import { RetentionService } from './retention.service';

const EXPORT = /* GraphQL */ `
  query {
    exportMyData
  }
`;
const ERASE = /* GraphQL */ `
  mutation Erase($confirmation: String!) {
    eraseMyAccount(confirmation: $confirmation)
  }
`;

const PASSWORD = 'Vinterlys-ved-Bystranda-5';
const EMAIL = 'sigrid.slettesen@elev.example';
const NAME = 'Sigrid Slettesen';

describe('Data rights: export and erasure', () => {
  let api: TestApi;
  let db: Client;
  let pupil: TestClient;
  let pupilId: string;
  let counsellor: TestClient;
  let employer: TestClient;
  let slotId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();

    const school = await insertSchool(db, 'Lund ungdomsskole');
    const staff = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Rita Rådgiver',
    });
    counsellor = staff.client;
    await joinOrganisation(db, staff.id, 'SCHOOL_COUNSELLOR', school);
    const cohort = await counsellor.graphql<{ createCohort: { id: string } }>(CREATE_COHORT, {
      input: { name: '10C', schoolYear: '2026/27' },
    });
    const code = await counsellor.graphql<{ createClassCode: { code: string } }>(
      CREATE_CLASS_CODE,
      {
        input: { cohortId: cohort.data?.createCohort.id },
      },
    );

    employer = api.client();
    await employer.graphql(SIGN_UP, {
      input: {
        email: 'sjef@salong.example',
        password: PASSWORD,
        displayName: 'Salongsjef',
        role: 'EMPLOYER',
        employer: { name: 'Salong Lund AS', organisationNumber: '923609016' },
      },
    });
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, { input: hospiteringInput() });
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    slotId = created.data?.createHospitering.slots[0]?.id ?? '';

    pupil = api.client();
    const signedUp = await pupil.graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: {
        email: EMAIL,
        password: PASSWORD,
        displayName: NAME,
        role: 'YOUTH',
        classCode: code.data?.createClassCode.code,
      },
    });
    expect(signedUp.errors).toBeUndefined();
    pupilId = signedUp.data?.signUp.id ?? '';
    const booked = await pupil.graphql(BOOK_SLOT, {
      input: { slotId, idempotencyKey: randomUUID() },
    });
    expect(booked.errors).toBeUndefined();
    await counsellor.graphql(YOUTH_OVERVIEW, { youthId: pupilId });
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('gives the young person everything stored about them as JSON, without secrets', async () => {
    const answer = await pupil.graphql<{ exportMyData: string }>(EXPORT);
    expect(answer.errors).toBeUndefined();
    const exported = JSON.parse(answer.data?.exportMyData ?? '{}') as {
      account: Record<string, unknown>;
      data: Record<string, Record<string, unknown>[]>;
      accessLog: { actorName: string; action: string }[];
    };
    expect(exported.account).toMatchObject({ email: EMAIL, display_name: NAME });
    expect(exported.account).not.toHaveProperty('password_hash');
    expect(Object.keys(exported.data)).toEqual(
      expect.arrayContaining([
        'public.booking.youth_id',
        'public.cohort_pupil.youth_id',
        'public.session.account_id',
      ]),
    );
    expect(JSON.stringify(exported)).not.toMatch(/token_hash|password_hash/);
    expect(exported.accessLog).toContainEqual(
      expect.objectContaining({ actorName: 'Rita Rådgiver', action: 'VIEW_PROFILE' }),
    );
    expect((await employer.graphql(EXPORT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('erases the account: no e-mail or name left anywhere in Postgres, seats given back, anonymous counts kept', async () => {
    const refused = await pupil.graphql(ERASE, { confirmation: 'kanskje' });
    expect(refused.errors?.[0]?.extensions?.field).toBe('confirmation');

    const erased = await pupil.graphql<{ eraseMyAccount: boolean }>(ERASE, {
      confirmation: 'slett',
    });
    expect(erased.errors).toBeUndefined();
    expect(erased.data?.eraseMyAccount).toBe(true);
    const me = await pupil.graphql<{ me: unknown }>(ME);
    expect(me.data?.me).toBeNull();

    // Every text-like column of every table, searched for the e-mail and the name.
    const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`,
    );
    const hits: string[] = [];
    for (const { table_name, column_name } of columns) {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1 OR "${column_name}"::text ILIKE $2`,
        [`%${EMAIL}%`, `%${NAME}%`],
      );
      if (Number(rows[0]?.n) > 0) hits.push(`${table_name}.${column_name}`);
    }
    expect(hits).toEqual([]);
    // And every search index of this run, searched for the same.
    expect(await searchIndexHits(api, [EMAIL, NAME])).toEqual([]);

    const { rows: slots } = await db.query<{ seats_booked: number }>(
      `SELECT seats_booked FROM slot WHERE id = $1`,
      [slotId],
    );
    expect(slots[0]?.seats_booked).toBe(0);
    const { rows: counts } = await db.query(
      `SELECT role, school_year, days_booked FROM erased_account_statistic`,
    );
    expect(counts).toEqual([{ role: 'YOUTH', school_year: '2026/27', days_booked: 1 }]);
    const { rows: left } = await db.query(`SELECT 1 FROM account WHERE id = $1`, [pupilId]);
    expect(left).toHaveLength(0);
  });

  it("flags unused young people's accounts, keeps those who come back, and erases the rest after the grace period", async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const retention = api.app.get(RetentionService);
    const clock = api.app.get(Clock);
    const comesBack = await signedInAccount(api, db, {
      role: 'YOUTH',
      displayName: 'Kommer Tilbake',
    });
    const goneAway = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Borte Vekk' });
    const start = Date.now();
    const spy = jest.spyOn(clock, 'now');
    try {
      spy.mockImplementation(() => new Date(start + 100 * DAY));
      expect(await retention.flagInactive()).toBe(0);

      spy.mockImplementation(() => new Date(start + 731 * DAY));
      expect(await retention.flagInactive()).toBeGreaterThanOrEqual(2);
      expect(await retention.flagInactive()).toBe(0);
      const flagged = await db.query<{ account_id: string }>(
        `SELECT account_id FROM retention_notice`,
      );
      expect(flagged.rows.map((row) => row.account_id)).toEqual(
        expect.arrayContaining([comesBack.id, goneAway.id]),
      );

      // One of them signs in again.
      await db.query(
        `INSERT INTO session (token_hash, account_id, expires_at, created_at)
         VALUES (md5(random()::text) || md5(random()::text), $1, $2, $3)`,
        [comesBack.id, new Date(start + 800 * DAY), new Date(start + 740 * DAY)],
      );
      spy.mockImplementation(() => new Date(start + 731 * DAY + 31 * DAY));
      const round = await retention.runOnce();
      expect(round.cleared).toBe(1);
      expect(round.erased).toBeGreaterThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
    const left = await db.query<{ id: string }>(`SELECT id FROM account WHERE id = ANY($1)`, [
      [comesBack.id, goneAway.id],
    ]);
    expect(left.rows.map((row) => row.id)).toEqual([comesBack.id]);
    const notices = await db.query(`SELECT 1 FROM retention_notice WHERE account_id = $1`, [
      comesBack.id,
    ]);
    expect(notices.rows).toHaveLength(0);
  });
});
