import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { tabTo } from '../support/keyboard';
import { expectNoHorizontalOverflow } from '../support/pages';

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

test('on a phone the main menu folds behind "Meny", opens by keyboard, and closes after a choice @phone', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'the menu folds only on a phone-sized screen');
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
  const signIn = menu.getByRole('link', { name: 'Logg inn' });
  await expect(signIn).toBeHidden();
  // Folded, the header leaves most of the screen to the page.
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height ?? 1_000).toBeLessThan(200);

  const toggle = page.locator('summary', { hasText: 'Meny' });
  await tabTo(page, toggle, { maxPresses: 10 });
  await page.keyboard.press('Enter');
  await expect(signIn).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expectNoHorizontalOverflow(page);

  await tabTo(page, signIn, { maxPresses: 10 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Registrer deg' })).toBeHidden();
});
