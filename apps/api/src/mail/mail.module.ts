import { Module } from '@nestjs/common';
import { Mailer } from './mailer';
import { MailTemplates } from './mail-templates';

/** Outgoing e-mail: the transport and the Norwegian messages. */
@Module({ providers: [Mailer, MailTemplates], exports: [Mailer, MailTemplates] })
export class MailModule {}
