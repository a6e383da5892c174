import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import {
  freshOrganisationNumber,
  NewHospiteringPage,
  SignUpPage,
  weekdayFromToday,
} from '../support/pages';

// A made-up place name, so this test's opportunity stands out among the demo city's.
const UNIQUE = `Solsikkelia${Date.now().toString(36).slice(-4)}`;
const TITLE = `Frisør for en dag i ${UNIQUE}`;
const FIRST_DATE = weekdayFromToday(14);
const SECOND_DATE = weekdayFromToday(21);
const EMAIL = `hanne.${UNIQUE.toLowerCase()}@salong.example`;
const PASSWORD = 'Saks-og-kam-2026';

test.describe.serial('An employer posts hospitering days and a pupil finds them', () => {
  test('the employer publishes two days; a pupil finds them with a misspelling within 2 seconds, filters by trade and sees the seats left', async ({
    page,
    browser,
  }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await expectNoAccessibilityViolations(page);
    await signUp.signUpEmployer({
      name: 'Hanne Salongeier',
      email: EMAIL,
      password: PASSWORD,
      employerName: `Salong ${UNIQUE} AS`,
      organisationNumber: freshOrganisationNumber(),
    });
    await expect(page).toHaveURL(/\/arbeidsgiver$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mine hospiteringer' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Lag ny hospitering' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny hospitering' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const form = new NewHospiteringPage(page);
    await form.fill({
      title: TITLE,
      description: 'En travel salong i Kvadraturen som gleder seg til å vise deg faget.',
      tasks: 'Vaske hår, ta imot kunder og se hvordan vi klipper og farger.',
      practical: 'Møt opp kl. 09:00 i resepsjonen. Ta med matpakke.',
      trade: 'Frisørfaget',
      street: 'Markens gate 20',
      postalCode: '4611',
      postalPlace: 'Kristiansand S',
      municipality: 'Kristiansand',
      slots: [
        { date: FIRST_DATE, startTime: '09:00', endTime: '14:00', capacity: 3 },
        { date: SECOND_DATE, startTime: '10:00', endTime: '15:00', capacity: 2 },
      ],
    });

    // The pupil, in a browser of their own, has typed the search before the employer publishes.
    const pupilContext = await browser.newContext();
    const pupil = await pupilContext.newPage();
    await pupil.goto('/');
    const searchBox = pupil.getByLabel(/Søk etter yrke/);
    await searchBox.fill(`frisor ${UNIQUE}`);

    await page.getByRole('button', { name: 'Lagre og publiser' }).click();
    await expect(page.getByText(`«${TITLE}» er publisert og vises nå i søket.`)).toBeVisible();
    const publishedAt = Date.now();

    const result = pupil.getByRole('link', { name: TITLE });
    await searchBox.press('Enter');
    await pupil.waitForURL(/[?&]q=/);
    while (!(await result.isVisible())) {
      expect(Date.now() - publishedAt, 'searchable within 2 s of publishing').toBeLessThan(2_000);
      await pupil.reload();
    }
    const elapsed = Date.now() - publishedAt;
    console.log(`A pupil found it by "frisor" ${elapsed} ms after the publish confirmation`);
    expect(elapsed).toBeLessThan(2_000);
    await expectNoAccessibilityViolations(pupil);

    const tradeFilter = pupil
      .getByRole('group', { name: 'Lærefag' })
      .getByRole('checkbox', { name: /Frisørfaget/ });
    await tradeFilter.check();
    await pupil.getByRole('button', { name: 'Bruk filtre' }).first().click();
    await expect(pupil).toHaveURL(/trade=frisor/);
    await expect(result).toBeVisible();
    await expect(tradeFilter).toBeChecked();
    await expectNoAccessibilityViolations(pupil);

    await result.click();
    await expect(pupil.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const dates = pupil.getByRole('table');
    await expect(dates.getByRole('row')).toHaveCount(3);
    await expect(dates.getByRole('row').nth(1)).toContainText('3');
    await expect(dates.getByRole('row').nth(2)).toContainText('2');
    await expect(pupil.getByRole('heading', { name: 'Dette får du gjøre' })).toBeVisible();
    await expectNoAccessibilityViolations(pupil);
    await pupilContext.close();
  });

  test("the employer's list shows it as published and passes the accessibility check", async ({
    page,
  }) => {
    await page.goto('/logg-inn');
    await page.getByLabel('E-post').fill(EMAIL);
    await page.getByLabel('Passord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine hospiteringer' })).toBeVisible();
    await expect(
      page.getByTestId('own-opportunity').filter({ hasText: TITLE }).getByTestId('status'),
    ).toContainText('Publisert');
    await expectNoAccessibilityViolations(page);
  });

  test('sign-in and the not-found page pass the accessibility check', async ({ page }) => {
    await page.goto('/logg-inn');
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const response = await page.goto('/muligheter/00000000-0000-4000-8000-000000000000');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
