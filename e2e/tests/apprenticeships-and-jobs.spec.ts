import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import {
  daysFromToday,
  freshOrganisationNumber,
  NewPlacePage,
  ownCard,
  reloadUntilVisible,
  SignUpPage,
  signUpYouth,
  weekdayFromToday,
} from '../support/pages';

// A made-up place name, so this run's listings stand out among the demo city's.
const RUN = Date.now().toString(36).slice(-4);
const UNIQUE = `Tyttebærlia${RUN}`;
const EMPLOYER = {
  name: 'Eirik Elektro',
  email: `eirik.${RUN}@elektro.example`,
  password: 'Kobber-og-kabel-2026',
  employerName: `Elektro ${UNIQUE} AS`,
  organisationNumber: freshOrganisationNumber(),
};
const YOUTH = {
  name: `Sara ${UNIQUE}`,
  email: `sara.${RUN}@ung.example`,
  password: 'Kobber-kabel-og-lys-i-taket',
};
const APPRENTICESHIP = `Lærling i elektrikerfaget i ${UNIQUE}`;
const SIMPLE_JOB = `Rydde lageret i ${UNIQUE}`;
const ADDRESS = {
  street: 'Tordenskjolds gate 9',
  postalCode: '4612',
  postalPlace: 'Kristiansand S',
  municipality: 'Kristiansand',
};

