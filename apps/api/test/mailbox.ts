import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

interface Waiter {
  resolve: (mail: ReceivedMail) => void;
  timer: NodeJS.Timeout;
}

/**
 * A real SMTP server on a free loopback port that the API sends to (SMTP_URL = mailbox.url).
 * Messages are parsed with mailparser and kept per recipient; a test takes the next one for an
 * address, waiting for it if it has not arrived yet.
 */
export class Mailbox {
  private readonly inboxes = new Map<string, ReceivedMail[]>();
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly server: SMTPServer;
  url = '';

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        simpleParser(stream)
          .then((parsed) => {
            for (const to of recipients) {
              this.deliver({
                from: parsed.from?.text ?? '',
                to,
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
              });
            }
            callback();
          })
          .catch((error: unknown) => {
            callback(error instanceof Error ? error : new Error(String(error)));
          });
      },
    });
  }

  static async start(): Promise<Mailbox> {
    const mailbox = new Mailbox();
    await new Promise<void>((resolve) => mailbox.server.listen(0, '127.0.0.1', resolve));
    const { port } = mailbox.server.server.address() as AddressInfo;
    mailbox.url = `smtp://127.0.0.1:${port}`;
    return mailbox;
  }

  /** The next message to `address` not taken yet; waits up to `timeoutMs` for it. */
  next(address: string, timeoutMs = 10_000): Promise<ReceivedMail> {
    const key = address.toLowerCase();
    const waiting = this.inboxes.get(key)?.shift();
    if (waiting) return Promise.resolve(waiting);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => {
          this.waiters.set(
            key,
            (this.waiters.get(key) ?? []).filter((w) => w !== waiter),
          );
          reject(new Error(`No e-mail to ${address} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.set(key, [...(this.waiters.get(key) ?? []), waiter]);
    });
  }

  /** How many messages to `address` arrived and were not taken yet. */
  unread(address: string): number {
    return this.inboxes.get(address.toLowerCase())?.length ?? 0;
  }

  async close(): Promise<void> {
    for (const waiter of [...this.waiters.values()].flat()) clearTimeout(waiter.timer);
    await new Promise<void>((resolve) => {
      this.server.close(resolve);
    });
  }

  private deliver(mail: ReceivedMail): void {
    const waiter = this.waiters.get(mail.to)?.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.resolve(mail);
      return;
    }
    this.inboxes.set(mail.to, [...(this.inboxes.get(mail.to) ?? []), mail]);
  }
}

/** The token in the first link of a mail (`…?token=…`). */
export function tokenFrom(mail: ReceivedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No token link in the mail "${mail.subject}"`);
  return match[1];
}
