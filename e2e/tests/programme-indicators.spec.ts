import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { signIn } from '../support/pages';

// The demo city's programme admin and a young person outside school.
const ADMIN = 'admin@demo.akselerator.no';
const YOUTH = 'ungdom@demo.akselerator.no';
const DEMO_PASSWORD = 'Sommerfugl-2026';
const PATH = '/admin/indikatorer';
const ALL = 'Hele programmet';
const TABLES = [
  'table-hospitering',
  'table-proposals',
  'table-placements',
  'table-median',
  'table-load',
] as const;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** A number as the page shows it ("1 234,5", "–") in the file's form ("1234,5", ""). */
const normalise = (text: string) => text.replace(/\s/g, '').replace('–', '');

/** Every cell of a month table: "<column heading>|<YYYY-MM>" → the number shown. */
async function monthTable(table: Locator): Promise<Map<string, string>> {
  const headings = (await table.locator('thead th').allTextContents()).map((text) => text.trim());
  const cells = new Map<string, string>();
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  for (let index = 0; index < count; index++) {
    const row = rows.nth(index);
    const month = (await row.locator('time').getAttribute('datetime')) ?? '';
    const values = await row.locator('td').allTextContents();
    values.forEach((value, column) => {
      cells.set(`${headings[column + 1] ?? ''}|${month}`, normalise(value));
    });
  }
  return cells;
}

test('the programme admin reads the indicators as charts and tables, and the CSV has the same numbers', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await newPage(browser);
  await signIn(admin, { email: ADMIN, password: DEMO_PASSWORD, next: PATH });
  await expect(
    admin.getByRole('heading', { level: 1, name: 'Indikatorer for Flere i arbeid' }),
  ).toBeVisible();

  // Five charts, each one image with a summary, drawn from the demo city's data.
  const charts = admin.locator('figure svg[role="img"]');
  await expect(charts).toHaveCount(5);
  for (const label of await charts.evaluateAll((svgs) =>
    svgs.map((svg) => svg.getAttribute('aria-label') ?? ''),
  )) {
    expect(label.length).toBeGreaterThan(40);
  }
  const filled = (section: string) =>
    admin
      .getByTestId(section)
      .locator('[data-testid="bar"], [data-testid="point"]')
      .evaluateAll(
        (marks) =>
          marks.filter(
            (mark) => mark.tagName === 'circle' || Number(mark.getAttribute('height') ?? '0') > 0,
          ).length,
      );
  // Hospitering days attended this school year (the demo books them from mid-August).
  for (const section of [
    'indicator-hospitering',
    'indicator-proposals',
    'indicator-placements',
    'indicator-median',
    'indicator-load',
  ]) {
    expect(await filled(section), `${section} has bars or points`).toBeGreaterThan(0);
  }
  await expect(admin.getByTestId('card-proposals')).toBeVisible();

  // What the page shows, cell by cell.
  const screen = new Map<string, string>();
  for (const id of TABLES) {
    const table = admin.getByTestId(id);
    await expect(table.locator('tbody tr')).toHaveCount(12);
    for (const [key, value] of await monthTable(table)) screen.set(key, value);
  }
  const schools = admin.getByTestId('table-schools');
  const schoolHeadings = (await schools.locator('thead th').allTextContents()).map((text) =>
    text.trim(),
  );
  const schoolCells: { school: string; figure: string; value: string }[] = [];
  for (const row of await schools.locator('tbody tr').all()) {
    const school = ((await row.locator('th').textContent()) ?? '').trim();
    (await row.locator('td').allTextContents()).forEach((value, column) => {
      schoolCells.push({
        school,
        figure: schoolHeadings[column + 1] ?? '',
        value: normalise(value),
      });
    });
  }
  expect(screen.size).toBeGreaterThan(100);
  expect(schoolCells.length).toBeGreaterThan(0);

  // The CSV: the same numbers, found by the column heading and the month.
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: 'Last ned CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^indikatorer-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFFIndikator;Utvalg;Måned;Verdi\r\n')).toBe(true);
  const file = new Map<string, string>();
  for (const line of text.slice(1).trim().split('\r\n').slice(1)) {
    const [figure = '', group = '', month = '', value = ''] = line.split(';');
    file.set(`${figure}|${group}|${month}`, value);
  }
  for (const [key, value] of screen) {
    const [figure, month] = key.split('|');
    expect(file.get(`${figure ?? ''}|${ALL}|${month ?? ''}`), key).toBe(value);
  }
  for (const cell of schoolCells) {
    const found = [...file].find(([key]) => key.startsWith(`${cell.figure}|${cell.school}|`));
    expect(found?.[1], `${cell.school}: ${cell.figure}`).toBe(cell.value);
  }
  // Nothing personal in the file: only the demo's schools are named.
  expect(text).not.toMatch(/@demo\.akselerator\.no|Jonas|Kristoffersen/);

  await admin.getByTestId('indicator-proposals').getByText('Vis tallene').click();
  await expectNoAccessibilityViolations(admin);
});

test('a young person is refused the indicators page and its CSV', async ({ browser }) => {
  const youth = await newPage(browser);
  await signIn(youth, { email: YOUTH, password: DEMO_PASSWORD });
  await expect(youth).not.toHaveURL(/logg-inn/);
  await youth.goto(PATH);
  await expect(youth.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await expect(youth.locator('figure svg')).toHaveCount(0);
  const csv = await youth.request.get(`${PATH}/csv`);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain('Indikator;');
});