async function signInAsEmployer(page: Page): Promise<void> {
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(EMPLOYER.email);
  await page.getByLabel('Passord').fill(EMPLOYER.password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine hospiteringer' })).toBeVisible();
}

async function youthPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(YOUTH.email);
  await page.getByLabel('Passord').fill(YOUTH.password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(YOUTH.name);
  return page;
}

test.describe.serial('Apprenticeships and simple jobs: posting, finding, applying', () => {
  test('an employer creates an apprenticeship and a simple job, with Norwegian field errors first', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUpEmployer(EMPLOYER);
    await expect(page).toHaveURL(/\/arbeidsgiver$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mine hospiteringer' })).toBeVisible();
    const newMenu = page.getByRole('navigation', { name: 'Lag ny' });
    await expect(newMenu.getByRole('link', { name: 'Lag ny hospitering' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Lærlingplass: a deadline after the start is refused next to the deadline, nothing is lost.
    await newMenu.getByRole('link', { name: 'Lag ny lærlingplass' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny lærlingplass' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAccessibilityViolations(page);
    const form = new NewPlacePage(page);
    await form.fillBasics({
      title: APPRENTICESHIP,
      description: 'Et lite elektrofirma som tar inn lærlinger hvert år.',
      tasks: 'Trekke kabler, montere stikkontakter og lære feilsøking sammen med en svenn.',
      trade: 'Elektrikerfaget',
      ...ADDRESS,
    });
    const start = weekdayFromToday(60);
    await form.fillApprenticeship({
      places: 2,
      startDate: start,
      applicationDeadline: daysFromToday(75),
      requirements: 'Bestått Vg2 elenergi og ekom.',
    });
    await page.getByRole('button', { name: 'Lagre og publiser' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Søknadsfrist: Søknadsfristen må være før oppstart');
    const deadline = page.getByLabel('Søknadsfrist', { exact: true });
    await expect(deadline).toHaveAttribute('aria-invalid', 'true');
    await expect(deadline).toHaveAccessibleDescription(/Søknadsfristen må være før oppstart/);
    await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(APPRENTICESHIP);
    await expectNoAccessibilityViolations(page);

    await deadline.fill(daysFromToday(30));
    await page.getByRole('button', { name: 'Lagre og publiser' }).click();
    await expect(
      page.getByText(`«${APPRENTICESHIP}» er publisert og vises nå i søket.`),
    ).toBeVisible();
    const apprenticeshipCard = ownCard(page, APPRENTICESHIP);
    await expect(apprenticeshipCard.getByTestId('kind')).toContainText('Lærlingplass');
    await expect(apprenticeshipCard.getByTestId('status')).toContainText('Publisert');
    await expect(apprenticeshipCard.getByTestId('kind-summary')).toContainText('2 plasser');
    await expect(apprenticeshipCard.getByTestId('counts')).toContainText('Søknader: 0');

    // Enkel jobb: negative hours are refused next to the field.
    await page
      .getByRole('navigation', { name: 'Lag ny' })
      .getByRole('link', { name: 'Lag ny enkel jobb' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny enkel jobb' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await form.fillBasics({
      title: SIMPLE_JOB,
      description: 'Vi trenger hjelp til å holde lageret ryddig to ettermiddager i uka.',
      tasks: 'Sortere varer, fylle hyller og kaste papp.',
      trade: 'Logistikkfaget',
      ...ADDRESS,
    });
    await form.fillSimpleJob({
      hoursPerWeek: '-3',
      schedule: 'Tirsdager og torsdager kl. 15–18',
      adaptations: ['Korte dager', 'Fast kontaktperson'],
    });
    await page.getByRole('button', { name: 'Lagre og publiser' }).click();
    const hours = page.getByLabel('Timer i uka', { exact: true });
    await expect(hours).toHaveAttribute('aria-invalid', 'true');
    await expect(hours).toHaveAccessibleDescription(/mer enn 0 og høyst 40/);
    await expect(page.getByRole('checkbox', { name: 'Korte dager', exact: true })).toBeChecked();
    await hours.fill('7,5');
    await page.getByRole('button', { name: 'Lagre og publiser' }).click();
    await expect(page.getByText(`«${SIMPLE_JOB}» er publisert og vises nå i søket.`)).toBeVisible();
    await expect(ownCard(page, SIMPLE_JOB).getByTestId('kind-summary')).toContainText(
      '7,5 timer i uka',
    );
    await expectNoAccessibilityViolations(page);
  });

  test('a youth finds each through the filters and the header search, and applies to the apprenticeship', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/registrer?neste=${encodeURIComponent('/')}`);
    await signUpYouth(page, YOUTH);
    await expect(page.getByTestId('signed-in-as')).toContainText(YOUTH.name);

    // The header search: a plain form to the search page.
    const headerSearch = page
      .getByRole('banner')
      .getByRole('searchbox', { name: 'Søk i Akselerator' });
    await headerSearch.fill(UNIQUE);
    await headerSearch.press('Enter');
    await page.waitForURL(/[?&]q=/);
    const apprenticeshipLink = page.getByRole('link', { name: APPRENTICESHIP });
    const jobLink = page.getByRole('link', { name: SIMPLE_JOB });
    await reloadUntilVisible(page, apprenticeshipLink);
    await reloadUntilVisible(page, jobLink);
    // The multi-search also finds the employer.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('quick-employers')).toContainText(EMPLOYER.employerName, {
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
    const apprenticeshipCard = page.getByRole('article').filter({ has: apprenticeshipLink });
    await expect(apprenticeshipCard.getByTestId('hit-deadline')).toContainText('Søknadsfrist');
    await expect(
      page.getByRole('article').filter({ has: jobLink }).getByTestId('hit-hours'),
    ).toContainText('7,5 timer i uka');
    await expectNoAccessibilityViolations(page);

    // Filter by kind: only the apprenticeship.
    const kinds = page.getByRole('group', { name: /^Type/ });
    await kinds.getByRole('checkbox', { name: /^Lærlingplass/ }).check();
    await page.getByRole('button', { name: 'Bruk filtre' }).first().click();
    await expect(page).toHaveURL(/kind=APPRENTICESHIP/);
    await expect(apprenticeshipLink).toBeVisible();
    await expect(jobLink).toHaveCount(0);

    // Filter by an adaptation offered instead: only the simple job.
    await page.goto(`/?q=${encodeURIComponent(UNIQUE)}`);
    await page
      .getByRole('group', { name: /^Tilrettelegging/ })
      .getByRole('checkbox', { name: /^Korte dager/ })
      .check();
    await page.getByRole('button', { name: 'Bruk filtre' }).first().click();
    await expect(page).toHaveURL(/adaptation=SHORT_DAYS/);
    await expect(jobLink).toBeVisible();
    await expect(apprenticeshipLink).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    // Apply to the apprenticeship: an empty motivation is refused next to the field first.
    await page.goto(`/?q=${encodeURIComponent(UNIQUE)}&kind=APPRENTICESHIP`);
    await apprenticeshipLink.click();
    await expect(page.getByRole('heading', { level: 1, name: APPRENTICESHIP })).toBeVisible();
    await expect(page.getByText('Bestått Vg2 elenergi og ekom.')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAccessibilityViolations(page);
    const send = page.getByRole('button', { name: 'Send søknaden' });
    await send.click();
    const motivation = page.getByLabel('Motivasjon', { exact: true });
    await expect(motivation).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await motivation.fill(
      'Jeg har likt å skru på ting siden jeg var liten, og vil bli elektriker.',
    );
    await page
      .getByRole('group', { name: 'Hva vil du dele med arbeidsgiveren?' })
      .getByRole('checkbox', { name: 'Navn', exact: true })
      .check();
    await send.click();
    await expect(page.getByTestId('apply-notice')).toContainText('Søknaden er sendt');
    await expect(page.getByTestId('application-status')).toContainText('Mottatt');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Se alle søknadene dine' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine søknader' })).toBeVisible();
    await expect(
      page
        .getByTestId('my-application')
        .filter({ hasText: APPRENTICESHIP })
        .getByTestId('application-status'),
    ).toContainText('Mottatt');
    await expectNoAccessibilityViolations(page);
  });

  test('the employer moves the application to interview and the youth sees the new status', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await signInAsEmployer(page);
    const card = ownCard(page, APPRENTICESHIP);
    await expect(card.getByTestId('counts')).toContainText('Søknader: 1');
    await card.getByRole('link', { name: `Se søknadene til «${APPRENTICESHIP}»` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Søknader til «${APPRENTICESHIP}»` }),
    ).toBeVisible();
    const application = page.getByTestId('received-application').filter({ hasText: YOUTH.name });
    await expect(application).toContainText('elektriker');
    await expect(application.getByTestId('application-status')).toContainText('Mottatt');
    await page.waitForLoadState('networkidle');
    await expectNoAccessibilityViolations(page);

    await application.getByRole('button', { name: /^Flytt til «Intervju»/ }).click();
    await expect(application.getByTestId('move-notice')).toContainText('er nå «Intervju»');
    await expect(application.getByTestId('application-status')).toContainText('Intervju');

    const youth = await youthPage(browser);
    await youth.goto('/mine-soknader');
    await expect(
      youth
        .getByTestId('my-application')
        .filter({ hasText: APPRENTICESHIP })
        .getByTestId('application-status'),
    ).toContainText('Intervju');
    await expectNoAccessibilityViolations(youth);
    await youth.context().close();
  });
});
