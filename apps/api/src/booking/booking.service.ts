import {
  ACTIVE_BOOKING_STATUSES,
  BookingStatus,
  daysBetween,
  type DeclineReason,
  holdsSeat,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { Slot } from '../opportunities/slot.entity';
import { Booking } from './booking.entity';
import { BookingErrorCode, BookingException } from './booking.exception';
import { BookingNotices, type RequestedContext } from './booking-notices';
import type { BookSlotInput } from './dtos/book-slot.input';
import { GuardianConsentService } from './guardian-consent.service';
import { SeatGuard } from './seat-guard';
import {
  SchoolBookingWindowException,
  schoolWindowRefusal,
  type SchoolWindow,
} from './school-booking-window';
import { bookingTransaction } from './booking-transaction';
import { BookingSteps, earlierAnswer, idempotentRequest, type AfterCommit } from './booking-steps';
import { isUuid } from '../common/uuid';

const CANCELLABLE: readonly BookingStatus[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.WAITLISTED,
];

/** The pupil as booking sees them before the seat lock. */
interface PupilFacts {
  /** Null when the pupil is in no school cohort. */
  schoolWindow: SchoolWindow | null;
  guardianOnRecord: boolean;
  /** The employer's BOOKING_REQUESTED notice, but for the day (taken from the locked slot). */
  notice: Omit<RequestedContext, 'date'>;
}

/** A row of `loadOwn`'s query: the booking's columns and its slot's. */
interface OwnBookingRow {
  id: string;
  slot_id: string;
  youth_id: string;
  slot_date: string;
  status: BookingStatus;
  queue_seq: string;
  decline_reason: DeclineReason | null;
  answered_at: Date | null;
  answered_by: string | null;
  reminded_at: Date | null;
  booked_by: string | null;
  created_at: Date;
  updated_at: Date;
  opportunity_id: string;
  date: string;
  start_time: string;
  end_time: string;
  capacity: number;
  seats_booked: number;
}

/** What a system cancellation sends once the caller's transaction commits (see `announce`). */
export type SystemCancellations = AfterCommit;

/** Pupils booking hospitering days: seats, the waitlist and idempotent retries. */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly seats: SeatGuard,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly notices: BookingNotices,
    private readonly consents: GuardianConsentService,
    private readonly steps: BookingSteps,
  ) {}

  async book(actor: Account | null, input: BookSlotInput): Promise<Booking> {
    const youth = this.identity.requireYouth(actor);
    const bookingId = await this.place(youth.id, youth.id, input);
    return this.loadOwn(youth, bookingId);
  }

  /**
   * A school counsellor books on a pupil's behalf: the same guard, rules and waitlist as the
   * pupil's own booking. The caller has checked (and audited) that the counsellor may. The
   * idempotency key is the counsellor's, and the pupil is part of the request it stands for.
   * The school's booking window (cohort.booking_opens_on/closes_on) does not bind this path:
   * it limits pupils booking on their own, and the counsellor is the one who set it.
   */
  async bookOnBehalf(youthId: string, bookedBy: string, input: BookSlotInput): Promise<Booking> {
    const bookingId = await this.place(youthId, bookedBy, input);
    const booking = await this.dataSource
      .getRepository(Booking)
      .findOne({ where: { id: bookingId, youthId }, relations: { slot: true } });
    if (!booking) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    return booking;
  }

  /** Books a seat (or a waitlist place) for `youthId`; returns the booking's id. */
  private async place(youthId: string, bookedBy: string, input: BookSlotInput): Promise<string> {
    const onBehalf = bookedBy !== youthId;
    const request = idempotentRequest(
      bookedBy,
      input.idempotencyKey,
      onBehalf ? [input.slotId, input.joinWaitlist, youthId] : [input.slotId, input.joinWaitlist],
    );
    // Recorded inside the transaction, pushed and e-mailed after it commits.
    const after: AfterCommit = { notifications: [], asked: [] };
    const bookingId = await this.inTransaction(async (manager) => {
      const earlier = await earlierAnswer(manager, request);
      if (earlier !== null) return earlier;

      // Looked up before the slot's lock, in one round trip: pupils without a guardian on record
      // (16 and over, or not yet registered) then add nothing to the part of a burst that runs
      // one at a time, and a refusal by the school's window takes no lock. The employer's notice
      // is read here too, so inside the lock only its rows are written.
      const pupil = await this.pupilFacts(manager, youthId, input.slotId);
      // The school's window binds a pupil booking on their own. A counsellor booking on the
      // pupil's behalf (and the cohort allocation's publish) is not bound by it: the counsellor
      // is the one who set it.
      if (!onBehalf) this.requireSchoolWindowOpen(pupil.schoolWindow);
      const slot = await this.seats.lock(manager, input.slotId);
      if (!slot) throw new BookingException(BookingErrorCode.SLOT_NOT_FOUND);
      const today = this.clock.today();
      if (slot.date < today) throw new BookingException(BookingErrorCode.SLOT_IN_PAST);
      if (slot.bookingOpensOn && today < slot.bookingOpensOn) {
        throw new BookingException(BookingErrorCode.BOOKING_NOT_OPEN);
      }
      // From here to the commit runs one booking of the slot at a time, so it is kept to as few
      // round trips as possible: the same-date rule, the seat, the row and the request in one.
      const placed = await this.seats.seatOrQueue(
        manager,
        slot,
        { youthId, bookedBy, joinWaitlist: input.joinWaitlist },
        request,
      );
      if (placed.outcome === 'BOOKED_THAT_DATE')
        throw new BookingException(BookingErrorCode.ALREADY_BOOKED_THAT_DATE);
      if (placed.outcome === 'FULL') throw new BookingException(BookingErrorCode.SLOT_FULL);
      const id = placed.bookingId;
      if (onBehalf) after.notifications.push(...(await this.notices.bookedOnBehalf(manager, id)));
      // Seats left is searchable, so the index must hear about it.
      if (placed.outcome === 'SEATED') {
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, slot.opportunityId);
        const notice = { ...pupil.notice, date: slot.date };
        after.notifications.push(...(await this.notices.requestedWith(manager, id, notice)));
        if (pupil.guardianOnRecord) after.asked.push(...(await this.consents.ask(manager, [id])));
      }
      return id;
    });
    this.steps.announce(after);
    return bookingId;
  }

  /** Cancels the pupil's own booking; a freed seat goes to the first on the waitlist. */
  async cancel(actor: Account | null, bookingId: string): Promise<Booking> {
    const youth = this.identity.requireYouth(actor);
    if (!isUuid(bookingId)) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    const after: AfterCommit = { notifications: [], asked: [] };
    await this.inTransaction(async (manager) => {
      const found: { slot_id: string }[] = await manager.query(
        'SELECT slot_id FROM booking WHERE id = $1 AND youth_id = $2',
        [bookingId, youth.id],
      );
      const slotId = found[0]?.slot_id;
      if (!slotId) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
      // Slot first, then booking: the same lock order as booking, so the two never deadlock.
      const slot = await this.seats.lock(manager, slotId);
      const current: { status: BookingStatus }[] = await manager.query(
        'SELECT status FROM booking WHERE id = $1 FOR UPDATE',
        [bookingId],
      );
      const status = current[0]?.status;
      const today = this.clock.today();
      if (!slot || !status || !CANCELLABLE.includes(status) || slot.date < today) {
        throw new BookingException(BookingErrorCode.NOT_CANCELLABLE);
      }
      // Leaving a waitlist is always fine; giving back a seat close to the day needs a person.
      if (holdsSeat(status) && daysBetween(today, slot.date) < slot.cancellationDeadlineDays) {
        throw new BookingException(BookingErrorCode.CANCELLATION_DEADLINE_PASSED);
      }
      await manager.query(`UPDATE booking SET status = $2, updated_at = now() WHERE id = $1`, [
        bookingId,
        BookingStatus.CANCELLED,
      ]);
      if (holdsSeat(status)) await this.steps.giveSeatBack(manager, bookingId, slot, after);
    });
    this.steps.announce(after);
    return this.loadOwn(youth, bookingId);
  }

  /**
   * The pupil's account is being erased (inside the caller's transaction, which has locked the
   * account): every booking still ahead is cancelled as by the system, through the same guard and
   * waitlist promotion as `cancel`, with no deadline and no notice to the pupil; the employer's
   * cancellation notice names `pupilName` instead of the pupil. Seats of days that can no longer
   * be booked (past, or no longer published) go back to their slots without promoting anyone, so
   * `seats_booked` stays equal to the seat-holding rows once the account's bookings are deleted.
   * Slots are locked in id order, the lock order every path keeps.
   */
  async cancelForErasure(
    manager: EntityManager,
    youthId: string,
    pupilName: string,
  ): Promise<SystemCancellations> {
    const after: SystemCancellations = { notifications: [], asked: [] };
    const bookings = await manager.query<{ id: string; slot_id: string }[]>(
      `SELECT id, slot_id FROM booking WHERE youth_id = $1 AND status = ANY($2::text[])
        ORDER BY slot_id, id`,
      [youthId, ACTIVE_BOOKING_STATUSES],
    );
    const today = this.clock.today();
    for (const booking of bookings) {
      const slot = await this.seats.lock(manager, booking.slot_id);
      const [current] = await manager.query<{ status: BookingStatus }[]>(
        'SELECT status FROM booking WHERE id = $1 FOR UPDATE',
        [booking.id],
      );
      if (!current) continue;
      if (slot && slot.date >= today && CANCELLABLE.includes(current.status)) {
        await manager.query(`UPDATE booking SET status = $2, updated_at = now() WHERE id = $1`, [
          booking.id,
          BookingStatus.CANCELLED,
        ]);
        if (holdsSeat(current.status)) {
          await this.steps.giveSeatBack(manager, booking.id, slot, after, pupilName);
        }
      } else if (holdsSeat(current.status)) {
        await this.seats.returnSeat(manager, booking.slot_id);
      }
    }
    return after;
  }

  /**
   * What booking needs to know before the seat lock, in one query: the pupil's cohort's booking
   * window (null outside a cohort), whether a guardian is on record, and what the employer's
   * notice says (the day itself comes from the locked slot).
   */
  private async pupilFacts(
    manager: EntityManager,
    youthId: string,
    slotId: string,
  ): Promise<PupilFacts> {
    const [row] = await manager.query<
      {
        in_cohort: boolean;
        opens_on: string | null;
        closes_on: string | null;
        guardian_on_record: boolean;
        pupil_name: string | null;
        title: string | null;
        employer_account_ids: string[] | null;
      }[]
    >(
      `SELECT c.id IS NOT NULL AS in_cohort, c.booking_opens_on::text AS opens_on,
              c.booking_closes_on::text AS closes_on,
              EXISTS (SELECT 1 FROM guardian_contact g WHERE g.youth_id = pupil.id) AS guardian_on_record,
              a.display_name AS pupil_name, o.title,
              ARRAY(SELECT m.id FROM account m WHERE m.employer_id = o.employer_id) AS employer_account_ids
         FROM (VALUES ($1::uuid, $2::uuid)) AS pupil (id, slot_id)
         LEFT JOIN account a ON a.id = pupil.id
         LEFT JOIN cohort_pupil p ON p.youth_id = pupil.id
         LEFT JOIN cohort c ON c.id = p.cohort_id
         LEFT JOIN slot s ON s.id = pupil.slot_id
         LEFT JOIN opportunity o ON o.id = s.opportunity_id`,
      [youthId, slotId],
    );
    return {
      schoolWindow: row?.in_cohort ? { opensOn: row.opens_on, closesOn: row.closes_on } : null,
      guardianOnRecord: row?.guardian_on_record ?? false,
      notice: {
        pupilName: row?.pupil_name ?? '',
        title: row?.title ?? '',
        employerAccountIds: row?.employer_account_ids ?? [],
      },
    };
  }

  /** Refuses with SCHOOL_BOOKING_WINDOW_CLOSED outside the pupil's cohort's booking window. */
  private requireSchoolWindowOpen(window: SchoolWindow | null): void {
    const today = this.clock.today();
    const refusal = schoolWindowRefusal(today, window);
    if (window && refusal) throw new SchoolBookingWindowException(today, window, refusal);
  }

  /** After the caller's transaction has committed: push the notices, e-mail the guardians. */
  announce(after: SystemCancellations): void {
    this.steps.announce(after);
  }

  async listOwn(actor: Account | null): Promise<Booking[]> {
    const youth = this.identity.requireYouth(actor);
    return this.dataSource.getRepository(Booking).find({
      where: { youthId: youth.id },
      relations: { slot: true },
      order: { slotDate: 'ASC', createdAt: 'ASC' },
    });
  }

  /** 1 for the first in line; null when the booking is not waiting. */
  async waitlistPosition(booking: Booking): Promise<number | null> {
    if (booking.status !== BookingStatus.WAITLISTED) return null;
    const rows: { ahead: string }[] = await this.dataSource.query(
      'SELECT count(*) AS ahead FROM booking WHERE slot_id = $1 AND status = $2 AND queue_seq < $3',
      [booking.slotId, BookingStatus.WAITLISTED, booking.queueSeq],
    );
    return Number(rows[0]?.ahead ?? 0) + 1;
  }

  /**
   * The pupil's booking with its slot, as `findOne({ relations: { slot: true } })` gives it, but
   * from one plain query: TypeORM's query builder and hydration cost a booking burst more CPU than
   * the booking's own transaction does.
   */
  private async loadOwn(youth: Account, bookingId: string): Promise<Booking> {
    const [row] = await this.dataSource.query<OwnBookingRow[]>(
      `SELECT b.id, b.slot_id, b.youth_id, b.slot_date::text AS slot_date, b.status,
              b.queue_seq::text AS queue_seq, b.decline_reason, b.answered_at, b.answered_by,
              b.reminded_at, b.booked_by, b.created_at, b.updated_at, s.opportunity_id,
              s.date::text AS date, to_char(s.start_time, 'HH24:MI') AS start_time,
              to_char(s.end_time, 'HH24:MI') AS end_time, s.capacity, s.seats_booked
         FROM booking b JOIN slot s ON s.id = b.slot_id
        WHERE b.id = $1 AND b.youth_id = $2`,
      [bookingId, youth.id],
    );
    if (!row) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    const slot = Object.assign(new Slot(), {
      id: row.slot_id,
      opportunityId: row.opportunity_id,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
      capacity: row.capacity,
      seatsBooked: row.seats_booked,
    });
    return Object.assign(new Booking(), {
      id: row.id,
      slotId: row.slot_id,
      slot,
      youthId: row.youth_id,
      slotDate: row.slot_date,
      status: row.status,
      queueSeq: row.queue_seq,
      declineReason: row.decline_reason,
      answeredAt: row.answered_at,
      answeredBy: row.answered_by,
      remindedAt: row.reminded_at,
      bookedBy: row.booked_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return bookingTransaction(this.dataSource, work);
  }
}
