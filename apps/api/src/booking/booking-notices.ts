import { DeclineReason, declineText, Locale } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Notification, NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';

interface BookingContext {
  youthId: string;
  pupilName: string;
  title: string;
  employerId: string;
  employerName: string;
  date: string;
}

const dayFormat = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const formatDay = (isoDate: string): string => dayFormat.format(new Date(`${isoDate}T12:00:00Z`));

/**
 * What the employer's BOOKING_REQUESTED notice needs: the pupil's name, the listing, the day and
 * every account of the employer (as `NotificationsService.recordForEmployer` finds them).
 */
export interface RequestedContext {
  pupilName: string;
  title: string;
  date: string;
  employerAccountIds: readonly string[];
}

const requestedText = (context: Pick<RequestedContext, 'pupilName' | 'title' | 'date'>): string =>
  `${context.pupilName} har booket «${context.title}» ${formatDay(context.date)}. Svar eleven så snart dere kan.`;

/**
 * The notifications each booking event produces, written in the booking's own transaction.
 * Texts are short, specific and kind; the pupil always learns what happens next.
 */
@Injectable()
export class BookingNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async requested(manager: EntityManager, bookingId: string): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    return this.notifications.recordForEmployer(
      manager,
      context.employerId,
      NotificationKind.BOOKING_REQUESTED,
      { bookingId, text: requestedText(context) },
    );
  }

  /**
   * `requested` with what it needs read beforehand (`RequestedContext`): a pupil's own booking
   * writes it while it holds the slot's lock, so only the inserts are left for that part.
   */
  async requestedWith(
    manager: EntityManager,
    bookingId: string,
    context: RequestedContext,
  ): Promise<Notification[]> {
    return this.notifications.recordForAccounts(
      manager,
      context.employerAccountIds,
      NotificationKind.BOOKING_REQUESTED,
      { bookingId, text: requestedText(context) },
    );
  }

  /** `pupilName` replaces the pupil's name (an erased account's cancellations name nobody). */
  async cancelled(
    manager: EntityManager,
    bookingId: string,
    pupilName?: string,
  ): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    return this.notifications.recordForEmployer(
      manager,
      context.employerId,
      NotificationKind.BOOKING_CANCELLED,
      {
        bookingId,
        text: `${pupilName ?? context.pupilName} har avbestilt «${context.title}» ${formatDay(context.date)}.`,
      },
    );
  }

  async reminder(manager: EntityManager, bookingId: string): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    return this.notifications.recordForEmployer(
      manager,
      context.employerId,
      NotificationKind.BOOKING_REMINDER,
      {
        bookingId,
        text: `${context.pupilName} venter fortsatt på svar om «${context.title}» ${formatDay(context.date)}. Bekreft eller avslå, så eleven vet hva som skjer.`,
      },
    );
  }

  async confirmed(manager: EntityManager, bookingId: string): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    return [
      await this.notifications.record(
        manager,
        context.youthId,
        NotificationKind.BOOKING_CONFIRMED,
        {
          bookingId,
          text: `${context.employerName} har bekreftet hospiteringsdagen din ${formatDay(context.date)}: «${context.title}». Velkommen!`,
        },
      ),
    ];
  }

  async declined(
    manager: EntityManager,
    bookingId: string,
    reason: DeclineReason,
  ): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    return [
      await this.notifications.record(manager, context.youthId, NotificationKind.BOOKING_DECLINED, {
        bookingId,
        text: `«${context.title}» ${formatDay(context.date)}: ${declineText(reason, Locale.NB).pupilMessage}`,
      }),
    ];
  }

  async promoted(manager: EntityManager, bookingId: string): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    return [
      await this.notifications.record(
        manager,
        context.youthId,
        NotificationKind.WAITLIST_PROMOTED,
        {
          bookingId,
          text: `Du har fått plass fra ventelisten: «${context.title}» hos ${context.employerName} ${formatDay(context.date)}.`,
        },
      ),
    ];
  }

  /** To the pupil: their school counsellor booked for them (a seat or a waitlist place). */
  async bookedOnBehalf(manager: EntityManager, bookingId: string): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    const [row] = await manager.query<{ status: string }[]>(
      'SELECT status FROM booking WHERE id = $1',
      [bookingId],
    );
    const what =
      row?.status === 'WAITLISTED'
        ? `satt deg på ventelisten til «${context.title}» hos ${context.employerName} ${formatDay(context.date)}. Du får beskjed hvis du får plass.`
        : `booket «${context.title}» hos ${context.employerName} ${formatDay(context.date)} for deg. Du får beskjed når arbeidsgiveren har svart.`;
    return [
      await this.notifications.record(
        manager,
        context.youthId,
        NotificationKind.BOOKING_REQUESTED,
        { bookingId, text: `Rådgiveren din har ${what}` },
      ),
    ];
  }

  /** To the pupil, the day before (a BOOKING_REMINDER, like the employer's reminder to answer). */
  async dayBefore(manager: EntityManager, bookingId: string): Promise<Notification[]> {
    const context = await this.load(manager, bookingId);
    const [row] = await manager.query<
      { start_time: string; street: string; postal_place: string }[]
    >(
      `SELECT to_char(s.start_time, 'HH24:MI') AS start_time, o.street, o.postal_place
         FROM booking b JOIN slot s ON s.id = b.slot_id JOIN opportunity o ON o.id = s.opportunity_id
        WHERE b.id = $1`,
      [bookingId],
    );
    const where = row ? ` kl. ${row.start_time}, ${row.street}, ${row.postal_place}` : '';
    return [
      await this.notifications.record(manager, context.youthId, NotificationKind.BOOKING_REMINDER, {
        bookingId,
        text: `I morgen er du hos ${context.employerName}: «${context.title}»${where}. Lykke til!`,
      }),
    ];
  }

  /** After commit: push them to whoever is connected. */
  deliver(notifications: readonly Notification[]): void {
    this.notifications.deliver(notifications);
  }

  private async load(manager: EntityManager, bookingId: string): Promise<BookingContext> {
    const rows: {
      youth_id: string;
      pupil_name: string;
      title: string;
      employer_id: string;
      employer_name: string;
      date: string;
    }[] = await manager.query(
      `SELECT b.youth_id, a.display_name AS pupil_name, o.title, e.id AS employer_id, e.name AS employer_name, s.date::text AS date
           FROM booking b JOIN account a ON a.id = b.youth_id JOIN slot s ON s.id = b.slot_id
           JOIN opportunity o ON o.id = s.opportunity_id JOIN employer e ON e.id = o.employer_id
          WHERE b.id = $1`,
      [bookingId],
    );
    const row = rows[0];
    if (!row) throw new Error(`booking ${bookingId} vanished inside its own transaction`);
    return {
      youthId: row.youth_id,
      pupilName: row.pupil_name,
      title: row.title,
      employerId: row.employer_id,
      employerName: row.employer_name,
      date: row.date,
    };
  }
}
