import type { MailMessage } from '../mail/mailer';

/** The web app's page that takes the guardian's link. */
export const CONSENT_PATH = '/samtykke';

export interface ConsentLetter {
  to: string;
  pupilName: string;
  title: string;
  employerName: string;
  /** Street, postal code and place. */
  place: string;
  /** e.g. "tirsdag 3. mars 2026, kl. 09:00–14:00" */
  when: string;
  url: string;
  /** e.g. "2. mars 2026" */
  validUntil: string;
}

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const SIGNATURE = 'Hilsen Akselerator – Flere i arbeid, Kristiansand';

/**
 * What, where and when, and a link to consent, in bokmål. The link is also written out, since some
 * mail programs hide links; it works once and expires before the day.
 */
export function consentMail(letter: ConsentLetter): MailMessage {
  const facts: [string, string][] = [
    ['Hva', `Hospitering: «${letter.title}» hos ${letter.employerName}`],
    ['Hvor', letter.place],
    ['Når', letter.when],
  ];
  const intro = `${letter.pupilName} har booket en hospiteringsdag gjennom Akselerator, skolens ordning for hospitering i 10. trinn.`;
  const ask =
    'Fordi eleven er under 16 år, ber vi deg som foresatt om samtykke før dagen. Åpne lenken under for å se dagen og gi samtykke.';
  const validity = `Lenken kan brukes én gang og virker til og med ${letter.validUntil}.`;
  const footer =
    'Har du spørsmål, eller vil du ikke at eleven skal dra, ta kontakt med rådgiveren på skolen. Er du ikke foresatt til eleven, kan du se bort fra denne e-posten.';
  const text = [
    'Hei!',
    '',
    intro,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    ask,
    validity,
    '',
    'Gi samtykke:',
    letter.url,
    '',
    footer,
    '',
    SIGNATURE,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="nb"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">',
    '<p>Hei!</p>',
    `<p>${escapeHtml(intro)}</p>`,
    '<dl>',
    ...facts.map(
      ([label, value]) =>
        `<dt style="font-weight: bold">${escapeHtml(label)}</dt><dd style="margin: 0 0 0.5em">${escapeHtml(value)}</dd>`,
    ),
    '</dl>',
    `<p>${escapeHtml(ask)} ${escapeHtml(validity)}</p>`,
    `<p><a href="${escapeHtml(letter.url)}">Gi samtykke</a></p>`,
    `<p style="font-size: 0.9em">Virker ikke lenken? Kopier denne adressen inn i nettleseren:<br>${escapeHtml(letter.url)}</p>`,
    `<p style="font-size: 0.9em">${escapeHtml(footer)}</p>`,
    `<p>${SIGNATURE}</p>`,
    '</body></html>',
  ].join('\n');
  return {
    to: letter.to,
    subject: `Samtykke til hospitering for ${letter.pupilName}`,
    text,
    html,
  };
}
