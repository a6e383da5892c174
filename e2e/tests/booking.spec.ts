import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import {
  EmployerBookingsPage,
  expectNoHorizontalOverflow,
  signIn,
  signUpYouth,
} from '../support/pages';

// Fresh pupils on every run, so reruns against the same data never collide.
const RUN = Date.now().toString(36).slice(-5);
const PASSWORD = 'Hospitering-dag-2026';
const FIRST_PUPIL = {
  name: `Ada Rørvik ${RUN}`,
  email: `ada.${RUN}@elev.example`,
  password: PASSWORD,
};
const SECOND_PUPIL = {
  name: `Bo Stangeland ${RUN}`,
  email: `bo.${RUN}@elev.example`,
  password: PASSWORD,
};
// The demo city's employer, bound to "Sørlandet Rør AS".
const EMPLOYER = { email: 'arbeidsgiver@demo.akselerator.no', password: 'Sommerfugl-2026' };
const PHONE = { width: 375, height: 740 };

/** Shared by the serial tests below. */
const chosen = { id: '', title: '', path: '' };
/** The day the first pupil booked: ISO date and "tirsdag 3. mars". */
const firstBooking = { date: '', day: '' };

/**
 * The booking buttons are client islands: a click before hydration would do nothing. Next
 * fetches the page's chunks (and then prefetches its links) before the network goes quiet.
 */
