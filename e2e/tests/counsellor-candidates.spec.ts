import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { daysFromToday, signIn } from '../support/pages';

// The demo city: the NAV coordinator who follows Jonas (ungdom@demo), and Sørlandet Rør's owner.
const PASSWORD = 'Sommerfugl-2026';
const COORDINATOR = { email: 'veileder@demo.akselerator.no', password: PASSWORD };
const YOUTH = { email: 'ungdom@demo.akselerator.no', password: PASSWORD };
const EMPLOYER = { email: 'arbeidsgiver@demo.akselerator.no', password: PASSWORD };

const RUN = Date.now().toString(36).slice(-5);
const ADDRESS = {
  street: 'Markens gate 20',
  postalCode: '4611',
  postalPlace: 'Kristiansand S',
  municipalityCode: '4204',
  latitude: 58.1464,
  longitude: 7.9932,
};

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

async function publish(employer: Page, id: string): Promise<void> {
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
      id,
    },
  );
}

test("a coordinator finds the young person she follows among an apprenticeship's candidates, with reasons, and asks why a simple job is missing for him", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const employer = await newPage(browser);
  const youth = await newPage(browser);
  const coordinator = await newPage(browser);

  // Fixtures through the API: a new apprenticeship and a new simple job, both published.
  await signIn(employer, EMPLOYER);
  await expect(employer).toHaveURL(/\/arbeidsgiver$/);
  const { createApprenticeship } = await graphql<{ createApprenticeship: { id: string } }>(
    employer.request,
    `
      mutation ($input: CreateApprenticeshipInput!) {
        createApprenticeship(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: `Lærling i rørleggerfaget ${RUN}`,
        description: 'Lærlingplass hos en rørleggerbedrift med egen lærlingansvarlig.',
        tasks: 'Montere rør og utstyr sammen med en erfaren rørlegger.',
        tradeCode: 'rorlegger',
        address: ADDRESS,
        places: 1,
        startDate: daysFromToday(200),
        applicationDeadline: daysFromToday(60),
      },
    },
  );
  const { createSimpleJob } = await graphql<{ createSimpleJob: { id: string } }>(
    employer.request,
    `
      mutation ($input: CreateSimpleJobInput!) {
        createSimpleJob(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: `Lagerhjelp på lørdager ${RUN}`,
        description: 'Rydde og sortere deler på lageret.',
        tasks: 'Pakke ut varer og sortere rørdeler.',
        tradeCode: 'rorlegger',
        address: ADDRESS,
        hoursPerWeek: 6,
        schedule: 'Lørdager 10–16',
      },
    },
  );
  await publish(employer, createApprenticeship.id);
  await publish(employer, createSimpleJob.id);

  // Jonas wants an apprenticeship in plumbing and agrees to be proposed.
  await signIn(youth, { ...YOUTH, next: '/profil' });
  await expect(youth.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
  await graphql(
    youth.request,
    `
      mutation ($input: UpdateMyProfileInput!) {
        updateMyProfile(input: $input) {
          consentToBeProposed
        }
      }
    `,
    {
      input: {
        programmeCodes: ['BA'],
        tradeCodes: ['rorlegger'],
        strengths: [],
        adaptationsNeeded: [],
        kindsWanted: ['APPRENTICESHIP'],
        homeMunicipalityCode: '4204',
        consentToBeProposed: true,
      },
    },
  );

  // The coordinator goes from the opportunity to the candidates among those she follows.
  await signIn(coordinator, COORDINATOR);
  await expect(coordinator).not.toHaveURL(/logg-inn/);
  await coordinator.goto(`/muligheter/${createApprenticeship.id}`);
  await coordinator.getByRole('link', { name: 'Kandidater blant de unge du følger' }).click();
  await expect(
    coordinator.getByRole('heading', {
      level: 1,
      name: /^Kandidater til «Lærling i rørleggerfaget/,
    }),
  ).toBeVisible();
  const candidates = coordinator.getByRole('list', { name: 'Kandidater, best match først' });
  const jonas = candidates.getByRole('listitem').filter({ hasText: 'Jonas Kristoffersen' });
  await expect(jonas).toBeVisible();
  await expect(jonas).toContainText(/rørlegger/i);
  await expectNoAccessibilityViolations(coordinator);

  // From the candidate straight to proposing this place to him.
  await jonas.getByRole('link', { name: 'Foreslå for Jonas Kristoffersen' }).click();
  await expect(coordinator).toHaveURL(/\/veileder\/ungdom\/[0-9a-f-]{36}\/forslag\?mulighet=/);
  await expect(coordinator.getByTestId('chosen')).toContainText(`Lærling i rørleggerfaget ${RUN}`);

  // Why is the simple job not among Jonas's candidates? She asks, and gets the filter in words.
  await coordinator.goto(`/muligheter/${createSimpleJob.id}/kandidater`);
  await expect(candidates.getByRole('listitem').filter({ hasText: 'Jonas' })).toHaveCount(0);
  await coordinator.getByRole('link', { name: 'Spør hvorfor en ungdom mangler' }).click();
  await coordinator.getByLabel('Ungdom', { exact: true }).selectOption({
    label: 'Jonas Kristoffersen',
  });
  await coordinator.getByRole('button', { name: 'Vis hvorfor' }).click();
  const answer = coordinator.getByTestId('why-missing-answer');
  await expect(answer).toContainText('Derfor passer ikke muligheten for Jonas Kristoffersen nå:');
  await expect(answer.locator('strong')).not.toBeEmpty();
  await expectNoAccessibilityViolations(coordinator);

  // And for the apprenticeship, the answer says it fits.
  await coordinator.goto(`/muligheter/${createApprenticeship.id}/kandidater?hvorfor=1`);
  await coordinator.getByLabel('Ungdom', { exact: true }).selectOption({
    label: 'Jonas Kristoffersen',
  });
  await coordinator.getByRole('button', { name: 'Vis hvorfor' }).click();
  await expect(coordinator.getByTestId('why-missing-answer')).toContainText(
    'Muligheten passer med det Jonas Kristoffersen har oppgitt.',
  );

  // Jonas sees on his privacy page that his coordinator looked.
  await youth.goto('/personvern');
  await expect(youth.getByText('Så deg på en kandidatliste').first()).toBeVisible();
});
