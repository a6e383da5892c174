import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../support/accessibility';
import { SignUpPage } from '../support/pages';

test('an invalid organisasjonsnummer gets a Norwegian error next to the field, and nothing is lost', async ({
  page,
}) => {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUpEmployer({
    name: 'Per Feilskriver',
    email: 'per.feil@bedrift.example',
    password: 'Et-godt-passord-77',
    employerName: 'Feil & Co AS',
    organisationNumber: '123456789',
  });
  const field = page.getByLabel('Organisasjonsnummer');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const messages = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  expect(messages.join(' ')).toMatch(/Organisasjonsnummeret/);
  await expect(page.getByLabel('Navn på virksomheten')).toHaveValue('Feil & Co AS');
  await expect(page.getByLabel('E-post')).toHaveValue('per.feil@bedrift.example');
  await expect(page).toHaveURL(/\/registrer/);
  await expectNoAccessibilityViolations(page);
});