async function whenInteractive(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/**
 * Books the first date that still has seats and returns it. Checks the button's name carries the
 * date, the status message that follows (and takes focus), and the row's new text.
 */
async function bookFirstOpenDay(pupil: Page): Promise<{ date: string; day: string }> {
  const bookButtons = pupil.getByRole('button', { name: /^Book denne dagen, / });
  await expect(bookButtons.first()).toBeVisible();
  await whenInteractive(pupil);
  const row = pupil.getByTestId('slot-row').filter({ has: bookButtons.first() }).first();
  const date = (await row.getAttribute('data-date')) ?? '';
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const name = (await row.getByRole('button').getAttribute('aria-label')) ?? '';
  const day = name.replace(/^Book denne dagen, /, '');
  expect(day).toMatch(/^\p{L}+dag \d{1,2}\. \p{L}+$/u);

  await row.getByRole('button', { name: `Book denne dagen, ${day}` }).click();
  const notice = pupil.getByTestId('booking-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText(`Du har fått plass ${day}. Arbeidsgiveren bekrefter snart.`);
  await expect(notice).toBeFocused();
  const bookedRow = pupil.locator(`[data-testid="slot-row"][data-date="${date}"]`);
  await expect(bookedRow).toContainText('Du har booket denne dagen');
  await expect(bookedRow.getByRole('button')).toHaveCount(0);
  return { date, day };
}

test.describe.serial('Pupils book hospitering days and the employer answers', () => {
  test('a pupil finds Sørlandet Rør, signs up from the opportunity and books a day', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByLabel(/Søk etter yrke/).fill('Sørlandet Rør');
    await page.getByLabel(/Søk etter yrke/).press('Enter');
    await page.waitForURL(/[?&]q=/);
    // One of the demo employer's hospiteringer with at least two seats left, so both pupils fit.
    const card = page
      .getByRole('main')
      .getByRole('article')
      .filter({ hasText: 'Sørlandet Rør AS' })
      .filter({ hasText: /\b([2-9]|\d{2,}) ledige plasser/ })
      .first();
    await expect(card).toBeVisible();
    const link = card.getByRole('link').first();
    chosen.title = (await link.innerText()).trim();
    chosen.path = (await link.getAttribute('href')) ?? '';
    chosen.id = chosen.path.replace('/muligheter/', '');
    expect(chosen.id).toMatch(/^[0-9a-f-]{36}$/);
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: chosen.title })).toBeVisible();

    // Signed out: no booking buttons, but a way in that comes back here.
    await expect(page.getByRole('button', { name: /^Book denne dagen/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Logg inn for å booke' })).toHaveAttribute(
      'href',
      `/logg-inn?neste=${encodeURIComponent(chosen.path)}`,
    );
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'registrer deg som elev' }).click();
    await signUpYouth(page, FIRST_PUPIL);
    await expect(page).toHaveURL(new RegExp(`${chosen.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: chosen.title })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Booking' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    Object.assign(firstBooking, await bookFirstOpenDay(page));
    await expectNoAccessibilityViolations(page);

    // The booked date stays marked after a reload: it comes from myBookings, not from memory.
    await page.reload();
    await expect(
      page.locator(`[data-testid="slot-row"][data-date="${firstBooking.date}"]`),
    ).toContainText('Du har booket denne dagen');

    await page.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(page);
    await expectNoAccessibilityViolations(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', {
        name: 'Mine hospiteringsdager',
      })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mine hospiteringsdager' }),
    ).toBeVisible();
    await expect(page.getByTestId('day-count')).toContainText('Du har 1 av 2 hospiteringsdager');
    const booking = page.getByTestId('my-booking').filter({ hasText: chosen.title });
    await expect(booking).toHaveCount(1);
    await expect(booking.getByTestId('booking-status')).toContainText(
      'Venter på svar fra arbeidsgiver',
    );
    await expect(booking).toContainText('Sørlandet Rør AS');
    await expect(booking.getByRole('link', { name: chosen.title })).toHaveAttribute(
      'href',
      chosen.path,
    );
    await expectNoAccessibilityViolations(page);
    await page.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(page);
  });

  test('the employer sees the pupil under that date and confirms; the pupil sees "Bekreftet"', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const employer = await newPage(browser);
    const pupil = await newPage(browser);
    await signIn(pupil, { ...FIRST_PUPIL, next: '/mine-dager' });
    await expect(
      pupil.getByRole('heading', { level: 1, name: 'Mine hospiteringsdager' }),
    ).toBeVisible();

    await signIn(employer, EMPLOYER);
    await expect(employer).toHaveURL(/\/arbeidsgiver$/);
    await expect(
      employer.getByRole('heading', { level: 1, name: 'Mine hospiteringer' }),
    ).toBeVisible();
    const own = new EmployerBookingsPage(employer);
    const booking = own.booking(chosen.id, firstBooking.date, FIRST_PUPIL.name);
    await expect(booking).toBeVisible();
    await expect(booking.getByTestId('booking-status')).toHaveText('Venter på svar fra dere');
    await expect(
      own
        .card(chosen.id)
        .getByRole('list', { name: `Bookinger ${firstBooking.day}` })
        .getByText(FIRST_PUPIL.name),
    ).toBeVisible();
    await expectNoAccessibilityViolations(employer);

    await booking
      .getByRole('button', { name: `Bekreft ${FIRST_PUPIL.name}, ${firstBooking.day}` })
      .click();
    const notice = booking.getByRole('status');
    await expect(notice).toContainText(
      `Dere har bekreftet plassen til ${FIRST_PUPIL.name} ${firstBooking.day}.`,
    );
    await expect(notice).toBeFocused();
    await expect(booking.getByTestId('booking-status')).toHaveText('Bekreftet');
    await expect(booking.getByRole('button', { name: /^Bekreft/ })).toHaveCount(0);
    await expectNoAccessibilityViolations(employer);

    // Employers read the dates but get no booking buttons.
    await employer.goto(chosen.path);
    await expect(employer.getByRole('heading', { level: 1, name: chosen.title })).toBeVisible();
    await expect(
      employer.getByRole('button', { name: /^(Book denne dagen|Sett meg på)/ }),
    ).toHaveCount(0);
    await expect(employer.getByRole('link', { name: 'Logg inn for å booke' })).toHaveCount(0);

    // After a reload the answer is still there: it came from the API, not the page's memory.
    await employer.goto('/arbeidsgiver');
    await expect(
      own.booking(chosen.id, firstBooking.date, FIRST_PUPIL.name).getByTestId('booking-status'),
    ).toHaveText('Bekreftet');
    await employer.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(employer);

    await pupil.reload();
    const mine = pupil.getByTestId('my-booking').filter({ hasText: chosen.title });
    await expect(mine.getByTestId('booking-status')).toContainText('Bekreftet');
    await expect(pupil.getByTestId('day-count')).toContainText('Du har 1 av 2 hospiteringsdager');
    await expectNoAccessibilityViolations(pupil);

    await employer.context().close();
    await pupil.context().close();
  });

  test('a second pupil books; the employer declines with a reason; the pupil reads why', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const pupil = await newPage(browser);
    const employer = await newPage(browser);

    await pupil.goto(`/registrer?neste=${encodeURIComponent(chosen.path)}`);
    await signUpYouth(pupil, SECOND_PUPIL);
    await expect(pupil.getByRole('heading', { level: 1, name: chosen.title })).toBeVisible();
    const booked = await bookFirstOpenDay(pupil);

    await signIn(employer, EMPLOYER);
    await expect(employer).toHaveURL(/\/arbeidsgiver$/);
    const own = new EmployerBookingsPage(employer);
    const booking = own.booking(chosen.id, booked.date, SECOND_PUPIL.name);
    await expect(booking).toBeVisible();
    await whenInteractive(employer);
    await booking
      .getByRole('button', { name: `Avslå ${SECOND_PUPIL.name}, ${booked.day}` })
      .click();
    const reasons = booking.getByRole('group', { name: 'Hvorfor må dere si nei?' });
    await expect(reasons).toBeVisible();
    await expect(reasons.getByRole('radio')).toHaveCount(4);
    await expect(reasons.getByRole('radio').first()).toBeFocused();

    // Sending without a reason: the error sits in the group it concerns.
    await booking.getByRole('button', { name: 'Send svar' }).click();
    await expect(reasons).toContainText('Velg en grunn før dere sender svaret.');
    await expect(booking.getByTestId('booking-status')).toHaveText('Venter på svar fra dere');
    await expectNoAccessibilityViolations(employer);

    await reasons
      .getByRole('radio', { name: 'Vi har ingen som kan ta imot eleven denne dagen' })
      .check();
    await booking.getByRole('button', { name: 'Send svar' }).click();
    const notice = booking.getByRole('status');
    await expect(notice).toContainText(`Dere har sagt nei til ${SECOND_PUPIL.name} ${booked.day}.`);
    await expect(notice).toBeFocused();
    await expect(booking.getByTestId('booking-status')).toHaveText('Avslått');
    await expectNoAccessibilityViolations(employer);

    await pupil.goto('/mine-dager');
    const mine = pupil.getByTestId('my-booking').filter({ hasText: chosen.title });
    await expect(mine.getByTestId('booking-status')).toContainText('Avslått');
    await expect(mine.getByTestId('decline-message')).toContainText(
      'Arbeidsgiveren har dessverre ingen som kan ta imot deg denne dagen.',
    );
    await expect(mine.getByRole('button', { name: /^Avbestill/ })).toHaveCount(0);
    await expect(pupil.getByTestId('day-count')).toContainText('Du har 0 av 2 hospiteringsdager');
    await expectNoAccessibilityViolations(pupil);

    await employer.context().close();
    await pupil.context().close();
  });

  test('the first pupil cancels with the keyboard, after a confirmation step', async ({ page }) => {
    await signIn(page, { ...FIRST_PUPIL, next: '/mine-dager' });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mine hospiteringsdager' }),
    ).toBeVisible();
    const mine = page.getByTestId('my-booking').filter({ hasText: chosen.title });
    const cancel = mine.getByRole('button', {
      name: `Avbestill ${firstBooking.day}: ${chosen.title}`,
    });
    await whenInteractive(page);
    await cancel.focus();
    await page.keyboard.press('Enter');

    const question = mine.getByText(`Vil du avbestille ${firstBooking.day} hos Sørlandet Rør AS?`);
    await expect(question).toBeFocused();
    await expectNoAccessibilityViolations(page);
    // "Nei" keeps the day and puts focus back where it was.
    await page.keyboard.press('Tab');
    await expect(mine.getByRole('button', { name: 'Ja, avbestill' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(mine.getByRole('button', { name: 'Nei, behold dagen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cancel).toBeFocused();
    await expect(mine.getByTestId('booking-status')).toContainText('Bekreftet');

    await page.keyboard.press('Enter');
    await expect(question).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const notice = mine.getByRole('status');
    await expect(notice).toContainText(`Du har avbestilt ${firstBooking.day}.`);
    await expect(notice).toBeFocused();
    await expect(mine.getByTestId('booking-status')).toContainText('Avbestilt');
    await expect(page.getByTestId('day-count')).toContainText('Du har 0 av 2 hospiteringsdager');
    await expectNoAccessibilityViolations(page);

    // The freed seat shows on the opportunity again, with a button to book it.
    await page.goto(chosen.path);
    await expect(
      page
        .locator(`[data-testid="slot-row"][data-date="${firstBooking.date}"]`)
        .getByRole('button', { name: new RegExp(`, ${firstBooking.day}$`) }),
    ).toBeVisible();
  });
});
