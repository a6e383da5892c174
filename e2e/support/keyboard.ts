import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus, as a keyboard user would, and checks that
 * the focus can be seen. The locator only tells when to stop: nothing is clicked or filled.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { maxPresses = 80 }: { maxPresses?: number } = {},
): Promise<void> {
  const isFocused = () => target.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < maxPresses && !(await isFocused()); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  // Designsystemet draws the ring on the control, or for a radio or checkbox on its field (with
  // the label).
  const ring = await target.evaluate((element) => {
    const toggle = element.matches('input[type=radio], input[type=checkbox]');
    const drawnOn = (toggle ? element.closest('.ds-field') : null) ?? element;
    const style = getComputedStyle(drawnOn);
    return (
      element.matches(':focus-visible') &&
      ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none')
    );
  });
  expect(ring, 'the focus is visible').toBe(true);
}

/** Tabs to a text field and types into it, replacing what was there. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/**
 * Tabs to a closed native <select> and moves through its options with the arrow keys until the
 * option labelled `label` is chosen.
 */
export async function chooseWithArrows(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const chosen = () =>
    select.evaluate((element) => {
      const list = element as HTMLSelectElement;
      return list.selectedOptions[0]?.label ?? '';
    });
  const optionCount = await select.locator('option').count();
  for (let presses = 0; presses <= optionCount && (await chosen()) !== label; presses++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await chosen()).toBe(label);
}

/** The order in which a date field's segments take typed digits, e.g. ['day', 'month', 'year']. */
export type DateSegmentOrder = readonly ('day' | 'month' | 'year')[];

/**
 * Finds the segment order of `<input type="date">` in this browser. It follows the browser's own
 * language, not the page's: Debian's headless Chromium shows mm/dd/yyyy where a Norwegian
 * Chromium shows dd.mm.åååå. A probe page is typed into, so the real form is left untouched.
 */
export async function dateSegmentOrder(context: BrowserContext): Promise<DateSegmentOrder> {
  const probe = await context.newPage();
  await probe.setContent('<input type="date" aria-label="probe">');
  await probe.getByLabel('probe').focus();
  await probe.keyboard.type('01022003');
  const value = await probe.getByLabel('probe').inputValue();
  await probe.close();
  const orders: Record<string, DateSegmentOrder> = {
    '2003-02-01': ['day', 'month', 'year'],
    '2003-01-02': ['month', 'day', 'year'],
  };
  const order = orders[value];
  if (!order) throw new Error(`unknown date field order: 01022003 typed became "${value}"`);
  return order;
}

/** Tabs to an `<input type="date">` and types a YYYY-MM-DD date into it, digit by digit. */
export async function typeDate(
  page: Page,
  field: Locator,
  isoDate: string,
  order: DateSegmentOrder,
): Promise<void> {
  await tabTo(page, field);
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const digits = { day, month, year };
  await page.keyboard.type(order.map((segment) => digits[segment]).join(''));
  await expect(field).toHaveValue(isoDate);
}
