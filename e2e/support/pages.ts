import { expect, type Page } from '@playwright/test';

/** A date `days` from today in Oslo, as YYYY-MM-DD (what <input type="date"> takes). */
export function daysFromToday(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** A weekday date at least `days` ahead. */
export function weekdayFromToday(days: number): string {
  for (let offset = days; ; offset++) {
    const date = daysFromToday(offset);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

let candidate = 920_000_000 + Math.floor(Math.random() * 70_000_000);
/** A fresh, valid organisasjonsnummer (mod-11). */
export function freshOrganisationNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    candidate += 1;
    const digits = String(candidate).split('').map(Number);
    const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
    const check = 11 - (sum % 11);
    if (check !== 10 && (check === 11 ? 0 : check) === digits[8]) return String(candidate);
  }
}

export class SignUpPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/registrer');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Registrer deg' })).toBeVisible();
  }

  async signUpEmployer(input: {
    name: string;
    email: string;
    password: string;
    employerName: string;
    organisationNumber: string;
  }): Promise<void> {
    await this.page.getByRole('radio', { name: /Arbeidsgiver/ }).check();
    await this.page.getByLabel('Ditt navn').fill(input.name);
    await this.page.getByLabel('E-post').fill(input.email);
    await this.page.getByLabel('Passord').fill(input.password);
    await this.page.getByLabel('Navn på virksomheten').fill(input.employerName);
    await this.page.getByLabel('Organisasjonsnummer').fill(input.organisationNumber);
    await this.page.getByRole('button', { name: 'Opprett konto' }).click();
  }
}

export interface SlotValues {
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

export class NewHospiteringPage {
  constructor(private readonly page: Page) {}

  async fill(input: {
    title: string;
    description: string;
    tasks: string;
    practical: string;
    trade: string;
    street: string;
    postalCode: string;
    postalPlace: string;
    municipality: string;
    slots: SlotValues[];
  }): Promise<void> {
    const page = this.page;
    await page.getByLabel('Tittel').fill(input.title);
    await page.getByLabel('Beskrivelse').fill(input.description);
    await page.getByLabel(/Hva eleven skal gjøre/).fill(input.tasks);
    await page.getByLabel(/Praktisk informasjon/).fill(input.practical);
    await page.getByLabel('Lærefag', { exact: true }).selectOption({ label: input.trade });
    await page.getByLabel('Gateadresse').fill(input.street);
    await page.getByLabel('Postnummer').fill(input.postalCode);
    await page.getByLabel('Poststed').fill(input.postalPlace);
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: input.municipality });
    for (const [index, slot] of input.slots.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Legg til dag' }).click();
      const group = page.getByRole('group', { name: `Dag ${index + 1}` });
      await group.getByLabel('Dato').fill(slot.date);
      await group.getByLabel('Fra klokken').fill(slot.startTime);
      await group.getByLabel('Til klokken').fill(slot.endTime);
      await group.getByLabel('Antall plasser').fill(String(slot.capacity));
    }
  }
}

// —— Booking (booking.spec.ts) ——

/** Signs up a pupil on /registrer (already open, with `?neste=` if wanted). */
export async function signUpYouth(
  page: Page,
  input: { name: string; email: string; password: string },
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer deg' })).toBeVisible();
  await page.getByRole('radio', { name: /Elev eller ungdom/ }).check();
  await page.getByLabel('Ditt navn').fill(input.name);
  await page.getByLabel('E-post').fill(input.email);
  await page.getByLabel('Passord').fill(input.password);
  await page.getByRole('button', { name: 'Opprett konto' }).click();
}

