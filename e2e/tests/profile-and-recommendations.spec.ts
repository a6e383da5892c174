import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { expectNoHorizontalOverflow, ProfilePage, signUpYouth, tabTo } from '../support/pages';

const RUN = Date.now().toString(36).slice(-5);
const PUPIL = {
  name: `Iben Kvaale ${RUN}`,
  email: `iben.${RUN}@elev.example`,
  password: 'Hospitering-dag-2026',
};
const HAIR_PROGRAMME = 'Frisør, blomster, interiør og eksponeringsdesign';

test('a new pupil fills in "Min profil" with the keyboard and gets "Anbefalt for deg"', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`/registrer?neste=${encodeURIComponent('/profil')}`);
  await signUpYouth(page, PUPIL);
  await expect(page).toHaveURL(/\/profil$/);
  const profile = new ProfilePage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min profil' }),
  ).toHaveAttribute('href', '/profil');

  // Plain words about what is asked, and what never is.
  await expect(profile.adaptations).toContainText('Vi spør aldri om diagnoser eller helse');
  await expect(
    page.getByRole('checkbox', { name: 'Ja, jeg vil gjerne bli foreslått' }),
  ).toBeVisible();
  await expect(
    page.getByText('Rådgiveren din og arbeidsgivere kan se at du er interessert og foreslå deg'),
  ).toBeVisible();
  // No suggestions before there is a profile.
  await expect(profile.recommended).toContainText('Når du har lagret profilen');
  await expect(profile.recommendedCards).toHaveCount(0);
  await page.waitForLoadState('networkidle');

  // Saving with no interest: the problem sits next to the interests, and in the summary.
  await profile.save.click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(
    'Hva er du interessert i?: Velg minst én interesse, så vi vet hva vi skal foreslå.',
  );
  await expect(profile.interests).toContainText(
    'Velg minst én interesse, så vi vet hva vi skal foreslå.',
  );
  await expect(profile.interests).toHaveAccessibleDescription(/Velg minst én interesse/);
  await expect(profile.saved).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // From here on, the keyboard alone. The summary's link leads into the interests.
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(profile.interests.locator('summary').first()).toBeFocused();

  const hairGroup = profile.programme(HAIR_PROGRAMME);
  await tabTo(page, hairGroup);
  await page.keyboard.press('Enter');
  const hairdressing = profile.interests.getByRole('checkbox', { name: 'Frisørfaget' });
  await expect(hairdressing).toBeVisible();
  await tabTo(page, hairdressing, 10);
  await page.keyboard.press('Space');
  await expect(hairdressing).toBeChecked();
  await expect(hairGroup).toContainText('1 valgt');

  const creative = profile.strengths.getByRole('checkbox', { name: 'Kreativ' });
  await tabTo(page, creative);
  await page.keyboard.press('Space');
  await expect(creative).toBeChecked();

  await tabTo(page, profile.save);
  await page.keyboard.press('Enter');
  await expect(profile.saved).toHaveAttribute('role', 'status');
  await expect(profile.saved).toContainText('Profilen din er lagret.');
  await expect(profile.saved).toBeFocused();
  await expect(summary).toHaveCount(0);
  await expect(profile.interests).not.toContainText('Velg minst én interesse');

  // "Anbefalt for deg": a hairdresser's hospitering from the demo city first, with its reasons.
  const firstCard = profile.recommendedCards.first();
  await expect(firstCard).toBeVisible();
  await expect(firstCard).toContainText('Frisørfaget');
  const chips = firstCard.getByTestId('reason-chip');
  expect(await chips.count()).toBeGreaterThanOrEqual(1);
  expect(await chips.count()).toBeLessThanOrEqual(3);
  await expect(chips.first()).not.toBeEmpty();
  await expect(firstCard.getByRole('list', { name: 'Hvorfor vi foreslår dette' })).toBeVisible();
  await expect(firstCard.getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/muligheter\/[0-9a-f-]{36}$/,
  );
  await expectNoAccessibilityViolations(page);

  // The profile is kept: after a reload the choices are still there.
  await page.reload();
  await expect(profile.programme(HAIR_PROGRAMME)).toContainText('1 valgt');
  await expect(profile.interests.getByRole('checkbox', { name: 'Frisørfaget' })).toBeChecked();
  await expect(profile.strengths.getByRole('checkbox', { name: 'Kreativ' })).toBeChecked();

  // The search page shows the suggestions above the results, too.
  await page.goto('/');
  const onSearch = page.getByRole('region', { name: 'Anbefalt for deg' });
  await expect(onSearch.getByRole('article').first()).toContainText('Frisørfaget');
  await expect(onSearch.getByTestId('reason-chip').first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.setViewportSize({ width: 375, height: 740 });
  await profile.goto();
  await expectNoHorizontalOverflow(page);
});
