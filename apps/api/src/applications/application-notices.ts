import {
  ApplicationDeclineReason,
  applicationDeclineText,
  ApplicationStatus,
  Locale,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Notification, NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';

interface ApplicationContext {
  youthId: string;
  /** Only when the youth shared their name; the employer otherwise reads "En søker". */
  sharedName: string | null;
  title: string;
  employerId: string;
  employerName: string;
}

/**
 * The notifications each application event produces, written in the change's own transaction and
 * delivered after commit. The youth always learns what happens next; the employer learns only what
 * the youth chose to share.
 */
@Injectable()
export class ApplicationNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async received(manager: EntityManager, applicationId: string): Promise<Notification[]> {
    const context = await this.load(manager, applicationId);
    const who = context.sharedName ?? 'En søker';
    return this.notifications.recordForEmployer(
      manager,
      context.employerId,
      NotificationKind.APPLICATION_RECEIVED,
      {
        applicationId,
        text: `${who} har søkt på «${context.title}». Se søknaden og gi et svar så snart dere kan.`,
      },
    );
  }

  async withdrawn(manager: EntityManager, applicationId: string): Promise<Notification[]> {
    const context = await this.load(manager, applicationId);
    const who = context.sharedName ?? 'En søker';
    return this.notifications.recordForEmployer(
      manager,
      context.employerId,
      NotificationKind.APPLICATION_WITHDRAWN,
      { applicationId, text: `${who} har trukket søknaden sin på «${context.title}».` },
    );
  }

  /**
   * `stillWaiting`: when this acceptance took the last place, how many other applications are still
   * open, so the employer remembers to answer them too (every application gets an answer).
   */
  async accepted(
    manager: EntityManager,
    applicationId: string,
    stillWaiting: number | null,
  ): Promise<Notification[]> {
    const context = await this.load(manager, applicationId);
    const who = context.sharedName ?? 'Søkeren';
    const reminder =
      stillWaiting === null || stillWaiting === 0
        ? ''
        : ` Alle plassene er nå besatt – husk å gi ${stillWaiting === 1 ? 'den andre søkeren' : `de ${stillWaiting} andre søkerne`} et svar.`;
    return this.notifications.recordForEmployer(
      manager,
      context.employerId,
      NotificationKind.APPLICATION_ACCEPTED,
      {
        applicationId,
        text: `${who} har takket ja til tilbudet om «${context.title}».${reminder}`,
      },
    );
  }

  /** To the youth, when the employer moves their application. */
  async moved(
    manager: EntityManager,
    applicationId: string,
    to: ApplicationStatus,
    reason: ApplicationDeclineReason | null,
  ): Promise<Notification[]> {
    const context = await this.load(manager, applicationId);
    const text = this.movedText(context, to, reason);
    if (!text) return [];
    return [
      await this.notifications.record(
        manager,
        context.youthId,
        NotificationKind.APPLICATION_STATUS_CHANGED,
        { applicationId, text },
      ),
    ];
  }

  /** After commit: push them to whoever is connected. */
  deliver(notifications: readonly Notification[]): void {
    this.notifications.deliver(notifications);
  }

  private movedText(
    context: ApplicationContext,
    to: ApplicationStatus,
    reason: ApplicationDeclineReason | null,
  ): string | null {
    const place = `«${context.title}» hos ${context.employerName}`;
    switch (to) {
      case ApplicationStatus.IN_REVIEW:
        return `Søknaden din på ${place} blir nå vurdert. Du får beskjed her når det skjer noe mer.`;
      case ApplicationStatus.INTERVIEW:
        return `${context.employerName} vil gjerne møte deg til en samtale om «${context.title}». De gir deg beskjed om tid og sted.`;
      case ApplicationStatus.OFFERED:
        return `Du har fått tilbud om ${place}! Åpne søknaden for å takke ja.`;
      case ApplicationStatus.DECLINED:
        return reason
          ? `${place}: ${applicationDeclineText(reason, Locale.NB).youthMessage}`
          : `Du fikk dessverre ikke ${place}.`;
      // The youth's own moves and the first application are not news to the youth.
      case ApplicationStatus.RECEIVED:
      case ApplicationStatus.ACCEPTED:
      case ApplicationStatus.WITHDRAWN:
        return null;
    }
  }

  private async load(manager: EntityManager, applicationId: string): Promise<ApplicationContext> {
    const rows: {
      youth_id: string;
      shared_name: string | null;
      title: string;
      employer_id: string;
      employer_name: string;
    }[] = await manager.query(
      `SELECT a.youth_id, a.shared_snapshot ->> 'name' AS shared_name, o.title,
              e.id AS employer_id, e.name AS employer_name
         FROM application a JOIN opportunity o ON o.id = a.opportunity_id
         JOIN employer e ON e.id = o.employer_id
        WHERE a.id = $1`,
      [applicationId],
    );
    const row = rows[0];
    if (!row) throw new Error(`application ${applicationId} vanished inside its own transaction`);
    return {
      youthId: row.youth_id,
      sharedName: row.shared_name,
      title: row.title,
      employerId: row.employer_id,
      employerName: row.employer_name,
    };
  }
}