/** Signs in on /logg-inn, optionally coming back to `next`. */
export async function signIn(
  page: Page,
  input: { email: string; password: string; next?: string },
): Promise<void> {
  await page.goto(input.next ? `/logg-inn?neste=${encodeURIComponent(input.next)}` : '/logg-inn');
  await page.getByLabel('E-post').fill(input.email);
  await page.getByLabel('Passord').fill(input.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** Nothing sticks out sideways (a phone-width check). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** The employer's own hospitering on /arbeidsgiver, and its bookings per date. */
export class EmployerBookingsPage {
  constructor(private readonly page: Page) {}

  card(opportunityId: string) {
    return this.page
      .getByTestId('own-opportunity')
      .filter({ has: this.page.locator(`a[href="/muligheter/${opportunityId}"]`) });
  }

  /** The booking of `pupilName` listed under the date `isoDate`. */
  booking(opportunityId: string, isoDate: string, pupilName: string) {
    return this.card(opportunityId)
      .locator(`[data-testid="own-slot"][data-date="${isoDate}"]`)
      .getByTestId('booking')
      .filter({ hasText: pupilName });
  }
}

// —— Live notifications (live-booking.spec.ts) ——

/** The bell's accessible name for `unread` unread notifications: "Varsler, 2 uleste". */
export function bellName(unread: number): string {
  if (unread === 0) return 'Varsler';
  return unread === 1 ? 'Varsler, 1 ulest' : `Varsler, ${unread} uleste`;
}

/** "Varsler" in the header: the disclosure button, its panel and its polite live region. */
export class NotificationBell {
  constructor(private readonly page: Page) {}

  get button() {
    return this.page.getByRole('banner').getByRole('button', { name: /^Varsler/ });
  }

  get panel() {
    return this.page.getByRole('region', { name: 'Varsler' });
  }

  /** The `aria-live="polite"` region new notifications are read out from. */
  get announcer() {
    return this.page.getByTestId('notification-live');
  }

  /** The unread count, read from the button's accessible name. */
  async unread(): Promise<number> {
    const name = (await this.button.getAttribute('aria-label')) ?? '';
    const match = /(\d+) ulest/.exec(name);
    return match ? Number(match[1]) : 0;
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.button).toHaveAttribute('aria-expanded', 'true');
    await expect(this.panel).toBeVisible();
    await expect(this.panel).toBeFocused();
  }
}

/**
 * On an opportunity page, books the first date that still has seats and returns it (ISO date
 * and "tirsdag 3. mars"), checking the status message that follows.
 */
export async function bookFirstOpenDay(page: Page): Promise<{ date: string; day: string }> {
  const bookButtons = page.getByRole('button', { name: /^Book denne dagen, / });
  await expect(bookButtons.first()).toBeVisible();
  // A click before hydration would do nothing.
  await page.waitForLoadState('networkidle');
  const row = page.getByTestId('slot-row').filter({ has: bookButtons.first() }).first();
  const date = (await row.getAttribute('data-date')) ?? '';
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const name = (await row.getByRole('button').getAttribute('aria-label')) ?? '';
  const day = name.replace(/^Book denne dagen, /, '');
  await row.getByRole('button', { name }).click();
  await expect(page.getByTestId('booking-notice')).toContainText(
    `Du har fått plass ${day}. Arbeidsgiveren bekrefter snart.`,
  );
  return { date, day };
}

/** Marks the page so a later check can tell it was never reloaded. */
export async function markPageAsLoaded(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument?: boolean }).__sameDocument = true;
  });
}

export async function expectNotReloaded(page: Page): Promise<void> {
  const same = await page.evaluate(
    () => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
  );
  expect(same, `${page.url()} was reloaded`).toBe(true);
}

// —— Profile and recommendations (profile-and-recommendations.spec.ts) ——

