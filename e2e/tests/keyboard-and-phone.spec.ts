import { expect, test } from '@playwright/test';
import { tabTo } from '../support/keyboard';

test('a pupil can search and open a hospitering with the keyboard alone @phone', async ({
  page,
}) => {
  await page.goto('/');
  // The first Tab lands on the skip link, which jumps to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hopp til hovedinnhold' })).toBeFocused();
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByLabel(/Søk etter yrke/), { maxPresses: 15 });
  await page.keyboard.type('tomrer');
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=tomrer/);

  const firstResult = page.getByRole('main').getByRole('article').first().getByRole('link').first();
  await expect(firstResult).toBeVisible();
  const title = await firstResult.innerText();
  await tabTo(page, firstResult);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Nothing overflows sideways on a phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
