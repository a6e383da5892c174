import { Mailbox, tokenFrom } from '../../test/mailbox';
import {
  ACCEPT_EMPLOYER_INVITATION,
  INVITE_EMPLOYER_MEMBER,
} from '../../test/organisation-operations';
import { SIGN_UP } from '../../test/operations';
import { startTestApi, type TestApi } from '../../test/test-api';
import { Clock } from '../common/clock';

const PREVIEW = /* GraphQL */ `
  query ($token: String!) {
    employerInvitationPreview(input: { token: $token }) {
      employerName
      email
      expiresAt
    }
  }
`;
const PASSWORD = 'Solsikke-på-Lund-42';

describe('The colleague invitation page looks the invitation up by its token', () => {
  let api: TestApi;
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    api = await startTestApi({ SMTP_URL: mailbox.url, PUBLIC_WEB_URL: 'https://aks.example' });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await api.close();
    await mailbox.close();
  });

  it('shows the employer and address while the link is live; null once used, expired or unknown', async () => {
    const owner = api.client();
    await owner.graphql(SIGN_UP, {
      input: {
        email: 'eier@verksted.example',
        password: PASSWORD,
        displayName: 'Eva Eier',
        role: 'EMPLOYER',
        employer: { name: 'Lund Verksted AS', organisationNumber: '923609016' },
      },
    });
    for (const email of ['kollega@verksted.example', 'senere@verksted.example']) {
      const invited = await owner.graphql(INVITE_EMPLOYER_MEMBER, { input: { email } });
      expect(invited.errors).toBeUndefined();
    }
    const token = tokenFrom(await mailbox.next('kollega@verksted.example'));
    const later = tokenFrom(await mailbox.next('senere@verksted.example'));

    const shown = await api.client().graphql<{
      employerInvitationPreview: { employerName: string; email: string } | null;
    }>(PREVIEW, { token });
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.employerInvitationPreview).toMatchObject({
      employerName: 'Lund Verksted AS',
      email: 'kollega@verksted.example',
    });

    const accepted = await api.client().graphql(ACCEPT_EMPLOYER_INVITATION, {
      input: { token, displayName: 'Kari Kollega', password: PASSWORD },
    });
    expect(accepted.errors).toBeUndefined();
    expect((await api.client().graphql(PREVIEW, { token })).data).toEqual({
      employerInvitationPreview: null,
    });
    expect((await api.client().graphql(PREVIEW, { token: 'ukjent-lenke' })).data).toEqual({
      employerInvitationPreview: null,
    });
    const now = Date.now();
    jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => new Date(now + 8 * 86_400_000));
    expect((await api.client().graphql(PREVIEW, { token: later })).data).toEqual({
      employerInvitationPreview: null,
    });
  });
});
