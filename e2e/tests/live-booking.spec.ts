import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import {
  bellName,
  bookFirstOpenDay,
  EmployerBookingsPage,
  expectNoHorizontalOverflow,
  expectNotReloaded,
  markPageAsLoaded,
  NotificationBell,
  signIn,
  signUpYouth,
} from '../support/pages';

// A fresh pupil on every run, so reruns against the same data never collide.
const RUN = Date.now().toString(36).slice(-5);
const PUPIL = {
  name: `Live Tellefsen ${RUN}`,
  email: `live.${RUN}@elev.example`,
  password: 'Hospitering-dag-2026',
};
// The demo city's employer, bound to "Sørlandet Rør AS".
const EMPLOYER = { email: 'arbeidsgiver@demo.akselerator.no', password: 'Sommerfugl-2026' };

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** An .ics file as text: folded lines joined (RFC 5545 §3.1, byte-wise) and text unescaped. */
async function readCalendar(path: string): Promise<string> {
  const unfolded = (await readFile(path)).toString('latin1').replace(/\r?\n[ \t]/g, '');
  return Buffer.from(unfolded, 'latin1')
    .toString('utf8')
    .replace(/\\([,;\\])/g, '$1');
}

test('a booking reaches the employer live, and the answer reaches the pupil live', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const employer = await newPage(browser);
  const pupil = await newPage(browser);

  // The employer is already on /arbeidsgiver and stays there: nothing below reloads the page.
  await signIn(employer, EMPLOYER);
  await expect(employer).toHaveURL(/\/arbeidsgiver$/);
  await expect(
    employer.getByRole('heading', { level: 1, name: 'Mine hospiteringer' }),
  ).toBeVisible();
  await employer.waitForLoadState('networkidle');
  const employerBell = new NotificationBell(employer);
  const before = await employerBell.unread();
  await expect(employerBell.button).toHaveAccessibleName(bellName(before));
  await markPageAsLoaded(employer);

  // A new pupil finds one of Sørlandet Rør's hospiteringer with a free seat, signs up, books.
  await pupil.goto(`/?q=${encodeURIComponent('Sørlandet Rør')}`);
  const card = pupil
    .getByRole('main')
    .getByRole('article')
    .filter({ hasText: 'Sørlandet Rør AS' })
    .filter({ hasText: /\b(1 ledig plass|\d+ ledige plasser)/ })
    .first();
  await expect(card).toBeVisible();
  const link = card.getByRole('link').first();
  const title = (await link.innerText()).trim();
  const path = (await link.getAttribute('href')) ?? '';
  const opportunityId = path.replace('/muligheter/', '');
  expect(opportunityId).toMatch(/^[0-9a-f-]{36}$/);

  await pupil.goto(`/registrer?neste=${encodeURIComponent(path)}`);
  await signUpYouth(pupil, PUPIL);
  await expect(pupil.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const pupilBell = new NotificationBell(pupil);
  await expect(pupilBell.button).toHaveAccessibleName('Varsler');
  const booked = await bookFirstOpenDay(pupil);

  // The employer sees the booking appear, with its answer buttons, and the bell count go up.
  const own = new EmployerBookingsPage(employer);
  const booking = own.booking(opportunityId, booked.date, PUPIL.name);
  await expect(booking).toBeVisible();
  await expect(booking.getByTestId('booking-status')).toHaveText('Venter på svar fra dere');
  await expect(employerBell.button).toHaveAccessibleName(bellName(before + 1));
  await expect(employerBell.button.getByTestId('notification-count')).toHaveText(
    String(before + 1),
  );
  await expect(employerBell.announcer).toHaveAttribute('aria-live', 'polite');
  await expect(employerBell.announcer).toContainText(
    `${PUPIL.name} har booket «${title}» ${booked.day}.`,
  );
  await expectNotReloaded(employer);

  // The bell's panel, by keyboard: focus moves in, Esc closes and puts focus back.
  await employerBell.button.focus();
  await employer.keyboard.press('Enter');
  await expect(employerBell.panel).toBeVisible();
  await expect(employerBell.panel).toBeFocused();
  await expect(employerBell.panel.getByTestId('notification').first()).toContainText(
    `${PUPIL.name} har booket «${title}»`,
  );
  await expectNoAccessibilityViolations(employer);
  await employer.keyboard.press('Escape');
  await expect(employerBell.panel).toBeHidden();
  await expect(employerBell.button).toBeFocused();
  await expect(employerBell.button).toHaveAttribute('aria-expanded', 'false');

  // The pupil goes to "Mine hospiteringsdager" (a client-side navigation) and waits there.
  await pupil
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Mine hospiteringsdager' })
    .click();
  await expect(
    pupil.getByRole('heading', { level: 1, name: 'Mine hospiteringsdager' }),
  ).toBeVisible();
  const mine = pupil.getByTestId('my-booking').filter({ hasText: title });
  await expect(mine.getByTestId('booking-status')).toContainText('Venter på svar fra arbeidsgiver');
  await markPageAsLoaded(pupil);

  // The employer confirms.
  await booking.getByRole('button', { name: `Bekreft ${PUPIL.name}, ${booked.day}` }).click();
  await expect(booking.getByTestId('booking-status')).toHaveText('Bekreftet');
  await expectNotReloaded(employer);

  // The pupil is told at once, and the page shows the new status, without a reload.
  const confirmation = `Sørlandet Rør AS har bekreftet hospiteringsdagen din ${booked.day}: «${title}». Velkommen!`;
  await expect(pupilBell.button).toHaveAccessibleName('Varsler, 1 ulest');
  await expect(pupilBell.announcer).toContainText(confirmation);
  await expect(mine.getByTestId('booking-status')).toContainText('Bekreftet');
  await expectNotReloaded(pupil);

  await pupilBell.open();
  await expect(pupilBell.panel.getByTestId('notification')).toHaveCount(1);
  await expect(pupilBell.panel.getByTestId('notification')).toContainText(confirmation);
  await expectNoAccessibilityViolations(pupil);
  await pupilBell.panel.getByRole('button', { name: 'Merk alle som lest' }).click();
  await expect(pupilBell.button).toHaveAccessibleName('Varsler');
  await expect(pupilBell.button.getByTestId('notification-count')).toHaveCount(0);
  await expect(pupilBell.announcer).toContainText('Alle varslene er merket som lest.');
  await pupil.keyboard.press('Escape');
  await expect(pupilBell.panel).toBeHidden();
  await expect(pupilBell.button).toBeFocused();

  // On a phone the open panel spans the header and nothing sticks out sideways.
  await pupil.setViewportSize({ width: 375, height: 740 });
  await pupilBell.open();
  await expectNoHorizontalOverflow(pupil);
  const box = await pupilBell.panel.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  await expectNoAccessibilityViolations(pupil);
  await pupil.keyboard.press('Escape');
  await expect(pupilBell.panel).toBeHidden();
  await pupil.setViewportSize({ width: 1280, height: 720 });

  // A click outside closes it, too (on a wide screen the panel hangs under the bell, at the right).
  await pupilBell.open();
  await pupil.getByRole('heading', { level: 1, name: 'Mine hospiteringsdager' }).click();
  await expect(pupilBell.panel).toBeHidden();

  // The confirmed day goes into the pupil's calendar.
  const calendarLink = mine.getByRole('link', {
    name: `Legg i kalenderen (.ics), ${booked.day}`,
  });
  await expect(calendarLink).toHaveAttribute('href', /^\/kalender\/[0-9a-f-]{36}$/);
  const downloading = pupil.waitForEvent('download');
  await calendarLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`hospitering-${booked.date}.ics`);
  const ics = await readCalendar(await download.path());
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(title);
  expect(ics).toMatch(new RegExp(`DTSTART[^:\\r\\n]*:${booked.date.replaceAll('-', '')}T`));

  // Someone signed out cannot fetch it: the same 404 as for a booking that does not exist.
  const href = (await calendarLink.getAttribute('href')) ?? '';
  const stranger = await browser.newContext();
  const response = await stranger.request.get(new URL(href, pupil.url()).toString());
  expect(response.status()).toBe(404);
  await stranger.close();

  await employer.context().close();
  await pupil.context().close();
});
