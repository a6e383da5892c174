import { ACTIVE_BOOKING_STATUSES, BookingStatus, holdsSeat } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { Booking } from './booking.entity';
import { BookingErrorCode, BookingException } from './booking.exception';
import { BookingNotices } from './booking-notices';
import {
  BookingSteps,
  earlierAnswer,
  idempotentRequest,
  rememberAnswer,
  type AfterCommit,
} from './booking-steps';
import { bookingTransaction } from './booking-transaction';
import type { MoveBookingInput } from './dtos/move-booking.input';
import { GuardianConsentService } from './guardian-consent.service';
import { SeatGuard, type LockedSlot } from './seat-guard';

const MOVABLE: readonly BookingStatus[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.WAITLISTED,
];

/**
 * A school counsellor moves a pupil's booking to another day, in one transaction: the old seat is
 * given back (and goes to the first on that day's waitlist) and the new one taken, or neither.
 * Both slots are locked through the seat guard in id order, so two moves in opposite directions
 * cannot deadlock each other. The cancellation deadline does not apply: it exists so that giving
 * a seat back close to the day involves a person, and the counsellor is that person. Nor does the
 * school's booking window (the counsellor set it). The employer's booking window, the
 * one-booking-per-date rule and the capacity do apply.
 */
@Injectable()
export class BookingMoveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatGuard,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly notices: BookingNotices,
    private readonly consents: GuardianConsentService,
    private readonly steps: BookingSteps,
  ) {}

  /** The caller has checked that `movedBy` may act for the booking's pupil. */
  async move(movedBy: string, input: MoveBookingInput): Promise<Booking> {
    if (!isUuid(input.bookingId)) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    const request = idempotentRequest(movedBy, input.idempotencyKey, [
      'move',
      input.bookingId,
      input.toSlotId,
      input.joinWaitlist,
    ]);
    const after: AfterCommit = { notifications: [], asked: [] };
    const newId = await bookingTransaction(this.dataSource, async (manager) => {
      const earlier = await earlierAnswer(manager, request);
      if (earlier !== null) return earlier;

      const [old] = await manager.query<{ slot_id: string; youth_id: string }[]>(
        'SELECT slot_id, youth_id FROM booking WHERE id = $1',
        [input.bookingId],
      );
      if (!old) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
      if (old.slot_id === input.toSlotId)
        throw new BookingException(BookingErrorCode.ALREADY_BOOKED_THAT_DATE);
      // Slots before bookings, and the two slots in id order: the lock order every path keeps.
      const locked = new Map<string, LockedSlot | null>();
      for (const slotId of [old.slot_id, input.toSlotId].sort()) {
        locked.set(slotId, await this.seats.lock(manager, slotId));
      }
      const from = locked.get(old.slot_id);
      const to = locked.get(input.toSlotId);
      if (!to) throw new BookingException(BookingErrorCode.SLOT_NOT_FOUND);
      const [current] = await manager.query<{ status: BookingStatus }[]>(
        'SELECT status FROM booking WHERE id = $1 FOR UPDATE',
        [input.bookingId],
      );
      const today = this.clock.today();
      if (!from || !current || !MOVABLE.includes(current.status) || from.date < today) {
        throw new BookingException(BookingErrorCode.NOT_CANCELLABLE);
      }
      if (to.date < today) throw new BookingException(BookingErrorCode.SLOT_IN_PAST);
      if (to.bookingOpensOn && today < to.bookingOpensOn) {
        throw new BookingException(BookingErrorCode.BOOKING_NOT_OPEN);
      }
      const sameDate: unknown[] = await manager.query(
        `SELECT 1 FROM booking WHERE youth_id = $1 AND slot_date = $2 AND status = ANY($3::text[]) AND id <> $4`,
        [old.youth_id, to.date, ACTIVE_BOOKING_STATUSES, input.bookingId],
      );
      if (sameDate.length > 0)
        throw new BookingException(BookingErrorCode.ALREADY_BOOKED_THAT_DATE);

      // Give the old day back first, so a move to another slot on the same date is allowed.
      await manager.query(`UPDATE booking SET status = $2, updated_at = now() WHERE id = $1`, [
        input.bookingId,
        BookingStatus.CANCELLED,
      ]);
      if (holdsSeat(current.status)) {
        await this.steps.giveSeatBack(manager, input.bookingId, from, after);
      }

      const seated = await this.seats.takeSeat(manager, to.id);
      if (!seated && !input.joinWaitlist) throw new BookingException(BookingErrorCode.SLOT_FULL);
      const [inserted] = await manager.query<{ id: string }[]>(
        `INSERT INTO booking (slot_id, youth_id, slot_date, status, booked_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          to.id,
          old.youth_id,
          to.date,
          seated ? BookingStatus.REQUESTED : BookingStatus.WAITLISTED,
          movedBy,
        ],
      );
      const id = inserted?.id ?? '';
      await rememberAnswer(manager, request, id);
      after.notifications.push(...(await this.notices.bookedOnBehalf(manager, id)));
      if (seated) {
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, to.opportunityId);
        after.notifications.push(...(await this.notices.requested(manager, id)));
        after.asked.push(...(await this.consents.ask(manager, [id])));
      }
      return id;
    });
    this.steps.announce(after);
    const booking = await this.dataSource
      .getRepository(Booking)
      .findOne({ where: { id: newId }, relations: { slot: true } });
    if (!booking) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    return booking;
  }

  /** The pupil a booking belongs to, for the caller's access check; null when there is none. */
  async pupilOf(bookingId: string): Promise<string | null> {
    if (!isUuid(bookingId)) return null;
    const [row] = await this.dataSource.query<{ youth_id: string }[]>(
      'SELECT youth_id FROM booking WHERE id = $1',
      [bookingId],
    );
    return row?.youth_id ?? null;
  }
}