/** Presses Tab until `target` has focus (at most `max` times), then checks it does. */
export async function tabTo(
  page: Page,
  target: ReturnType<Page['locator']>,
  max = 120,
): Promise<void> {
  for (
    let presses = 0;
    presses < max && !(await target.evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** "Min profil" (/profil): the form's parts and "Anbefalt for deg" below it. */
export class ProfilePage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/profil');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
  }

  get interests() {
    return this.page.getByRole('group', { name: 'Hva er du interessert i?' });
  }

  get strengths() {
    return this.page.getByRole('group', { name: /^Hva er du god på\?/ });
  }

  get adaptations() {
    return this.page.getByRole('group', { name: /^Hva gjør en arbeidsdag lettere for deg\?/ });
  }

  /** The collapsible group of one programme, by the start of its name. */
  programme(label: string) {
    return this.interests.locator('summary').filter({ hasText: label });
  }

  get save() {
    return this.page.getByRole('button', { name: 'Lagre profilen' });
  }

  get saved() {
    return this.page.getByTestId('profile-saved');
  }

  get recommended() {
    return this.page.getByRole('region', { name: 'Anbefalt for deg' });
  }

  get recommendedCards() {
    return this.recommended.getByRole('article');
  }
}

// —— Apprenticeships, simple jobs and applications (apprenticeships-and-jobs.spec.ts) ——

export interface PlaceBasics {
  title: string;
  description: string;
  tasks: string;
  trade: string;
  street: string;
  postalCode: string;
  postalPlace: string;
  municipality: string;
}

/** "Ny lærlingplass" and "Ny enkel jobb" (/arbeidsgiver/ny/laerlingplass, …/enkel-jobb). */
export class NewPlacePage {
  constructor(private readonly page: Page) {}

  async fillBasics(input: PlaceBasics): Promise<void> {
    const page = this.page;
    await page.getByLabel('Tittel', { exact: true }).fill(input.title);
    await page.getByLabel('Lærefag', { exact: true }).selectOption({ label: input.trade });
    await page.getByLabel('Beskrivelse', { exact: true }).fill(input.description);
    await page.getByLabel('Oppgaver', { exact: true }).fill(input.tasks);
    await page.getByLabel('Gateadresse', { exact: true }).fill(input.street);
    await page.getByLabel('Postnummer', { exact: true }).fill(input.postalCode);
    await page.getByLabel('Poststed', { exact: true }).fill(input.postalPlace);
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: input.municipality });
  }

  async fillApprenticeship(input: {
    places: number;
    startDate: string;
    applicationDeadline: string;
    requirements: string;
  }): Promise<void> {
    const page = this.page;
    await page.getByLabel('Antall plasser', { exact: true }).fill(String(input.places));
    await page.getByLabel('Oppstart', { exact: true }).fill(input.startDate);
    await page.getByLabel('Søknadsfrist', { exact: true }).fill(input.applicationDeadline);
    await page.getByLabel(/^Krav til søkerne/).fill(input.requirements);
  }

  async fillSimpleJob(input: {
    hoursPerWeek: string;
    schedule: string;
    adaptations: string[];
  }): Promise<void> {
    const page = this.page;
    await page.getByLabel('Timer i uka', { exact: true }).fill(input.hoursPerWeek);
    await page.getByRole('textbox', { name: /^Arbeidstid/ }).fill(input.schedule);
    const group = page.getByRole('group', { name: /^Tilrettelegging dere kan tilby/ });
    for (const adaptation of input.adaptations) {
      await group.getByRole('checkbox', { name: adaptation, exact: true }).check();
    }
  }
}

/** The employer's card for one opportunity on /arbeidsgiver, by its title. */
export function ownCard(page: Page, title: string) {
  return page.getByTestId('own-opportunity').filter({ hasText: title });
}

/**
 * Reloads the search page until `link` shows (the index follows Postgres through the outbox,
 * normally within a second), at most `timeoutMs`.
 */
export async function reloadUntilVisible(
  page: Page,
  link: ReturnType<Page['locator']>,
  timeoutMs = 10_000,
): Promise<void> {
  const started = Date.now();
  while (!(await link.isVisible())) {
    expect(Date.now() - started, 'found in the search in time').toBeLessThan(timeoutMs);
    await page.waitForTimeout(300);
    await page.reload();
  }
}

// —— Identity and privacy (identity-and-privacy.spec.ts) ——

/** Signs up a pupil on /registrer (already open) with a class code from the counsellor. */
export async function signUpPupilWithClassCode(
  page: Page,
  input: { name: string; email: string; password: string; classCode: string },
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer deg' })).toBeVisible();
  await page.getByRole('radio', { name: /Elev eller ungdom/ }).check();
  await page.getByLabel('Ditt navn').fill(input.name);
  await page.getByLabel('E-post').fill(input.email);
  await page.getByLabel('Passord').fill(input.password);
  await page.getByLabel('Klassekode (valgfritt)').fill(input.classCode);
  await page.getByRole('button', { name: 'Opprett konto' }).click();
}

/** The young person's privacy page, /personvern. */
export class PrivacyPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/personvern');
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Personvern og dine data' }),
    ).toBeVisible();
  }

  get accessLog() {
    return this.page.getByTestId('access-log');
  }

  /** The access-log rows naming `actorName`. */
  entriesBy(actorName: string) {
    return this.page.getByTestId('access-log-entry').filter({ hasText: actorName });
  }

  get downloadLink() {
    return this.page.getByRole('link', { name: 'Last ned dataene mine (JSON)' });
  }
}
