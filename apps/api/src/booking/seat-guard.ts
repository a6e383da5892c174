import { ACTIVE_BOOKING_STATUSES, BookingStatus, OpportunityStatus } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IdempotentRequest } from './booking-steps';

export interface LockedSlot {
  id: string;
  opportunityId: string;
  date: string;
  capacity: number;
  seatsBooked: number;
  bookingOpensOn: string | null;
  cancellationDeadlineDays: number;
}

/** What `seatOrQueue` did: nothing (refused), or a booking that holds a seat or waits for one. */
export type SeatOrQueue =
  | { outcome: 'BOOKED_THAT_DATE' }
  | { outcome: 'FULL' }
  | { outcome: 'SEATED' | 'WAITLISTED'; bookingId: string };

/**
 * The one guard every seat change passes through, inside the caller's transaction.
 *
 * Why it is correct: `lock` takes the slot's row lock (SELECT … FOR UPDATE), so all seat changes
 * on one slot run one after another; `takeSeat` is a conditional UPDATE (… WHERE seats_booked <
 * capacity), which on its own already cannot oversell because Postgres re-checks the condition
 * against the latest committed row; and the CHECK constraint on slot is the last line of defence.
 * Serialising on the lock also makes the waitlist order the order in which the database
 * accepted the requests (booking.queue_seq is drawn while the lock is held).
 */
@Injectable()
export class SeatGuard {
  /** Locks a slot of a published opportunity; null when there is no such slot. */
  async lock(manager: EntityManager, slotId: string): Promise<LockedSlot | null> {
    const rows: {
      id: string;
      opportunity_id: string;
      date: string;
      capacity: number;
      seats_booked: number;
      booking_opens_on: string | null;
      cancellation_deadline_days: number;
    }[] = await manager.query(
      `SELECT s.id, s.opportunity_id, s.date::text AS date, s.capacity, s.seats_booked,
              o.booking_opens_on::text AS booking_opens_on, o.cancellation_deadline_days
           FROM slot s JOIN opportunity o ON o.id = s.opportunity_id
          WHERE s.id = $1 AND o.status = $2
            FOR UPDATE OF s`,
      [slotId, OpportunityStatus.PUBLISHED],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          opportunityId: row.opportunity_id,
          date: row.date,
          capacity: row.capacity,
          seatsBooked: row.seats_booked,
          bookingOpensOn: row.booking_opens_on,
          cancellationDeadlineDays: row.cancellation_deadline_days,
        }
      : null;
  }

  /** Takes one seat if one is free; false when the slot is full. */
  async takeSeat(manager: EntityManager, slotId: string): Promise<boolean> {
    const [, affected] = await manager.query<[unknown, number]>(
      `UPDATE slot SET seats_booked = seats_booked + 1 WHERE id = $1 AND seats_booked < capacity`,
      [slotId],
    );
    return affected === 1;
  }

  /**
   * A new booking on a slot the caller has locked, in one round trip (the part of a burst that
   * runs one at a time is as short as it can be): refuses when the pupil already has an active
   * booking that date, else takes a seat if one is free (the same conditional UPDATE as
   * `takeSeat`), else queues when `joinWaitlist`, and remembers the idempotent request's answer.
   * One statement, one snapshot taken after the lock, so it reads what the separate statements did.
   */
  async seatOrQueue(
    manager: EntityManager,
    slot: LockedSlot,
    booking: { youthId: string; bookedBy: string; joinWaitlist: boolean },
    request: IdempotentRequest,
  ): Promise<SeatOrQueue> {
    const [row] = await manager.query<
      { booked_that_date: boolean; id: string | null; seated: boolean }[]
    >(
      `WITH same_date AS (
              SELECT 1 FROM booking
               WHERE youth_id = $2::uuid AND slot_date = $3::date AND status = ANY($4::text[]) LIMIT 1),
            seat AS (
              UPDATE slot SET seats_booked = seats_booked + 1
               WHERE id = $1::uuid AND seats_booked < capacity AND NOT EXISTS (SELECT 1 FROM same_date)
              RETURNING id),
            placed AS (
              INSERT INTO booking (slot_id, youth_id, slot_date, status, booked_by)
              SELECT $1::uuid, $2::uuid, $3::date,
                     CASE WHEN EXISTS (SELECT 1 FROM seat) THEN $5::text ELSE $6::text END, $7::uuid
               WHERE NOT EXISTS (SELECT 1 FROM same_date)
                 AND (EXISTS (SELECT 1 FROM seat) OR $8::boolean)
              RETURNING id),
            remembered AS (
              INSERT INTO booking_request (account_id, idempotency_key, request_hash, booking_id)
              SELECT $9::uuid, $10::text, $11::text, id FROM placed)
       SELECT EXISTS (SELECT 1 FROM same_date) AS booked_that_date,
              (SELECT id FROM placed) AS id, EXISTS (SELECT 1 FROM seat) AS seated`,
      [
        slot.id,
        booking.youthId,
        slot.date,
        ACTIVE_BOOKING_STATUSES,
        BookingStatus.REQUESTED,
        BookingStatus.WAITLISTED,
        booking.bookedBy,
        booking.joinWaitlist,
        request.accountId,
        request.idempotencyKey,
        request.hash,
      ],
    );
    // The statement has no FROM, so it always answers one row.
    if (!row) throw new Error('seatOrQueue answered no row');
    if (row.booked_that_date) return { outcome: 'BOOKED_THAT_DATE' };
    if (!row.id) return { outcome: 'FULL' };
    return { outcome: row.seated ? 'SEATED' : 'WAITLISTED', bookingId: row.id };
  }

  /**
   * Gives a freed seat to the first on the waitlist, or back to the slot when nobody waits.
   * Returns the promoted booking, if any.
   */
  async releaseSeat(
    manager: EntityManager,
    slotId: string,
  ): Promise<{ id: string; youthId: string } | null> {
    // For UPDATE, TypeORM's raw query answers [rows, affected count].
    const [promoted] = await manager.query<[{ id: string; youth_id: string }[], number]>(
      `UPDATE booking SET status = $2, updated_at = now()
        WHERE id = (SELECT id FROM booking WHERE slot_id = $1 AND status = $3 ORDER BY queue_seq LIMIT 1)
        RETURNING id, youth_id`,
      [slotId, BookingStatus.REQUESTED, BookingStatus.WAITLISTED],
    );
    const first = promoted[0];
    if (first) return { id: first.id, youthId: first.youth_id };
    await this.returnSeat(manager, slotId);
    return null;
  }

  /**
   * Gives a seat back to the slot without promoting anyone: only for a day nobody can take a seat
   * on any more (in the past, or its opportunity no longer published), whose seat-holding booking
   * is going away (erasure). A single conditional-free UPDATE, so it holds the slot's row lock.
   */
  async returnSeat(manager: EntityManager, slotId: string): Promise<void> {
    await manager.query(`UPDATE slot SET seats_booked = seats_booked - 1 WHERE id = $1`, [slotId]);
  }
}
