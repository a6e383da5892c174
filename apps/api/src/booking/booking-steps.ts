import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Notification } from '../notifications/notification.entity';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { BookingErrorCode, BookingException } from './booking.exception';
import { BookingNotices } from './booking-notices';
import { GuardianConsentService, type AskedConsent } from './guardian-consent.service';
import { SeatGuard, type LockedSlot } from './seat-guard';

/*
 * Steps that more than one booking transaction takes (booking, cancelling, moving, erasure), so
 * each exists once. The lock order every path keeps: the request key's advisory lock first, then
 * slots in id order, then bookings (slots before bookings), so no two paths deadlock.
 */

/** What a booking transaction sends once it has committed: notices to push, guardians to e-mail. */
export interface AfterCommit {
  notifications: Notification[];
  asked: AskedConsent[];
}

/** One account's request under an idempotency key; `hash` tells a retry from a different request. */
export interface IdempotentRequest {
  accountId: string;
  idempotencyKey: string;
  hash: string;
}

/** `parts` are what the request stands for; the same key with other parts is another request. */
export function idempotentRequest(
  accountId: string,
  idempotencyKey: string,
  parts: readonly unknown[],
): IdempotentRequest {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  return { accountId, idempotencyKey, hash };
}

/**
 * The booking an earlier request under the same key made, or null when the key is new. Refuses
 * with IDEMPOTENCY_KEY_REUSED when the key was used for a different request.
 */
export async function earlierAnswer(
  manager: EntityManager,
  request: IdempotentRequest,
): Promise<string | null> {
  // Same-key requests wait for each other here; the later ones then find the first one's answer.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `${request.accountId}:${request.idempotencyKey}`,
  ]);
  const earlier: { request_hash: string; booking_id: string }[] = await manager.query(
    'SELECT request_hash, booking_id FROM booking_request WHERE account_id = $1 AND idempotency_key = $2',
    [request.accountId, request.idempotencyKey],
  );
  if (!earlier[0]) return null;
  if (earlier[0].request_hash !== request.hash)
    throw new BookingException(BookingErrorCode.IDEMPOTENCY_KEY_REUSED);
  return earlier[0].booking_id;
}

/** Remembers the request's answer, so a retry under the same key gets the same booking. */
export async function rememberAnswer(
  manager: EntityManager,
  request: IdempotentRequest,
  bookingId: string,
): Promise<void> {
  await manager.query(
    'INSERT INTO booking_request (account_id, idempotency_key, request_hash, booking_id) VALUES ($1, $2, $3, $4)',
    [request.accountId, request.idempotencyKey, request.hash, bookingId],
  );
}

@Injectable()
export class BookingSteps {
  constructor(
    private readonly seats: SeatGuard,
    private readonly outbox: OutboxService,
    private readonly notices: BookingNotices,
    private readonly consents: GuardianConsentService,
  ) {}

  /**
   * A cancelled booking's seat goes to the first on the waitlist (or back to the slot): the
   * employer hears of the cancellation, the promoted pupil of the seat, their guardian is asked.
   * `slot` is locked by the caller. `pupilName` replaces the pupil's name in the employer's notice.
   */
  async giveSeatBack(
    manager: EntityManager,
    bookingId: string,
    slot: LockedSlot,
    after: AfterCommit,
    pupilName?: string,
  ): Promise<void> {
    after.notifications.push(...(await this.notices.cancelled(manager, bookingId, pupilName)));
    const promoted = await this.seats.releaseSeat(manager, slot.id);
    if (promoted) {
      after.notifications.push(...(await this.notices.promoted(manager, promoted.id)));
      after.asked.push(...(await this.consents.ask(manager, [promoted.id])));
    }
    // Seats left is searchable, so the index must hear about it.
    await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, slot.opportunityId);
  }

  /** After the transaction has committed: push the notices, e-mail the guardians. */
  announce(after: AfterCommit): void {
    this.notices.deliver(after.notifications);
    this.consents.send(after.asked);
  }
}
