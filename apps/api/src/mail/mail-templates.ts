import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { MailMessage } from './mailer';

/** The web app's pages that take a token from a link in an e-mail. */
export const WEB_PATHS = {
  verifyEmail: '/bekreft-e-post',
  resetPassword: '/nytt-passord',
  guardian: '/foresatt',
} as const;

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

interface Letter {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string;
}

function compose({ to, subject, greeting, paragraphs, action, footer }: Letter): MailMessage {
  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `${action.label}:`,
    action.url,
    '',
    footer,
    '',
    'Hilsen Akselerator – Flere i arbeid, Kristiansand',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="nb"><body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>`,
    `<p style="font-size: 0.9em">Virker ikke lenken? Kopier denne adressen inn i nettleseren:<br>${escapeHtml(action.url)}</p>`,
    `<p style="font-size: 0.9em">${escapeHtml(footer)}</p>`,
    '<p>Hilsen Akselerator – Flere i arbeid, Kristiansand</p>',
    '</body></html>',
  ].join('\n');
  return { to, subject, text, html };
}

/** The e-mails the platform sends, in bokmål, as plain text and simple HTML. */
@Injectable()
export class MailTemplates {
  constructor(private readonly config: AppConfig) {}

  /** The web app's public origin (and path prefix, if any), without a trailing slash. */
  get webUrl(): string {
    const configured = this.config.PUBLIC_WEB_URL ?? this.config.WEB_ORIGINS.split(',')[0] ?? '';
    return configured.trim().replace(/\/+$/, '');
  }

  private link(path: string, token: string): string {
    return `${this.webUrl}${path}?token=${encodeURIComponent(token)}`;
  }

  verifyEmail(to: string, displayName: string, token: string, validHours: number): MailMessage {
    return compose({
      to,
      subject: 'Bekreft e-postadressen din i Akselerator',
      greeting: `Hei ${displayName}!`,
      paragraphs: [
        'Takk for at du har laget en bruker i Akselerator. Bekreft at denne e-postadressen er din ved å åpne lenken under.',
        `Lenken virker i ${validHours} timer og kan brukes én gang.`,
      ],
      action: { label: 'Bekreft e-postadressen', url: this.link(WEB_PATHS.verifyEmail, token) },
      footer: 'Har du ikke laget en bruker hos oss? Da kan du se bort fra denne e-posten.',
    });
  }

  passwordReset(to: string, displayName: string, token: string, validMinutes: number): MailMessage {
    return compose({
      to,
      subject: 'Lag et nytt passord i Akselerator',
      greeting: `Hei ${displayName}!`,
      paragraphs: [
        'Vi har fått en forespørsel om å lage et nytt passord for brukeren din. Åpne lenken under for å velge et nytt passord.',
        `Lenken virker i ${validMinutes} minutter og kan brukes én gang. Når du har valgt et nytt passord, blir du logget ut på alle andre enheter.`,
      ],
      action: { label: 'Lag nytt passord', url: this.link(WEB_PATHS.resetPassword, token) },
      footer:
        'Har du ikke bedt om dette? Da kan du se bort fra denne e-posten. Passordet ditt er ikke endret.',
    });
  }
  /** A guardian's one-time link to a pupil's data rights (pupils under 16). */
  guardianAccess(to: string, pupilName: string, token: string, validHours: number): MailMessage {
    return compose({
      to,
      subject: 'Lenke til elevens opplysninger i Akselerator',
      greeting: 'Hei!',
      paragraphs: [
        `Du står oppført som foresatt for ${pupilName} i Akselerator, skolens ordning for hospitering i 10. trinn. Fordi eleven er under 16 år, kan du som foresatt laste ned alle opplysningene vi har om eleven, eller be om at brukeren slettes.`,
        `Lenken virker i ${validHours} timer og kan brukes én gang: enten til å laste ned opplysningene eller til å slette brukeren. Trenger du begge deler, ber du om en ny lenke etterpå.`,
      ],
      action: { label: 'Åpne siden for foresatte', url: this.link(WEB_PATHS.guardian, token) },
      footer:
        'Har du ikke bedt om denne lenken, eller er du ikke foresatt til eleven, kan du se bort fra e-posten. Ingenting skjer før noen åpner lenken.',
    });
  }

  /** Confirms a new e-mail address for an account; the address changes only when it is used. */
  changeEmail(to: string, displayName: string, token: string, validHours: number): MailMessage {
    return compose({
      to,
      subject: 'Bekreft den nye e-postadressen din i Akselerator',
      greeting: `Hei ${displayName}!`,
      paragraphs: [
        'Du har bedt om å bruke denne e-postadressen i Akselerator. Åpne lenken under for å bekrefte at den er din. Til da bruker vi den gamle adressen.',
        `Lenken virker i ${validHours} timer og kan brukes én gang.`,
      ],
      action: { label: 'Bekreft den nye adressen', url: this.link(WEB_PATHS.verifyEmail, token) },
      footer: 'Har du ikke bedt om dette? Da kan du se bort fra denne e-posten.',
    });
  }

  /** To the old address, once an account's e-mail address has changed: a lost account is noticed. */
  emailChanged(to: string, displayName: string, newEmail: string): MailMessage {
    return compose({
      to,
      subject: 'E-postadressen din i Akselerator er endret',
      greeting: `Hei ${displayName}!`,
      paragraphs: [
        `Brukeren din i Akselerator bruker nå e-postadressen ${newEmail}. Heretter sender vi e-post dit, og du logger inn med den.`,
      ],
      action: { label: 'Logg inn', url: `${this.webUrl}/logg-inn` },
      footer:
        'Har du ikke gjort dette selv? Ta kontakt med rådgiveren, koordinatoren din eller Akselerator så snart du kan.',
    });
  }
}
