import { Client } from 'pg';
import { Mailbox, tokenFrom } from '../../test/mailbox';
import { signedInAccount } from '../../test/organisation-fixtures';
import { searchIndexHits } from '../../test/search-fixtures';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';
import { Clock } from '../common/clock';

const REQUEST_LINK = /* GraphQL */ `
  mutation ($email: String!) {
    requestGuardianLink(input: { email: $email })
  }
`;
const SEND_LINK = /* GraphQL */ `
  mutation {
    sendGuardianLink
  }
`;
const MY_GUARDIAN = /* GraphQL */ `
  query {
    myGuardian {
      email
      rightsApply
    }
  }
`;
const ACCESS = /* GraphQL */ `
  query ($token: String!) {
    guardianAccess(input: { token: $token }) {
      pupilName
      expiresAt
    }
  }
`;
const EXPORT = /* GraphQL */ `
  mutation ($token: String!) {
    guardianExportData(input: { token: $token })
  }
`;
const ERASE = /* GraphQL */ `
  mutation ($token: String!, $confirmation: String!) {
    guardianEraseAccount(input: { token: $token, confirmation: $confirmation })
  }
`;
const ACCESS_LOG = /* GraphQL */ `
  query {
    myAccessLog(first: 20) {
      entries {
        actorName
        actorRoleLabel
        actorRoleLabelEn
        action
        purpose
      }
    }
  }
`;

const HOUR = 3_600_000;
const codeOf = (answer: GraphQLResponse<unknown>): string | undefined =>
  answer.errors?.[0]?.extensions?.code;
const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

