import { Client } from 'pg';
import { Clock } from '../common/clock';
import { Mailbox, tokenFrom } from '../../test/mailbox';
import {
  ACCEPT_EMPLOYER_INVITATION,
  EMPLOYER_MEMBERS,
  INVITE_EMPLOYER_MEMBER,
  MY_ORGANISATION,
  REMOVE_EMPLOYER_MEMBER,
  REVOKE_EMPLOYER_INVITATION,
} from '../../test/organisation-operations';
import { SIGN_UP } from '../../test/operations';
import {
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';

const PASSWORD = 'Solsikke-på-Lund-42';
const DAY_MS = 24 * 60 * 60 * 1000;

interface AcceptAnswer {
  acceptEmployerInvitation: {
    id: string;
    role: string;
    employer: { id: string; name: string } | null;
  };
}

const fieldErrorOf = (answer: GraphQLResponse<unknown>) =>
  answer.errors?.[0]?.extensions?.fieldErrors?.[0];
const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;

describe('Employer members and invitations', () => {
  let api: TestApi;
  let db: Client;
  let mailbox: Mailbox;
  let owner: TestClient;
  let employerId: string;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    api = await startTestApi({
      SMTP_URL: mailbox.url,
      PUBLIC_WEB_URL: 'https://akselerator.example',
    });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    owner = api.client();
    const signedUp = await owner.graphql<{ signUp: { employer: { id: string } } }>(SIGN_UP, {
      input: {
        email: 'eier@bakeri.example',
        password: PASSWORD,
        displayName: 'Eva Eier',
        role: 'EMPLOYER',
        employer: { name: 'Lund Bakeri AS', organisationNumber: '923609016' },
      },
    });
    expect(signedUp.errors).toBeUndefined();
    employerId = signedUp.data?.signUp.employer.id ?? '';
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
    await mailbox.close();
  });

  async function invite(email: string): Promise<string> {
    const answer = await owner.graphql(INVITE_EMPLOYER_MEMBER, { input: { email } });
    expect(answer.errors).toBeUndefined();
    const mail = await mailbox.next(email);
    expect(mail.subject).toBe('Bli med i Lund Bakeri AS på Akselerator');
    expect(mail.text).toContain('https://akselerator.example/bli-med?token=');
    return tokenFrom(mail);
  }

  it('makes whoever signs the employer up its owner', async () => {
    const answer = await owner.graphql<{ myOrganisation: unknown }>(MY_ORGANISATION);
    expect(answer.data?.myOrganisation).toMatchObject({
      kind: 'EMPLOYER',
      id: employerId,
      name: 'Lund Bakeri AS',
      employerRole: 'OWNER',
    });
  });

  it('lets an invited colleague make an account with the link, once; only a hash of the token is stored', async () => {
    const token = await invite('Kollega@Bakeri.example');
    const stored = await db.query<{ token_hash: string }>(
      `SELECT token_hash FROM employer_invitation WHERE email = 'kollega@bakeri.example'`,
    );
    expect(stored.rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.token_hash).not.toContain(token);

    const colleague = api.client();
    const accepted = await colleague.graphql<AcceptAnswer>(ACCEPT_EMPLOYER_INVITATION, {
      input: { token, displayName: 'Kai Kollega', password: PASSWORD },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptEmployerInvitation).toMatchObject({
      role: 'EMPLOYER',
      employer: { id: employerId, name: 'Lund Bakeri AS' },
    });
    const verified = await db.query<{ email_verified_at: Date | null }>(
      `SELECT email_verified_at FROM account WHERE email = 'kollega@bakeri.example'`,
    );
    expect(verified.rows[0]?.email_verified_at).not.toBeNull();
    const organisation = await colleague.graphql<{ myOrganisation: unknown }>(MY_ORGANISATION);
    expect(organisation.data?.myOrganisation).toMatchObject({ employerRole: 'MEMBER' });
    const members = await owner.graphql<{
      employerMembers: { displayName: string; role: string }[];
    }>(EMPLOYER_MEMBERS);
    expect(
      members.data?.employerMembers.map(({ displayName, role }) => [displayName, role]),
    ).toEqual([
      ['Eva Eier', 'OWNER'],
      ['Kai Kollega', 'MEMBER'],
    ]);

    // A plain member may not invite.
    expect(
      codeOf(await colleague.graphql(INVITE_EMPLOYER_MEMBER, { input: { email: 'x@y.example' } })),
    ).toBe('FORBIDDEN');

    // The link works once.
    const again = await api.client().graphql(ACCEPT_EMPLOYER_INVITATION, {
      input: { token, displayName: 'Kai To', password: PASSWORD },
    });
    expect(fieldErrorOf(again)).toMatchObject({ field: 'token', code: 'INVALID_INVITATION' });
    expect(again.errors?.[0]?.message).toMatch(/Invitasjonen virker ikke/);
  });

  it('refuses an expired invitation, and nothing changes', async () => {
    const token = await invite('sen@bakeri.example');
    const clock = api.app.get(Clock);
    const now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now + 8 * DAY_MS));
    const late = await api.client().graphql(ACCEPT_EMPLOYER_INVITATION, {
      input: { token, displayName: 'Sen Kollega', password: PASSWORD },
    });
    expect(fieldErrorOf(late)).toMatchObject({ field: 'token', code: 'INVALID_INVITATION' });
    const accounts = await db.query(`SELECT 1 FROM account WHERE email = 'sen@bakeri.example'`);
    expect(accounts.rows).toHaveLength(0);
    const invitation = await db.query<{ accepted_at: Date | null }>(
      `SELECT accepted_at FROM employer_invitation WHERE email = 'sen@bakeri.example'`,
    );
    expect(invitation.rows[0]?.accepted_at).toBeNull();
  });

  it('refuses a made-up token, and a weak password before the token is spent', async () => {
    const forged = await api.client().graphql(ACCEPT_EMPLOYER_INVITATION, {
      input: { token: 'x'.repeat(43), displayName: 'Falsk', password: PASSWORD },
    });
    expect(fieldErrorOf(forged)).toMatchObject({ field: 'token', code: 'INVALID_INVITATION' });

    const token = await invite('svak@bakeri.example');
    const weak = await api.client().graphql(ACCEPT_EMPLOYER_INVITATION, {
      input: { token, displayName: 'Svak', password: 'passord123' },
    });
    expect(fieldErrorOf(weak)?.field).toBe('password');
    const ok = await api.client().graphql(ACCEPT_EMPLOYER_INVITATION, {
      input: { token, displayName: 'Sterk', password: PASSWORD },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('lets a signed-in account with the invited address join, but not someone else holding the link', async () => {
    const token = await invite('youth-not@bakeri.example');
    const stranger = api.client();
    await stranger.graphql(SIGN_UP, {
      input: {
        email: 'annen@elev.example',
        password: PASSWORD,
        displayName: 'Annen',
        role: 'YOUTH',
      },
    });
    const refused = await stranger.graphql(ACCEPT_EMPLOYER_INVITATION, { input: { token } });
    expect(fieldErrorOf(refused)).toMatchObject({ field: 'token', code: 'INVALID_INVITATION' });
    const unauthenticated = await api
      .client()
      .graphql(ACCEPT_EMPLOYER_INVITATION, { input: { token } });
    expect(fieldErrorOf(unauthenticated)?.field).toBe('displayName');
  });

  it('lets the owner withdraw an invitation and take a colleague out', async () => {
    const answer = await owner.graphql<{ inviteEmployerMember: { id: string } }>(
      INVITE_EMPLOYER_MEMBER,
      {
        input: { email: 'angret@bakeri.example' },
      },
    );
    const token = tokenFrom(await mailbox.next('angret@bakeri.example'));
    expect(
      (
        await owner.graphql(REVOKE_EMPLOYER_INVITATION, {
          id: answer.data?.inviteEmployerMember.id,
        })
      ).errors,
    ).toBeUndefined();
    const late = await api.client().graphql(ACCEPT_EMPLOYER_INVITATION, {
      input: { token, displayName: 'Angret', password: PASSWORD },
    });
    expect(fieldErrorOf(late)).toMatchObject({ field: 'token', code: 'INVALID_INVITATION' });

    const colleagueToken = await invite('kort@bakeri.example');
    const colleague = api.client();
    const accepted = await colleague.graphql<AcceptAnswer>(ACCEPT_EMPLOYER_INVITATION, {
      input: { token: colleagueToken, displayName: 'Kort Tid', password: PASSWORD },
    });
    const colleagueId = accepted.data?.acceptEmployerInvitation.id;
    expect(
      codeOf(await colleague.graphql(REMOVE_EMPLOYER_MEMBER, { accountId: colleagueId })),
    ).toBe('FORBIDDEN');
    expect(
      (await owner.graphql(REMOVE_EMPLOYER_MEMBER, { accountId: colleagueId })).errors,
    ).toBeUndefined();
    expect(codeOf(await colleague.graphql(EMPLOYER_MEMBERS))).toBe('UNAUTHENTICATED');
    const members = await owner.graphql<{ employerMembers: { displayName: string }[] }>(
      EMPLOYER_MEMBERS,
    );
    expect(members.data?.employerMembers.map((m) => m.displayName)).not.toContain('Kort Tid');
  });
});
