import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { PrivacyPage, signIn, signUpPupilWithClassCode } from '../support/pages';

// The demo city: Karuss skole's counsellor, and the fixed class code of Karuss 10A.
const COUNSELLOR = { email: 'radgiver@demo.akselerator.no', name: 'Hilde Karlsen' };
const DEMO_PASSWORD = 'Sommerfugl-2026';
const CLASS_CODE = 'karu-ss26';
const RUN = Date.now().toString(36).slice(-6);
const PUPIL = {
  name: `Ida Elev ${RUN}`,
  email: `ida.${RUN}@example.no`,
  password: `Blåbærsyltetøy-${RUN}`,
};

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a pupil signs up with a class code, signs in, downloads their data, and sees the audit entry of their counsellor opening their profile', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const pupil = await newPage(browser);

  // Sign-up with a wrong class code: a Norwegian message next to the field, nothing typed is lost.
  await pupil.goto('/registrer');
  await signUpPupilWithClassCode(pupil, { ...PUPIL, classCode: 'ZZZZ-ZZZZ' });
  const classCode = pupil.getByLabel('Klassekode (valgfritt)');
  await expect(pupil.getByTestId('error-summary')).toBeFocused();
  await expect(pupil.getByText(/Vi fant ingen klasse med denne koden/).first()).toBeVisible();
  await expect(classCode).toHaveAttribute('aria-invalid', 'true');
  await expect(pupil.getByLabel('Ditt navn')).toHaveValue(PUPIL.name);
  await expect(pupil.getByLabel('E-post')).toHaveValue(PUPIL.email);
  await expectNoAccessibilityViolations(pupil);

  // The right code (case and hyphen do not matter): signed up and in, in Karuss 10A.
  await classCode.fill(CLASS_CODE);
  await pupil.getByRole('button', { name: 'Opprett konto' }).click();
  await expect(pupil.getByTestId('signed-in-as')).toContainText(PUPIL.name);

  // Signs out, then in again; the sign-in page offers "Glemt passordet?".
  await pupil.getByRole('button', { name: 'Logg ut', exact: true }).click();
  await expect(pupil.getByRole('link', { name: 'Logg inn', exact: true })).toBeVisible();
  await signIn(pupil, { email: PUPIL.email, password: PUPIL.password, next: '/personvern' });
  await expect(pupil).toHaveURL(/\/personvern$/);
  const privacy = new PrivacyPage(pupil);
  await expect(pupil.getByTestId('my-cohort')).toContainText('10A på Karuss skole');
  await expect(pupil.getByText('Ingen andre har sett opplysningene dine ennå.')).toBeVisible();
  await expectNoAccessibilityViolations(pupil);

  // Downloads everything stored about them as one JSON file.
  const [download] = await Promise.all([
    pupil.waitForEvent('download'),
    privacy.downloadLink.click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^akselerator-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const text = JSON.stringify(exported);
  expect(text).toContain(PUPIL.email);
  expect(text).toContain(PUPIL.name);
  expect(text).not.toContain('password_hash');

  // The school counsellor finds the pupil in 10A and opens their page (audited).
  const counsellor = await newPage(browser);
  await signIn(counsellor, {
    email: COUNSELLOR.email,
    password: DEMO_PASSWORD,
    next: '/skole/elever',
  });
  await expect(counsellor.getByRole('heading', { level: 1, name: 'Elevene dine' })).toBeVisible();
  const cohort = counsellor.getByLabel('Klasse', { exact: true });
  if (await cohort.isVisible()) {
    const tenA = await cohort.locator('option', { hasText: '10A' }).first().getAttribute('value');
    await cohort.selectOption(tenA ?? '');
    await counsellor.getByRole('button', { name: 'Vis', exact: true }).click();
  }
  await expect(counsellor.getByRole('heading', { level: 2, name: /10A/ })).toBeVisible();
  await expectNoAccessibilityViolations(counsellor);
  await counsellor.getByTestId('pupil-list').getByRole('link', { name: PUPIL.name }).click();
  await expect(counsellor.getByRole('heading', { level: 1, name: PUPIL.name })).toBeVisible();
  await expect(counsellor.getByTestId('pupil-logged')).toBeVisible();
  await expect(counsellor.getByText('10A', { exact: false }).first()).toBeVisible();
  await expectNoAccessibilityViolations(counsellor);

  // The pupil sees who opened their profile: name, role and school, what, when and why.
  await privacy.goto();
  const entry = privacy.entriesBy(COUNSELLOR.name).filter({ hasText: 'Så profilen din' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Karuss skole');
  await expect(entry).toContainText('Oppfølging av hospitering');
  await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expectNoAccessibilityViolations(pupil);

  // Erasing asks twice; the wrong word is refused next to the field, then the account is gone.
  await pupil.getByRole('button', { name: 'Jeg vil slette kontoen min' }).click();
  await expect(pupil.getByRole('heading', { name: 'Er du sikker?' })).toBeFocused();
  await pupil.getByLabel('Skriv SLETT for å bekrefte').fill('SLET');
  await pupil.getByRole('button', { name: 'Slett kontoen min for godt' }).click();
  await expect(pupil.getByTestId('error-summary')).toBeFocused();
  await expect(pupil.getByText('Skriv ordet SLETT i feltet.').first()).toBeVisible();
  await expect(
    pupil.getByText('Kryss av for at du forstår at alt blir slettet.').first(),
  ).toBeVisible();
  await expectNoAccessibilityViolations(pupil);
  await pupil.getByLabel('Jeg forstår at alt blir slettet og ikke kan hentes tilbake').check();
  await pupil.getByLabel('Skriv SLETT for å bekrefte').fill('SLETT');
  await pupil.getByRole('button', { name: 'Slett kontoen min for godt' }).click();
  await expect(pupil.getByTestId('account-erased')).toBeVisible();
  await signIn(pupil, { email: PUPIL.email, password: PUPIL.password });
  await expect(
    pupil.getByText(/E-postadressen eller passordet stemmer ikke/).first(),
  ).toBeVisible();
});

test('forgotten password: the same answer whether or not the address has an account', async ({
  page,
}) => {
  await page.goto('/logg-inn');
  await page.getByRole('link', { name: 'Glemt passordet?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt passordet?' })).toBeVisible();
  await page.getByLabel('E-post').fill('ikke-en-adresse');
  await page.getByRole('button', { name: 'Send lenke' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByLabel('E-post')).toHaveValue('ikke-en-adresse');
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('E-post').fill(`ingen.${RUN}@example.no`);
  await page.getByRole('button', { name: 'Send lenke' }).click();
  await expect(page.getByTestId('reset-sent')).toContainText(`ingen.${RUN}@example.no`);
  await expectNoAccessibilityViolations(page);

  // A reset link without its token says so and offers a new one.
  await page.goto('/nytt-passord');
  await expect(page.getByRole('link', { name: 'Be om en ny lenke' })).toBeVisible();
  await page.goto('/nytt-passord?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  await page.getByLabel('Nytt passord', { exact: true }).fill(`Fjellvann-${RUN}-Kø`);
  await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
  await expect(page.getByText(/Lenken er ikke gyldig/).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('a pupil corrects their details and sends their guardian the data-rights link; a guardian without a working link asks for one', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const pupil = await newPage(browser);
  const me = {
    name: `Jon Retter ${RUN}`,
    email: `jon.${RUN}@example.no`,
    password: `Tyttebær-${RUN}-Kø`,
  };
  await pupil.goto('/registrer');
  await signUpPupilWithClassCode(pupil, { ...me, classCode: CLASS_CODE });
  await expect(pupil.getByTestId('signed-in-as')).toContainText(me.name);
  const privacy = new PrivacyPage(pupil);
  await privacy.goto();

  // A malformed address is refused next to the field; nothing typed is lost.
  const form = pupil.getByTestId('correct-account-form');
  await form.getByLabel('Navn', { exact: true }).fill(`Jon R. ${RUN}`);
  await form.getByLabel('E-postadresse', { exact: true }).fill('ikke-en-adresse');
  await form.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(pupil.getByTestId('error-summary')).toBeFocused();
  await expect(form.getByLabel('E-postadresse', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form.getByLabel('Navn', { exact: true })).toHaveValue(`Jon R. ${RUN}`);
  await expectNoAccessibilityViolations(pupil);

  // The name and the guardian's e-mail are corrected; the address stays as it was.
  await form.getByLabel('E-postadresse', { exact: true }).fill(me.email);
  await form.getByLabel('E-postadressen til foresatt').fill(`foresatt.${RUN}@example.no`);
  await form.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(pupil.getByTestId('correct-saved')).toBeVisible();
  await privacy.goto();
  await expect(pupil.getByTestId('signed-in-as')).toContainText(`Jon R. ${RUN}`);

  // Under 16 (birth date unknown, guardian on record): the guardian can get the link.
  await pupil.getByTestId('send-guardian-link').click();
  await expect(pupil.getByText(/Lenken er sendt til foresatt/)).toBeVisible();
  await expectNoAccessibilityViolations(pupil);

  // A guardian with a link that does not work asks for a new one; the answer is always the same.
  const guardian = await newPage(browser);
  await guardian.goto(`/foresatt?token=${'a'.repeat(43)}`);
  await expect(guardian.getByRole('heading', { level: 1, name: 'For foresatte' })).toBeVisible();
  await expect(guardian.getByTestId('guardian-result')).toContainText('Lenken virker ikke');
  await guardian.getByLabel('E-postadressen din').fill(`ukjent.${RUN}@example.no`);
  await guardian.getByRole('button', { name: 'Send meg en lenke' }).click();
  await expect(guardian.getByTestId('guardian-link-requested')).toBeVisible();
  await expectNoAccessibilityViolations(guardian);
});
