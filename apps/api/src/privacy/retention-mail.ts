import type { MailMessage } from '../mail/mailer';

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/** Tells a young person that their unused account will be erased unless they sign in. */
export function retentionNoticeMail(options: {
  to: string;
  displayName: string;
  graceDays: number;
  url: string;
}): MailMessage {
  const { to, displayName, graceDays, url } = options;
  const paragraphs = [
    'Du har ikke brukt brukeren din i Akselerator på lenge. Vi tar vare på opplysninger om deg bare så lenge du trenger dem.',
    `Hvis du ikke logger inn i løpet av ${String(graceDays)} dager, sletter vi brukeren din og alt vi har lagret om deg. Vil du beholde den, er det nok å logge inn.`,
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
  return { to, subject: 'Brukeren din i Akselerator blir slettet', text, html };
}
