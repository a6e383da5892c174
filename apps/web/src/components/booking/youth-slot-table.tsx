'use client';

import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { BookingResult } from '@/lib/api-types';
import { bookingErrorText, isRetryable } from '@/lib/booking-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { BOOK_SLOT_MUTATION } from '@/lib/operations';
import { SlotTable, type SlotRow, type SlotTableText } from './slot-table';

/** What the signed-in pupil can do with one date, worked out by the server page. */
export type SlotBookingState =
  | { kind: 'open' }
  | { kind: 'full' }
  | { kind: 'booked' }
  | { kind: 'waitlisted'; position: number | null }
  | { kind: 'otherSameDate' }
  | { kind: 'past' };

export interface BookableSlotRow extends SlotRow {
  state: SlotBookingState;
}

interface YouthSlotTableProps {
  rows: BookableSlotRow[];
  t: {
    table: SlotTableText;
    booking: Dictionary['booking'];
    errors: Dictionary['bookingErrors'];
  };
  /** True when the UI speaks the API's language (Norwegian): its error sentences fit as they are. */
  apiMessagesFit: boolean;
}

/** Automatic retries of one click when the API was busy or out of reach, same key each time. */
const RETRY_DELAYS_MS = [500, 1500];

/** Errors after which the row's state on the server has probably changed. */
const REFRESH_AFTER = new Set([
  'SLOT_FULL',
  'ALREADY_BOOKED_THAT_DATE',
  'SLOT_IN_PAST',
  'NOT_FOUND',
]);

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The dates table for a signed-in pupil, with "Book denne dagen" (or "Sett meg på venteliste"
 * when the day is full) per date. A booking is one click: its idempotency key is made when the
 * click starts and reused for the automatic and manual retries of that click, so a lost answer
 * never books twice. The result is announced in a status message that takes focus; errors are
 * shown in the row they concern.
 */
export function YouthSlotTable({ rows, t, apiMessagesFit }: YouthSlotTableProps) {
  const router = useRouter();
  const [overrides, setOverrides] = useState<Record<string, SlotBookingState>>({});
  const [busySlot, setBusySlot] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  const pendingKeys = useRef(new Map<string, { key: string; joinWaitlist: boolean }>());
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  // Fresh rows from the server (after router.refresh) replace this island's own guesses.
  const [seenRows, setSeenRows] = useState(rows);
  if (seenRows !== rows) {
    setSeenRows(rows);
    setOverrides({});
  }

  function successText(result: BookingResult, row: BookableSlotRow): string {
    const day = row.dayLabel;
    if (result.status === 'WAITLISTED') {
      return result.waitlistPosition
        ? interpolate(t.booking.waitlistNotice, { n: result.waitlistPosition, day })
        : t.booking.onWaitlistNoNumber;
    }
    if (result.status === 'CONFIRMED') return interpolate(t.booking.confirmedNotice, { day });
    return interpolate(t.booking.bookedNotice, { day });
  }

  async function send(row: BookableSlotRow, idempotencyKey: string, joinWaitlist: boolean) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await graphqlClient(BOOK_SLOT_MUTATION, {
          input: { slotId: row.id, idempotencyKey, joinWaitlist },
        });
      } catch (error) {
        if (attempt >= RETRY_DELAYS_MS.length || !isRetryable(error)) throw error;
        await wait(RETRY_DELAYS_MS[attempt]);
      }
    }
  }

  async function book(row: BookableSlotRow, joinWaitlist: boolean) {
    if (busySlot) return;
    const earlier = pendingKeys.current.get(row.id);
    const key =
      earlier && earlier.joinWaitlist === joinWaitlist ? earlier.key : newIdempotencyKey();
    pendingKeys.current.set(row.id, { key, joinWaitlist });
    setBusySlot(row.id);
    setErrors((current) => withoutKey(current, row.id));
    try {
      const { bookSlot } = await send(row, key, joinWaitlist);
      pendingKeys.current.delete(row.id);
      setOverrides((current) => ({
        ...current,
        [row.id]:
          bookSlot.status === 'WAITLISTED'
            ? { kind: 'waitlisted', position: bookSlot.waitlistPosition }
            : { kind: 'booked' },
      }));
      setNotice((current) => ({ id: (current?.id ?? 0) + 1, text: successText(bookSlot, row) }));
      router.refresh();
    } catch (error) {
      // A retryable failure may have booked after all: the next click sends the same key.
      if (!isRetryable(error)) pendingKeys.current.delete(row.id);
      const { generic, ...byCode } = t.errors;
      setErrors((current) => ({
        ...current,
        [row.id]: bookingErrorText(error, { apiMessagesFit, byCode, generic }),
      }));
      if (error instanceof GraphQLRequestError && REFRESH_AFTER.has(error.code)) router.refresh();
    } finally {
      setBusySlot(null);
    }
  }

  function renderAction(row: BookableSlotRow) {
    const state = overrides[row.id] ?? row.state;
    switch (state.kind) {
      case 'booked':
        return <span className="slot-table__done">{t.booking.booked}</span>;
      case 'waitlisted':
        return (
          <span className="slot-table__done">
            {state.position
              ? interpolate(t.booking.onWaitlist, { n: state.position })
              : t.booking.onWaitlistNoNumber}
          </span>
        );
      case 'otherSameDate':
        return <span>{t.booking.otherSameDate}</span>;
      case 'past':
        return null;
      case 'open':
      case 'full': {
        const full = state.kind === 'full';
        const busy = busySlot === row.id;
        const error = errors[row.id];
        const errorId = `book-error-${row.id}`;
        return (
          <div className="slot-table__book">
            <Button
              type="button"
              data-size="sm"
              variant={full ? 'secondary' : 'primary'}
              loading={busy}
              aria-label={
                busy
                  ? t.booking.working
                  : interpolate(full ? t.booking.waitlistAria : t.booking.bookAria, {
                      day: row.dayLabel,
                    })
              }
              aria-describedby={error ? errorId : undefined}
              onClick={() => void book(row, full)}
            >
              {busy ? t.booking.working : full ? t.booking.waitlist : t.booking.book}
            </Button>
            {error ? (
              <ValidationMessage id={errorId} role="alert" data-testid="booking-error">
                {error}
              </ValidationMessage>
            ) : null}
          </div>
        );
      }
    }
  }

  return (
    <div className="stack">
      {notice ? (
        <div
          key={notice.id}
          ref={noticeRef}
          tabIndex={-1}
          className="ds-alert"
          data-color="success"
          role="status"
          data-testid="booking-notice"
        >
          <p className="ds-paragraph">{notice.text}</p>
          <p className="ds-paragraph">
            <Link className="ds-link" href="/mine-dager">
              {t.booking.seeMyDays}
            </Link>
          </p>
        </div>
      ) : null}
      <SlotTable
        rows={rows}
        t={t.table}
        actionHeader={t.booking.colBooking}
        renderAction={renderAction}
      />
    </div>
  );
}