describe("A guardian's data rights for a pupil under 16", () => {
  let api: TestApi;
  let db: Client;
  let mailbox: Mailbox;
  let clock: Clock;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    api = await startTestApi({
      SMTP_URL: mailbox.url,
      PUBLIC_WEB_URL: 'https://akselerator.example',
    });
    clock = api.app.get(Clock);
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
    await mailbox.close();
  });

  /** A pupil with a guardian e-mail on record and, if given, a birth date in the profile. */
  async function pupil(
    name: string,
    email: string,
    guardian: string,
    birthDate: string | null = null,
  ): Promise<{ id: string; client: TestClient }> {
    const made = await signedInAccount(api, db, { role: 'YOUTH', displayName: name, email });
    await db.query(`INSERT INTO guardian_contact (youth_id, email) VALUES ($1, $2)`, [
      made.id,
      guardian,
    ]);
    if (birthDate) await setBirthDate(made.id, birthDate);
    return made;
  }

  async function setBirthDate(youthId: string, birthDate: string): Promise<void> {
    await db.query(
      `INSERT INTO youth_profile (account_id, programme_codes, birth_date) VALUES ($1, '{BA}', $2)
       ON CONFLICT (account_id) DO UPDATE SET birth_date = EXCLUDED.birth_date`,
      [youthId, birthDate],
    );
  }

  const yearsAgo = (years: number): string => {
    const today = new Date();
    return `${String(today.getUTCFullYear() - years)}-01-01`;
  };

  /** A guardian is anyone with a browser; each gets its own address for the rate limits. */
  const guardian = () => api.client();

  it('mails the link only to the guardian on record, and answers the same for any address', async () => {
    const ada = await pupil('Ada Andersen', 'ada@elev.example', 'foresatt.ada@hjem.example');

    const unknown = await guardian().graphql<{ requestGuardianLink: boolean }>(REQUEST_LINK, {
      email: 'noen.andre@hjem.example',
    });
    expect(unknown.data?.requestGuardianLink).toBe(true);
    const known = await guardian().graphql<{ requestGuardianLink: boolean }>(REQUEST_LINK, {
      email: ' Foresatt.Ada@Hjem.example ',
    });
    expect(known).toEqual(unknown);

    const mail = await mailbox.next('foresatt.ada@hjem.example');
    expect(mail.subject).toMatch(/elevens opplysninger/);
    expect(mail.text).toContain('Ada Andersen');
    expect(mail.text).toContain('https://akselerator.example/foresatt?token=');
    await pause(500);
    expect(mailbox.unread('noen.andre@hjem.example')).toBe(0);
    expect(mailbox.unread('ada@elev.example')).toBe(0);

    // The pupil can send it from their privacy page, to the same guardian only.
    expect((await ada.client.graphql(MY_GUARDIAN)).data).toEqual({
      myGuardian: { email: 'foresatt.ada@hjem.example', rightsApply: true },
    });
    const sent = await ada.client.graphql<{ sendGuardianLink: boolean }>(SEND_LINK);
    expect(sent.data?.sendGuardianLink).toBe(true);
    expect(tokenFrom(await mailbox.next('foresatt.ada@hjem.example'))).not.toBe(tokenFrom(mail));
    // Nobody else may ask for a pupil's guardian link.
    const staff = await signedInAccount(api, db, { role: 'COUNSELLOR', displayName: 'Rådgiver' });
    expect(codeOf(await staff.client.graphql(SEND_LINK))).toBe('FORBIDDEN');
    expect(codeOf(await guardian().graphql(SEND_LINK))).toBe('UNAUTHENTICATED');
  });

  it("gives the pupil's data once per link, and the pupil sees the guardian in the access log", async () => {
    const bo = await pupil('Bo Berg', 'bo@elev.example', 'foresatt.bo@hjem.example', yearsAgo(15));
    await guardian().graphql(REQUEST_LINK, { email: 'foresatt.bo@hjem.example' });
    const token = tokenFrom(await mailbox.next('foresatt.bo@hjem.example'));

    const browser = guardian();
    const access = await browser.graphql<{ guardianAccess: { pupilName: string } }>(ACCESS, {
      token,
    });
    expect(access.errors).toBeUndefined();
    expect(access.data?.guardianAccess.pupilName).toBe('Bo Berg');

    const exported = await browser.graphql<{ guardianExportData: string }>(EXPORT, { token });
    expect(exported.errors).toBeUndefined();
    const data = JSON.parse(exported.data?.guardianExportData ?? '{}') as {
      account: Record<string, unknown>;
    };
    expect(data.account).toMatchObject({ email: 'bo@elev.example', display_name: 'Bo Berg' });
    expect(exported.data?.guardianExportData).not.toMatch(/token_hash|password_hash/);

    expect(codeOf(await browser.graphql(EXPORT, { token }))).toBe('TOKEN_USED');
    expect(codeOf(await browser.graphql(ACCESS, { token }))).toBe('TOKEN_USED');

    const log = await bo.client.graphql<{
      myAccessLog: { entries: Record<string, string>[] };
    }>(ACCESS_LOG);
    expect(log.data?.myAccessLog.entries).toEqual([
      {
        actorName: 'Foresatt',
        actorRoleLabel: 'Foresatt',
        actorRoleLabelEn: 'Guardian',
        action: 'VIEW_PROFILE',
        purpose: 'Lastet ned en kopi av alle dataene dine (lenke sendt til foresatt)',
      },
    ]);
  });

  it('refuses expired and unknown links, and changes nothing', async () => {
    await pupil('Cato Carlsen', 'cato@elev.example', 'foresatt.cato@hjem.example');
    await guardian().graphql(REQUEST_LINK, { email: 'foresatt.cato@hjem.example' });
    const token = tokenFrom(await mailbox.next('foresatt.cato@hjem.example'));
    const now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now + 25 * HOUR));
    const browser = guardian();
    expect(codeOf(await browser.graphql(ACCESS, { token }))).toBe('TOKEN_EXPIRED');
    expect(codeOf(await browser.graphql(EXPORT, { token }))).toBe('TOKEN_EXPIRED');
    expect(codeOf(await browser.graphql(ERASE, { token, confirmation: 'SLETT' }))).toBe(
      'TOKEN_EXPIRED',
    );
    expect(codeOf(await browser.graphql(ACCESS, { token: 'finnes-ikke' }))).toBe('TOKEN_INVALID');
    const { rows } = await db.query(`SELECT 1 FROM account WHERE email = 'cato@elev.example'`);
    expect(rows).toHaveLength(1);
  });

  it('has no guardian route for a pupil of 16 or older', async () => {
    const dina = await pupil('Dina Dahl', 'dina@elev.example', 'foresatt.dina@hjem.example');
    // A link sent while her birth date was unknown…
    await guardian().graphql(REQUEST_LINK, { email: 'foresatt.dina@hjem.example' });
    const token = tokenFrom(await mailbox.next('foresatt.dina@hjem.example'));
    // …stops working once the profile shows she is 17.
    await setBirthDate(dina.id, yearsAgo(17));
    expect(codeOf(await guardian().graphql(ACCESS, { token }))).toBe('TOKEN_INVALID');
    expect(codeOf(await guardian().graphql(EXPORT, { token }))).toBe('TOKEN_INVALID');

    const asked = await guardian().graphql<{ requestGuardianLink: boolean }>(REQUEST_LINK, {
      email: 'foresatt.dina@hjem.example',
    });
    expect(asked.data?.requestGuardianLink).toBe(true);
    expect((await dina.client.graphql<{ sendGuardianLink: boolean }>(SEND_LINK)).data).toEqual({
      sendGuardianLink: false,
    });
    expect((await dina.client.graphql(MY_GUARDIAN)).data).toEqual({
      myGuardian: { email: 'foresatt.dina@hjem.example', rightsApply: false },
    });
    await pause(500);
    expect(mailbox.unread('foresatt.dina@hjem.example')).toBe(0);
    const { rows } = await db.query(`SELECT used_at FROM account_token WHERE account_id = $1`, [
      dina.id,
    ]);
    expect(rows).toEqual([{ used_at: null }]);
  });

  it("erases the pupil's account after an explicit confirmation: nothing left in Postgres or Meilisearch", async () => {
    const EMAIL = 'eirik.elev@elev.example';
    const NAME = 'Eirik Eriksen';
    const eirik = await pupil(NAME, EMAIL, 'foresatt.eirik@hjem.example', yearsAgo(15));
    await guardian().graphql(REQUEST_LINK, { email: 'foresatt.eirik@hjem.example' });
    const token = tokenFrom(await mailbox.next('foresatt.eirik@hjem.example'));
    const browser = guardian();

    const unconfirmed = await browser.graphql(ERASE, { token, confirmation: 'kanskje' });
    expect(unconfirmed.errors?.[0]?.extensions?.field).toBe('confirmation');
    // The link still works after a refused attempt.
    expect((await browser.graphql(ACCESS, { token })).errors).toBeUndefined();

    const erased = await browser.graphql<{ guardianEraseAccount: boolean }>(ERASE, {
      token,
      confirmation: 'slett',
    });
    expect(erased.errors).toBeUndefined();
    expect(erased.data?.guardianEraseAccount).toBe(true);
    expect(codeOf(await browser.graphql(ERASE, { token, confirmation: 'SLETT' }))).toMatch(
      /TOKEN_(INVALID|USED)/,
    );
    expect((await eirik.client.graphql<{ me: unknown }>('{ me { id } }')).data?.me).toBeNull();

    const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`,
    );
    const hits: string[] = [];
    for (const { table_name, column_name } of columns) {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1 OR "${column_name}"::text ILIKE $2 OR "${column_name}"::text ILIKE $3`,
        [`%${EMAIL}%`, `%${NAME}%`, '%foresatt.eirik@hjem.example%'],
      );
      if (Number(rows[0]?.n) > 0) hits.push(`${table_name}.${column_name}`);
    }
    expect(hits).toEqual([]);
    expect(await searchIndexHits(api, [EMAIL, NAME])).toEqual([]);
    const { rows: left } = await db.query(`SELECT 1 FROM account WHERE id = $1`, [eirik.id]);
    expect(left).toHaveLength(0);
    const { rows: counts } = await db.query(
      // The day is Oslo's (the API's clock), which is not the database's UTC date near midnight.
      `SELECT role FROM erased_account_statistic WHERE erased_on = (now() AT TIME ZONE 'Europe/Oslo')::date`,
    );
    expect(counts).toContainEqual({ role: 'YOUTH' });
  });
});
