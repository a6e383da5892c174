import { BookingStatus, canMoveBooking, DeclineReason, holdsSeat, Role } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { Booking } from './booking.entity';
import { BookingErrorCode, BookingException } from './booking.exception';
import { BookingNotices } from './booking-notices';
import { GuardianConsentService, type AskedConsent } from './guardian-consent.service';
import { SeatGuard } from './seat-guard';
import type { Notification } from '../notifications/notification.entity';
import { isUuid } from '../common/uuid';

const DECLINE_REASONS = new Map<string, DeclineReason>(
  Object.values(DeclineReason).map((reason) => [reason, reason]),
);

/** The employer's side of a booking: seeing who booked, confirming, declining with a reason. */
@Injectable()
export class BookingAnswerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly seats: SeatGuard,
    private readonly outbox: OutboxService,
    private readonly notices: BookingNotices,
    private readonly consents: GuardianConsentService,
  ) {}

  confirm(actor: Account | null, bookingId: string): Promise<Booking> {
    return this.answer(actor, bookingId, BookingStatus.CONFIRMED, null);
  }

  /** Declining frees the seat, which goes to the first on the waitlist. */
  decline(actor: Account | null, bookingId: string, reason: string): Promise<Booking> {
    const known = DECLINE_REASONS.get(reason);
    if (!known) throw new BookingException(BookingErrorCode.NOT_ANSWERABLE);
    return this.answer(actor, bookingId, BookingStatus.DECLINED, known);
  }

  /** Bookings on one of the employer's own opportunities; null for anyone else. */
  async listForOpportunity(
    actor: Account | null,
    opportunityId: string,
    employerId: string,
  ): Promise<Booking[] | null> {
    if (actor?.role !== Role.EMPLOYER || actor.employerId !== employerId) return null;
    return this.dataSource.getRepository(Booking).find({
      where: { slot: { opportunityId } },
      relations: { slot: true },
      order: { slotDate: 'ASC', queueSeq: 'ASC' },
    });
  }

  /** The pupil's name, for the pupil and for members of the employer they booked; else null. */
  async pupilNameFor(actor: Account | null, booking: Booking): Promise<string | null> {
    if (!(await this.isParty(actor, booking))) return null;
    const rows: { display_name: string }[] = await this.dataSource.query(
      'SELECT display_name FROM account WHERE id = $1',
      [booking.youthId],
    );
    return rows[0]?.display_name ?? null;
  }

  /** The pupil who booked, or a member of the employer the booking is with. */
  async isParty(
    actor: Account | null,
    booking: Pick<Booking, 'youthId' | 'slotId'>,
  ): Promise<boolean> {
    if (!actor) return false;
    if (actor.id === booking.youthId) return true;
    if (actor.role !== Role.EMPLOYER || !actor.employerId) return false;
    const owned: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM slot s JOIN opportunity o ON o.id = s.opportunity_id WHERE s.id = $1 AND o.employer_id = $2',
      [booking.slotId, actor.employerId],
    );
    return owned.length > 0;
  }

  private async answer(
    actor: Account | null,
    bookingId: string,
    to: BookingStatus.CONFIRMED | BookingStatus.DECLINED,
    reason: DeclineReason | null,
  ): Promise<Booking> {
    const { account, employerId } = this.identity.requireEmployerMember(actor);
    if (!isUuid(bookingId)) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    const notifications: Notification[] = [];
    const asked: AskedConsent[] = [];
    await this.dataSource.transaction(async (manager) => {
      const found: { slot_id: string; opportunity_id: string }[] = await manager.query(
        `SELECT b.slot_id, s.opportunity_id FROM booking b JOIN slot s ON s.id = b.slot_id
           JOIN opportunity o ON o.id = s.opportunity_id
          WHERE b.id = $1 AND o.employer_id = $2`,
        [bookingId, employerId],
      );
      const target = found[0];
      if (!target) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
      // Slot before booking: the lock order every seat change uses.
      await this.seats.lock(manager, target.slot_id);
      const current: { status: BookingStatus }[] = await manager.query(
        'SELECT status FROM booking WHERE id = $1 FOR UPDATE',
        [bookingId],
      );
      const status = current[0]?.status;
      // The shared status machine decides: REQUESTED → CONFIRMED | DECLINED, CONFIRMED → DECLINED.
      if (!status || !canMoveBooking(status, to))
        throw new BookingException(BookingErrorCode.NOT_ANSWERABLE);
      await manager.query(
        `UPDATE booking SET status = $2, decline_reason = $3, answered_at = now(), answered_by = $4, updated_at = now()
          WHERE id = $1`,
        [bookingId, to, reason, account.id],
      );
      if (reason) {
        notifications.push(...(await this.notices.declined(manager, bookingId, reason)));
      } else {
        notifications.push(...(await this.notices.confirmed(manager, bookingId)));
      }
      if (to === BookingStatus.DECLINED && holdsSeat(status)) {
        const promoted = await this.seats.releaseSeat(manager, target.slot_id);
        if (promoted) {
          notifications.push(...(await this.notices.promoted(manager, promoted.id)));
          asked.push(...(await this.consents.ask(manager, [promoted.id])));
        }
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, target.opportunity_id);
      }
    });
    this.notices.deliver(notifications);
    // A seat from the waitlist may need a guardian's consent.
    this.consents.send(asked);
    const booking = await this.dataSource
      .getRepository(Booking)
      .findOne({ where: { id: bookingId }, relations: { slot: true } });
    if (!booking) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    return booking;
  }
}
