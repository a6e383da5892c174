import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import {
  daysFromToday,
  expectNotReloaded,
  markPageAsLoaded,
  NotificationBell,
  signIn,
} from '../support/pages';

// The demo city: the NAV coordinator who follows Jonas (ungdom@demo), and Sørlandet Rør's owner.
const PASSWORD = 'Sommerfugl-2026';
const COORDINATOR = { email: 'veileder@demo.akselerator.no', password: PASSWORD };
const YOUTH = { email: 'ungdom@demo.akselerator.no', password: PASSWORD };
const EMPLOYER = { email: 'arbeidsgiver@demo.akselerator.no', password: PASSWORD };

// A fresh apprenticeship on every run, so reruns against the same data never collide.
const RUN = Date.now().toString(36).slice(-5);
const TITLE = `Lærling som rørlegger ${RUN}`;
const MESSAGE =
  'Hei Jonas! Du sa du liker å jobbe med hendene. Sørlandet Rør har en ny lærlingplass – vil du prøve?';
const EMPLOYER_MESSAGE = 'Så hyggelig! Kan du komme innom verkstedet på mandag kl. 10?';

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** A GraphQL call in a signed-in page's session (no Origin header: not a cross-site request). */
async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

test('a coordinator proposes an apprenticeship; the young person accepts live; the employer answers; the coordinator sees it live', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const coordinator = await newPage(browser);
  const youth = await newPage(browser);
  const employer = await newPage(browser);

  // The employer publishes a new apprenticeship (set up through the API, as a fixture).
  await signIn(employer, EMPLOYER);
  await expect(employer).toHaveURL(/\/arbeidsgiver$/);
  const created = await graphql<{
    createApprenticeship: { id: string; employer: { name: string } };
  }>(
    employer.request,
    `
      mutation ($input: CreateApprenticeshipInput!) {
        createApprenticeship(input: $input) {
          id
          employer {
            name
          }
        }
      }
    `,
    {
      input: {
        title: TITLE,
        description:
          'Lærlingplass i rørleggerfaget hos en travel bedrift med egen lærlingansvarlig.',
        tasks:
          'Montere rør og utstyr sammen med en erfaren rørlegger, på byggeplass og hos kunder.',
        tradeCode: 'rorlegger',
        address: {
          street: 'Markens gate 20',
          postalCode: '4611',
          postalPlace: 'Kristiansand S',
          municipalityCode: '4204',
          latitude: 58.1464,
          longitude: 7.9932,
        },
        places: 2,
        startDate: daysFromToday(200),
        applicationDeadline: daysFromToday(60),
      },
    },
  );
  const opportunityId = created.createApprenticeship.id;
  const employerName = created.createApprenticeship.employer.name;
  await graphql(
    employer.request,
    `
      mutation ($id: ID!) {
        publishOpportunity(id: $id) {
          id
        }
      }
    `,
    {
      id: opportunityId,
    },
  );
  // The employer waits on the candidates page, reached from the dashboard.
  await employer.getByRole('link', { name: 'Kandidater fra veiledere' }).click();
  await expect(
    employer.getByRole('heading', { level: 1, name: 'Kandidater fra veiledere' }),
  ).toBeVisible();
  await employer.waitForLoadState('networkidle');
  await markPageAsLoaded(employer);

  // The young person waits on "Forslag til meg".
  await signIn(youth, { ...YOUTH, next: '/mine-forslag' });
  await expect(youth.getByRole('heading', { level: 1, name: 'Forslag til meg' })).toBeVisible();
  await youth.waitForLoadState('networkidle');
  const youthBell = new NotificationBell(youth);
  const youthUnread = await youthBell.unread();
  await markPageAsLoaded(youth);

  // The coordinator opens Jonas's plan, goes to Forslag, and picks the new apprenticeship.
  await signIn(coordinator, COORDINATOR);
  await expect(coordinator).not.toHaveURL(/\/logg-inn/);
  const caseload = await graphql<{ myCaseload: { youthId: string; displayName: string }[] }>(
    coordinator.request,
    `
      query {
        myCaseload {
          youthId
          displayName
        }
      }
    `,
  );
  const jonas = caseload.myCaseload.find((entry) => entry.displayName === 'Jonas Kristoffersen');
  expect(jonas).toBeDefined();
  const youthPage = `/veileder/ungdom/${jonas?.youthId ?? ''}`;
  await coordinator.goto(youthPage);
  await expect(
    coordinator.getByRole('heading', { level: 1, name: 'Jonas Kristoffersen' }),
  ).toBeVisible();
  await coordinator.getByRole('link', { name: 'Forslag', exact: true }).click();
  await expect(coordinator).toHaveURL(new RegExp(`${youthPage}/forslag$`));
  await expect(
    coordinator.getByRole('heading', { level: 2, name: 'Muligheter som kan passe' }),
  ).toBeVisible();
  await expect(coordinator.getByTestId('ranking-basis')).toBeVisible();
  await coordinator.goto(`${youthPage}/forslag?mulighet=${opportunityId}`);
  const chosen = coordinator.getByTestId('chosen');
  await expect(chosen.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
  await coordinator.waitForLoadState('networkidle');
  await markPageAsLoaded(coordinator);

  // An empty message is refused next to the field, then the proposal goes out.
  await chosen.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(chosen.getByTestId('error-summary')).toContainText('minst 10 tegn');
  await chosen.getByLabel('Personlig melding til Jonas Kristoffersen').fill(MESSAGE);
  await chosen.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(chosen.getByTestId('proposal-sent')).toContainText(
    `Forslaget om «${TITLE}» er sendt`,
  );
  const sent = coordinator.getByTestId('sent-proposal').filter({ hasText: TITLE });
  await expect(sent.getByTestId('proposal-status')).toContainText('Venter på svar fra ungdommen');

  // The young person gets it live, without a reload, with the personal message.
  const proposal = youth.getByTestId('my-proposal').filter({ hasText: TITLE });
  await expect(proposal).toBeVisible();
  await expect(proposal).toContainText(MESSAGE);
  await expect(youthBell.announcer).toContainText(`foreslår «${TITLE}» hos ${employerName}`);
  await expect(youthBell.button).toHaveAccessibleName(
    youthUnread + 1 === 1 ? 'Varsler, 1 ulest' : `Varsler, ${youthUnread + 1} uleste`,
  );
  await expectNotReloaded(youth);

  // Yes, sharing the name and strengths only (explained on the form).
  await proposal.getByRole('button', { name: `Ja, jeg vil gjerne – «${TITLE}»` }).click();
  const share = proposal.getByRole('group', { name: 'Hva kan arbeidsgiveren få se om deg?' });
  await expect(share).toContainText('Arbeidsgiveren ser bare det du krysser av');
  await share.getByLabel('Navn').check();
  await share.getByLabel('Styrker').check();
  await expectNoAccessibilityViolations(youth);
  await proposal.getByRole('button', { name: 'Send ja' }).click();
  await expect(proposal.getByTestId('answer-notice')).toContainText(
    `Du har sagt ja til «${TITLE}»`,
  );
  await expect(proposal.getByTestId('proposal-status')).toContainText(
    'Takket ja – venter på arbeidsgiveren',
  );

  // The coordinator's page shows the answer without a reload.
  await expect(sent.getByTestId('proposal-status')).toContainText(
    'Takket ja – venter på arbeidsgiveren',
  );
  await expectNotReloaded(coordinator);

  // The employer sees the candidate appear live, with exactly what was shared.
  const candidate = employer.getByTestId('employer-candidate').filter({ hasText: TITLE });
  await expect(candidate).toBeVisible();
  await expect(candidate.getByRole('heading', { level: 2 })).toHaveText('Jonas Kristoffersen');
  await expect(candidate).not.toContainText(YOUTH.email);
  await expect(candidate).not.toContainText('Hjemkommune');
  await expectNotReloaded(employer);
  await expectNoAccessibilityViolations(employer);
  await candidate.getByLabel('Ja, vi vil gjerne møte kandidaten').check();
  await candidate.getByLabel('Melding til kandidaten og veilederen').fill(EMPLOYER_MESSAGE);
  await candidate.getByRole('button', { name: 'Send svaret' }).click();
  await expect(candidate.getByTestId('employer-answered')).toBeVisible();
  await expect(candidate.getByTestId('proposal-status')).toContainText('Arbeidsgiveren sa ja');

  // The coordinator's view and the young person's show the new status, without a reload.
  await expect(sent.getByTestId('proposal-status')).toContainText('Arbeidsgiveren sa ja');
  await expect(sent).toContainText(EMPLOYER_MESSAGE);
  await expectNotReloaded(coordinator);
  await expect(proposal.getByTestId('proposal-status')).toContainText('Arbeidsgiveren sa ja');
  await expect(proposal).toContainText(EMPLOYER_MESSAGE);
  await expectNotReloaded(youth);
  await expectNoAccessibilityViolations(coordinator);

  await coordinator.context().close();
  await youth.context().close();
  await employer.context().close();
});
