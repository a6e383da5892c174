import { expect, test } from '@playwright/test';
import { chooseWithArrows, dateSegmentOrder, tabTo, typeDate, typeInto } from '../support/keyboard';
import { freshOrganisationNumber, reloadUntilVisible, weekdayFromToday } from '../support/pages';

// A made-up place name, so this test's opportunity stands out among the demo city's.
const UNIQUE = `Tastelia${Date.now().toString(36).slice(-4)}`;
const TITLE = `Frisør med tastaturet i ${UNIQUE}`;
const FIRST_DATE = weekdayFromToday(15);
const SECOND_DATE = weekdayFromToday(22);

/*
 * The whole first slice without a mouse: every step below is Tab, arrow keys, Space, Enter or
 * typing. Locators only say where the focus should be; nothing is clicked or filled directly.
 */
test('an employer signs up and publishes two hospitering days, and a pupil finds, filters and opens them, by keyboard alone', async ({
  page,
  browser,
}) => {
  const dateOrder = await dateSegmentOrder(page.context());
  await page.goto('/registrer');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer deg' })).toBeVisible();

  // The role is a radio group: Tab reaches the chosen radio, the arrow key changes it.
  await tabTo(page, page.getByRole('radio', { name: /Elev eller ungdom/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Arbeidsgiver/ })).toBeChecked();
  await typeInto(page, page.getByLabel('Navn på virksomheten'), `Salong ${UNIQUE} AS`);
  await typeInto(page, page.getByLabel('Organisasjonsnummer'), freshOrganisationNumber());
  await typeInto(page, page.getByLabel('Ditt navn'), 'Kari Tastesen');
  await typeInto(page, page.getByLabel('E-post'), `kari.${UNIQUE.toLowerCase()}@salong.example`);
  await typeInto(page, page.getByLabel('Passord'), 'Saks-og-kam-2026');
  await tabTo(page, page.getByRole('button', { name: 'Opprett konto' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine hospiteringer' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Lag ny hospitering' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny hospitering' })).toBeVisible();

  await typeInto(page, page.getByLabel('Tittel'), TITLE);
  await chooseWithArrows(page, page.getByLabel('Lærefag', { exact: true }), 'Frisørfaget');
  await typeInto(page, page.getByLabel('Beskrivelse'), 'En salong som viser deg faget.');
  await typeInto(page, page.getByLabel(/Hva eleven skal gjøre/), 'Vaske hår og ta imot kunder.');
  await typeInto(page, page.getByLabel('Gateadresse'), 'Dronningens gate 8');
  await typeInto(page, page.getByLabel('Postnummer'), '4610');
  await typeInto(page, page.getByLabel('Poststed'), 'Kristiansand S');
  await chooseWithArrows(page, page.getByLabel('Kommune', { exact: true }), 'Kristiansand');

  const firstDay = page.getByRole('group', { name: 'Dag 1' });
  await typeDate(page, firstDay.getByLabel('Dato'), FIRST_DATE, dateOrder);
  await typeInto(page, firstDay.getByLabel('Antall plasser'), '3');
  // Adding a day moves the focus to the new day's date, so the typing goes on from there.
  await tabTo(page, page.getByRole('button', { name: 'Legg til dag' }));
  await page.keyboard.press('Enter');
  const secondDay = page.getByRole('group', { name: 'Dag 2' });
  await expect(secondDay.getByLabel('Dato')).toBeFocused();
  await typeDate(page, secondDay.getByLabel('Dato'), SECOND_DATE, dateOrder);
  await typeInto(page, secondDay.getByLabel('Antall plasser'), '2');

  await tabTo(page, page.getByRole('button', { name: 'Lagre og publiser' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`«${TITLE}» er publisert og vises nå i søket.`)).toBeVisible();

  const pupilContext = await browser.newContext();
  const pupil = await pupilContext.newPage();
  await pupil.goto('/');
  await tabTo(pupil, pupil.getByLabel(/Søk etter yrke/));
  await pupil.keyboard.type(`frisor ${UNIQUE}`);
  await pupil.keyboard.press('Enter');
  await pupil.waitForURL(/[?&]q=/);
  // The index catches up through the outbox within moments; the page is rendered on the server,
  // so a late hit needs a reload (F5 for a keyboard user).
  const result = pupil.getByRole('main').getByRole('link', { name: TITLE });
  await reloadUntilVisible(pupil, result);

  // A filter is a checkbox (Space) applied with the filter button (Enter).
  const tradeFilter = pupil
    .getByRole('group', { name: 'Lærefag' })
    .getByRole('checkbox', { name: /Frisørfaget/ });
  await tabTo(pupil, tradeFilter);
  await pupil.keyboard.press('Space');
  await expect(tradeFilter).toBeChecked();
  await tabTo(pupil, pupil.getByRole('button', { name: 'Bruk filtre' }).first());
  await pupil.keyboard.press('Enter');
  await expect(pupil).toHaveURL(/trade=frisor/);

  await tabTo(pupil, result);
  await pupil.keyboard.press('Enter');
  await expect(pupil.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const rows = pupil.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  // The last cell of each date's row is its seats left.
  await expect(rows.nth(1).getByRole('cell').last()).toHaveText('3');
  await expect(rows.nth(2).getByRole('cell').last()).toHaveText('2');
  await pupilContext.close();
});
