import { expect, test, type Browser, type Page } from '@playwright/test';
import { daysFromToday, signIn } from '../support/pages';

// The demo city's Karuss skole: its counsellor and two pupils of 10A (class code KARU-SS26).
const PASSWORD = 'Sommerfugl-2026';
const COUNSELLOR = 'radgiver@demo.akselerator.no';
const PUPILS = ['elev.0.1@demo.akselerator.no', 'elev.0.2@demo.akselerator.no'] as const;
const RUN = Date.now().toString(36).slice(-5);
const ROUND = `Hospitering vår ${RUN}`;

async function signedIn(browser: Browser, email: string, next: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, { email, password: PASSWORD, next });
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  return page;
}

test('a counsellor opens a round, two pupils rank, the counsellor previews and publishes, and each pupil sees two days with reasons', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // The counsellor opens a round for 10A with the first free day on each of four dates.
  const counsellor = await signedIn(browser, COUNSELLOR, '/skole/fordeling');
  await expect(
    counsellor.getByRole('heading', { level: 1, name: 'Fordeling av hospiteringsdager' }),
  ).toBeVisible();
  const cohort = counsellor.getByLabel('Klasse');
  const karuss10A = await cohort
    .locator('option', { hasText: 'Karuss skole' })
    .filter({ hasText: '10A' })
    .first()
    .getAttribute('value');
  await cohort.selectOption(karuss10A ?? '');
  await counsellor.getByLabel('Navn på runden').fill(ROUND);
  await counsellor.getByLabel('Frist for elevenes valg').fill(daysFromToday(0));
  const options = counsellor.getByTestId('round-slot-options').locator('[data-date]');
  await expect(options.first()).toBeVisible();
  const dates = await options.evaluateAll((fields) =>
    fields.map((field) => field.getAttribute('data-date') ?? ''),
  );
  const firstOfDate = [...new Set(dates)].slice(0, 4).map((date) => dates.indexOf(date));
  expect(firstOfDate).toHaveLength(4);
  for (const index of firstOfDate) {
    await options.nth(index).getByRole('checkbox').check();
  }
  await expect(counsellor.getByText('4 dager valgt')).toBeVisible();
  await counsellor.getByRole('button', { name: 'Åpne runden' }).click();
  await expect(counsellor.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
  const roundUrl = counsellor.url();

  // Pupil 1 ranks with the keyboard: adds every day, then moves the first one down.
  const first = await signedIn(browser, PUPILS[0], '/mine-valg');
  const firstRound = first.getByTestId('pupil-round').filter({ hasText: ROUND });
  await expect(firstRound.getByRole('heading', { name: 'Din rangering' })).toBeVisible();
  for (let added = 0; added < 4; added++) {
    await firstRound
      .getByRole('button', { name: /^Legg til / })
      .first()
      .click();
  }
  const firstItems = firstRound.getByTestId('rank-item');
  await expect(firstItems).toHaveCount(4);
  const top = (await firstItems.first().getAttribute('data-slot-id')) ?? '';
  const down = firstItems.first().getByRole('button', { name: /^Flytt .* ned$/ });
  await down.focus();
  await first.keyboard.press('Enter');
  await expect(firstItems.nth(1)).toHaveAttribute('data-slot-id', top);
  await expect(firstRound.getByTestId('rank-announcement')).toContainText('er nå nummer 2 av 4');
  // Focus stays with the item it moved.
  await expect(firstItems.nth(1).getByRole('button', { name: /^Flytt .* ned$/ })).toBeFocused();
  await firstRound.getByRole('button', { name: 'Lagre rangeringen' }).click();
  await expect(firstRound.getByTestId('rank-saved')).toBeVisible();

  // Pupil 2 ranks by dragging: the last day to the top.
  const second = await signedIn(browser, PUPILS[1], '/mine-valg');
  const secondRound = second.getByTestId('pupil-round').filter({ hasText: ROUND });
  for (let added = 0; added < 4; added++) {
    await secondRound
      .getByRole('button', { name: /^Legg til / })
      .first()
      .click();
  }
  const secondItems = secondRound.getByTestId('rank-item');
  await expect(secondItems).toHaveCount(4);
  const last = (await secondItems.nth(3).getAttribute('data-slot-id')) ?? '';
  // From the item's edge (its number), not from one of its buttons.
  await secondItems.nth(3).dragTo(secondItems.first(), {
    sourcePosition: { x: 6, y: 6 },
    targetPosition: { x: 6, y: 6 },
  });
  await expect(secondItems.first()).toHaveAttribute('data-slot-id', last);
  await secondRound.getByRole('button', { name: 'Lagre rangeringen' }).click();
  await expect(secondRound.getByTestId('rank-saved')).toBeVisible();

  // The counsellor sees who has ranked, previews (a stable allocation) and publishes.
  await counsellor.goto(roundUrl);
  await expect(counsellor.getByTestId('round-pupils')).toContainText('Har rangert 4');
  await counsellor.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const report = counsellor.getByTestId('allocation-report');
  await expect(report).toBeVisible();
  await expect(counsellor.getByTestId('report-blocking-pairs')).toHaveText('0');
  await expect(report).toContainText('fordelingen er stabil');
  await counsellor.getByRole('button', { name: 'Publiser fordelingen' }).click();
  await expect(counsellor.getByText(`Publisere «${ROUND}»?`)).toBeFocused();
  await counsellor.getByRole('button', { name: 'Ja, publiser' }).click();
  await expect(counsellor.getByTestId('allocation-published')).toContainText('4 dager er booket');

  // Each pupil sees two days with the reason for each.
  for (const pupil of [first, second]) {
    await pupil.reload();
    const round = pupil.getByTestId('pupil-round').filter({ hasText: ROUND });
    await expect(round.getByRole('heading', { name: 'Dine hospiteringsdager' })).toBeVisible();
    await expect(round.getByTestId('assigned-day')).toHaveCount(2);
    for (const reason of await round.getByTestId('assigned-reason').all()) {
      await expect(reason).toContainText(/Ditt \d\. valg/);
    }
  }
});
