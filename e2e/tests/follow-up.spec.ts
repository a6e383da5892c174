import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { signIn } from '../support/pages';

// A coordinator of the demo city's NAV office with young people in her caseload.
const COORDINATOR = { email: 'koordinator@demo.akselerator.no', password: 'Sommerfugl-2026' };

test('a coordinator records that a young person reached the goal, sees the six months of follow-up, and ends it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, { ...COORDINATOR, next: '/veileder' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mine ungdommer' })).toBeVisible();
  const caseload = page.getByTestId('caseload');
  await expect(caseload.getByRole('link').first()).toBeVisible();

  // A young person whose goal is not recorded yet.
  const hrefs = await caseload
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  let found = false;
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.getByRole('button', { name: 'Registrer at målet er nådd' }).count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found).toBe(true);
  const section = page.getByRole('region', { name: 'Oppfølging' });
  await section.getByLabel('Hva er nådd?').selectOption({ label: 'Læreplass' });
  await section.getByRole('button', { name: 'Registrer at målet er nådd' }).click();
  await expect(section.getByTestId('follow-up-status')).toContainText('Målet er nådd (Læreplass)');
  await expect(section.getByTestId('follow-up-status')).toContainText('Neste påminnelse kommer');
  await expect(section.getByRole('button', { name: 'Registrer at målet er nådd' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Ending asks once more, in place; then the young person leaves the caseload.
  const youthPath = new URL(page.url()).pathname;
  await section.getByRole('button', { name: 'Avslutt oppfølgingen' }).click();
  await expect(section.getByText('Avslutte oppfølgingen?')).toBeFocused();
  await section.getByRole('button', { name: 'Ja, avslutt' }).click();
  await expect(page).toHaveURL(/\/veileder$/);
  await expect(page.getByTestId('caseload').locator(`a[href="${youthPath}"]`)).toHaveCount(0);
});
