import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends e-mail over SMTP (SMTP_URL). Without SMTP_URL the message is built all the same and written
 * to the log instead, so a fresh machine works and a developer can follow the links.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;
  private readonly logsOnly: boolean;

  constructor(private readonly config: AppConfig) {
    this.logsOnly = !config.SMTP_URL;
    this.transport = config.SMTP_URL
      ? createTransport(config.SMTP_URL)
      : createTransport({ jsonTransport: true });
    if (this.logsOnly && config.NODE_ENV === 'production') {
      this.logger.warn('SMTP_URL is not set: e-mails are written to the log, not sent');
    }
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.config.MAIL_FROM, ...message });
    if (this.logsOnly) {
      this.logger.log({
        msg: 'E-mail (not sent: no SMTP_URL)',
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    }
  }

  /**
   * Sends without making the caller wait, so an answer takes as long whether or not a mail went out.
   * A failure is logged (never with the message body, which may hold a link that signs someone in).
   */
  sendInBackground(message: MailMessage): void {
    this.send(message).catch((error: unknown) => {
      this.logger.error({
        msg: 'E-mail could not be sent',
        subject: message.subject,
        error: error instanceof Error ? error.message : String(error),
      });
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
