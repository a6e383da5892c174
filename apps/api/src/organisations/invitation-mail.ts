import type { MailMessage } from '../mail/mailer';

/** The web app's page that takes an invitation token. */
export const INVITATION_PATH = '/bli-med';

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/** The invitation to join an employer in Akselerator, in bokmål, text and simple HTML. */
export function invitationMail(options: {
  to: string;
  inviterName: string;
  employerName: string;
  url: string;
  validDays: number;
}): MailMessage {
  const { to, inviterName, employerName, url, validDays } = options;
  const paragraphs = [
    `${inviterName} har invitert deg til å bli med som kollega for ${employerName} i Akselerator, der arbeidsgivere i Kristiansand tar imot ungdom på hospitering, i lære og i enkle jobber.`,
    `Lenken virker i ${String(validDays)} dager og kan brukes én gang.`,
  ];
  const footer = 'Kjenner du ikke til dette? Da kan du se bort fra denne e-posten.';
  const text = [
    'Hei!',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Bli med:',
    url,
    '',
    footer,
    '',
    'Hilsen Akselerator – Flere i arbeid, Kristiansand',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="nb"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">',
    '<p>Hei!</p>',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(url)}">Bli med</a></p>`,
    `<p style="font-size: 0.9em">Virker ikke lenken? Kopier denne adressen inn i nettleseren:<br>${escapeHtml(url)}</p>`,
    `<p style="font-size: 0.9em">${escapeHtml(footer)}</p>`,
    '<p>Hilsen Akselerator – Flere i arbeid, Kristiansand</p>',
    '</body></html>',
  ].join('\n');
  return { to, subject: `Bli med i ${employerName} på Akselerator`, text, html };
}

/** A counsellor placed in a school or NAV office by the programme: how to get in. */
export function welcomeCounsellorMail(options: {
  to: string;
  displayName: string;
  organisationName: string;
  url: string;
}): MailMessage {
  const { to, displayName, organisationName, url } = options;
  const paragraphs = [
    `Programledelsen i Flere i arbeid har gitt deg en bruker i Akselerator for ${organisationName}.`,
    'Første gang logger du inn ved å velge «Glemt passord» og lage deg et passord.',
  ];
  const text = [
    `Hei ${displayName}!`,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Logg inn:',
    url,
    '',
    'Hilsen Akselerator – Flere i arbeid, Kristiansand',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="nb"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">',
    `<p>Hei ${escapeHtml(displayName)}!</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(url)}">Logg inn</a></p>`,
    '<p>Hilsen Akselerator – Flere i arbeid, Kristiansand</p>',
    '</body></html>',
  ].join('\n');
  return { to, subject: 'Du har fått en bruker i Akselerator', text, html };
}
