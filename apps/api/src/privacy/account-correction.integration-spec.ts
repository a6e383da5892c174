import { Client } from 'pg';
import { Mailbox, tokenFrom } from '../../test/mailbox';
import { insertSchool, signedInAccount } from '../../test/organisation-fixtures';
import { SIGN_IN, SIGN_UP, VERIFY_EMAIL } from '../../test/operations';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';

const DETAILS = /* GraphQL */ `
  query {
    myAccountDetails {
      displayName
      email
      pendingEmail
      isPupil
      guardianEmail
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateMyAccountInput!) {
    updateMyAccount(input: $input) {
      displayName
      email
      pendingEmail
      isPupil
      guardianEmail
    }
  }
`;

interface Details {
  displayName: string;
  email: string;
  pendingEmail: string | null;
  isPupil: boolean;
  guardianEmail: string | null;
}

const PASSWORD = 'Et-langt-passord-9';
const fieldsOf = (answer: GraphQLResponse<unknown>) =>
  answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => [error.field, error.code]);

describe('Correcting one’s own account data', () => {
  let api: TestApi;
  let db: Client;
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    api = await startTestApi({
      SMTP_URL: mailbox.url,
      PUBLIC_WEB_URL: 'https://akselerator.example',
    });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
    await mailbox.close();
  });

  async function signUp(email: string): Promise<TestClient> {
    const browser = api.client();
    const answer = await browser.graphql(SIGN_UP, {
      input: { email, password: PASSWORD, displayName: 'Kari Nordmann', role: 'YOUTH' },
    });
    expect(answer.errors).toBeUndefined();
    await mailbox.next(email); // the sign-up's verification link
    return browser;
  }

  it('corrects the name at once, and refuses bad input field by field with nothing changed', async () => {
    const kari = await signUp('kari@eksempel.example');
    const renamed = await kari.graphql<{ updateMyAccount: Details }>(UPDATE, {
      input: { displayName: '  Kari N. Nordmann ' },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateMyAccount).toMatchObject({
      displayName: 'Kari N. Nordmann',
      email: 'kari@eksempel.example',
      isPupil: false,
    });

    const bad = await kari.graphql(UPDATE, {
      input: { displayName: '', email: 'ikke-en-adresse' },
    });
    expect(fieldsOf(bad)).toEqual(
      expect.arrayContaining([
        ['displayName', 'REQUIRED'],
        ['email', 'INVALID_EMAIL'],
      ]),
    );
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toMatch(/[a-zæøå]/);
    // Only a pupil has a guardian e-mail to correct.
    const notPupil = await kari.graphql(UPDATE, {
      input: { displayName: 'Bare Kari', guardianEmail: 'mor@hjem.example' },
    });
    expect(fieldsOf(notPupil)).toEqual([['guardianEmail', 'OUT_OF_RANGE']]);
    const details = await kari.graphql<{ myAccountDetails: Details }>(DETAILS);
    expect(details.data?.myAccountDetails.displayName).toBe('Kari N. Nordmann');
    expect((await api.client().graphql(DETAILS)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes the e-mail address only when the link mailed to the new address is opened', async () => {
    const ola = await signUp('ola@eksempel.example');
    const asked = await ola.graphql<{ updateMyAccount: Details }>(UPDATE, {
      input: { email: 'Ola.Ny@Eksempel.example' },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.updateMyAccount).toMatchObject({
      email: 'ola@eksempel.example',
      pendingEmail: 'ola.ny@eksempel.example',
    });
    const mail = await mailbox.next('ola.ny@eksempel.example');
    expect(mail.subject).toMatch(/nye e-postadressen/);
    const token = tokenFrom(mail);

    const verified = await api.client().graphql(VERIFY_EMAIL, { input: { token } });
    expect(verified.errors).toBeUndefined();
    // The old address is told, so an account taken over does not go unnoticed.
    const notice = await mailbox.next('ola@eksempel.example');
    expect(notice.subject).toBe('E-postadressen din i Akselerator er endret');
    expect(notice.text).toContain('ola.ny@eksempel.example');
    const after = await ola.graphql<{ myAccountDetails: Details }>(DETAILS);
    expect(after.data?.myAccountDetails).toMatchObject({
      email: 'ola.ny@eksempel.example',
      pendingEmail: null,
    });
    const { rows } = await db.query<{ verified: boolean }>(
      `SELECT email_verified_at IS NOT NULL AS verified FROM account WHERE email = 'ola.ny@eksempel.example'`,
    );
    expect(rows).toEqual([{ verified: true }]);
    expect(
      (
        await api.client().graphql(SIGN_IN, {
          input: { email: 'ola.ny@eksempel.example', password: PASSWORD },
        })
      ).errors,
    ).toBeUndefined();
    // The link works once.
    const again = await api.client().graphql(VERIFY_EMAIL, { input: { token } });
    expect(again.errors?.[0]?.extensions?.code).toBe('TOKEN_USED');
  });

  it("does not send a link to another account's address, and answers the same", async () => {
    await signUp('opptatt@eksempel.example');
    const per = await signUp('per@eksempel.example');
    const answer = await per.graphql<{ updateMyAccount: Details }>(UPDATE, {
      input: { email: 'opptatt@eksempel.example' },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.updateMyAccount.email).toBe('per@eksempel.example');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.unread('opptatt@eksempel.example')).toBe(0);
  });

  it("lets a pupil give their guardian's e-mail once; a change after that is the school's", async () => {
    const pupil = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Pia Pupil' });
    const school = await insertSchool(db, 'Vågsbygd ungdomsskole');
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10A', '2026/27') RETURNING id`,
      [school],
    );
    await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
      pupil.id,
      rows[0]?.id,
    ]);
    const set = await pupil.client.graphql<{ updateMyAccount: Details }>(UPDATE, {
      input: { guardianEmail: ' Far@Hjem.example' },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data?.updateMyAccount).toMatchObject({
      isPupil: true,
      guardianEmail: 'far@hjem.example',
    });
    const { rows: contact } = await db.query(
      `SELECT email, updated_by FROM guardian_contact WHERE youth_id = $1`,
      [pupil.id],
    );
    expect(contact).toEqual([{ email: 'far@hjem.example', updated_by: pupil.id }]);
    // Once an address is on record, consent goes there: only the school changes it.
    const changed = await pupil.client.graphql<{ updateMyAccount: Details }>(UPDATE, {
      input: { guardianEmail: 'mor@hjem.example', displayName: 'Pia P.' },
    });
    expect(fieldsOf(changed)).toEqual([['guardianEmail', 'GUARDIAN_ON_RECORD']]);
    const { rows: after } = await db.query(
      `SELECT a.display_name, g.email FROM account a JOIN guardian_contact g ON g.youth_id = a.id WHERE a.id = $1`,
      [pupil.id],
    );
    expect(after).toEqual([{ display_name: 'Pia Pupil', email: 'far@hjem.example' }]);
  });
});
