import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { expectNoHorizontalOverflow, signIn } from '../support/pages';

// The demo city: Karuss skole's counsellor, and a pupil of Karuss 10A (the demo pupils share
// one password). elev.0.4 is not used by the other specs, so its days are its own.
const COUNSELLOR = { email: 'radgiver@demo.akselerator.no', name: 'Hilde Karlsen' };
const PUPIL_EMAIL = 'elev.0.4@demo.akselerator.no';
const DEMO_PASSWORD = 'Sommerfugl-2026';

async function newPage(browser: Browser, phone = false): Promise<Page> {
  const context = await browser.newContext(
    phone ? { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } : {},
  );
  return context.newPage();
}

/** The first day the chooser lets us pick (not a date the pupil already has), other than `not`. */
async function firstFreeDay(page: Page, not?: string): Promise<{ day: Locator; date: string }> {
  const days = page.getByTestId('bookable-day');
  await expect(days.first()).toBeVisible();
  const count = await days.count();
  for (let index = 0; index < count; index++) {
    const day = days.nth(index);
    const radio = day.getByRole('radio');
    const date = (await day.getAttribute('data-date')) ?? '';
    if ((await radio.isEnabled()) && date !== not) return { day, date };
  }
  throw new Error('no free day in the chooser');
}

test('the school counsellor books a day for a pupil, moves it to another day, and the pupil sees the new day', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // The pupil signs in first (second browser), so we know their name.
  const pupil = await newPage(browser);
  await signIn(pupil, { email: PUPIL_EMAIL, password: DEMO_PASSWORD, next: '/mine-dager' });
  await expect(pupil).toHaveURL(/\/mine-dager$/);
  const signedInAs = (await pupil.getByTestId('signed-in-as').textContent()) ?? '';
  const pupilName = signedInAs.replace(/^Innlogget som\s*/, '').trim();
  expect(pupilName).not.toBe('');
  // The required days come from the API's configuration (2 in the demo).
  await expect(pupil.getByTestId('day-count')).toContainText(/av 2 hospiteringsdager/);

  // The counsellor (on a 375 px phone) finds the pupil in 10A and opens their page.
  const counsellor = await newPage(browser, true);
  await signIn(counsellor, {
    email: COUNSELLOR.email,
    password: DEMO_PASSWORD,
    next: '/skole/elever',
  });
  await expect(counsellor.getByRole('heading', { level: 1, name: 'Elevene dine' })).toBeVisible();
  const cohort = counsellor.getByLabel('Klasse', { exact: true });
  if (await cohort.isVisible()) {
    const tenA = await cohort.locator('option', { hasText: '10A' }).first().getAttribute('value');
    await cohort.selectOption(tenA ?? '');
    await counsellor.getByRole('button', { name: 'Vis', exact: true }).click();
  }
  await counsellor.getByTestId('pupil-list').getByRole('link', { name: pupilName }).click();
  await expect(counsellor.getByRole('heading', { level: 1, name: pupilName })).toBeVisible();
  await expect(
    counsellor.getByRole('heading', { level: 2, name: 'Book en dag for eleven' }),
  ).toBeVisible();
  await expectNoHorizontalOverflow(counsellor);
  await expectNoAccessibilityViolations(counsellor);

  // Going on without a choice is refused in place; then a free day, by keyboard.
  await counsellor.getByRole('button', { name: 'Gå videre' }).click();
  await expect(counsellor.getByTestId('day-chooser-error')).toContainText('Velg en dag først.');
  const first = await firstFreeDay(counsellor);
  await first.day.getByRole('radio').focus();
  await counsellor.keyboard.press('Space');
  await expect(first.day.getByRole('radio')).toBeChecked();
  await counsellor.getByRole('button', { name: 'Gå videre' }).click();
  await expect(counsellor.getByTestId('day-chooser-question')).toBeFocused();
  await expect(counsellor.getByTestId('day-chooser-question')).toContainText(pupilName);
  await counsellor.getByRole('button', { name: 'Ja, book dagen' }).click();
  await expect(counsellor.getByTestId('day-chooser-notice')).toContainText(
    `${pupilName} er booket`,
  );
  const booked = counsellor
    .locator(`[data-testid="pupil-current-day"][data-date="${first.date}"]`)
    .filter({ hasText: 'Booket av skolen' });
  await expect(booked).toBeVisible();

  // The counsellor moves that day to another day.
  await booked.getByRole('button', { name: /^Flytt til en annen dag: / }).click();
  await expect(counsellor.getByRole('heading', { level: 2, name: /^Flytt / })).toBeFocused();
  const second = await firstFreeDay(counsellor, first.date);
  await second.day.click();
  await counsellor.getByRole('button', { name: 'Gå videre' }).click();
  await expect(counsellor.getByTestId('day-chooser-question')).toContainText('Flytte');
  await counsellor.getByRole('button', { name: 'Ja, flytt dagen' }).click();
  await expect(counsellor.getByTestId('day-chooser-notice')).toContainText('Dagen er flyttet');
  await expectNoHorizontalOverflow(counsellor);
  await expectNoAccessibilityViolations(counsellor);

  // The pupil sees the new day waiting for the employer's answer, and the old one cancelled.
  await pupil.reload();
  const newDay = pupil
    .getByTestId('my-booking')
    .filter({ has: pupil.locator(`time[datetime="${second.date}"]`) })
    .filter({ hasText: 'Venter på svar fra arbeidsgiver' });
  await expect(newDay).toHaveCount(1);
  const oldDay = pupil
    .getByTestId('my-booking')
    .filter({ has: pupil.locator(`time[datetime="${first.date}"]`) })
    .filter({ hasText: 'Avbestilt' });
  await expect(oldDay.first()).toBeVisible();
  await expectNoAccessibilityViolations(pupil);
});
