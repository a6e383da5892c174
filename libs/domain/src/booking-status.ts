/**
 * A booking's life. REQUESTED and CONFIRMED hold a seat; WAITLISTED waits for one; the rest are
 * final. Values equal keys.
 */
export enum BookingStatus {
  /** Holds a seat; the employer has not answered yet. */
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}

/** Statuses that occupy one of the slot's seats. */
export const SEAT_HOLDING_STATUSES: readonly BookingStatus[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.ATTENDED,
  BookingStatus.NO_SHOW,
];

/** Statuses that count as the pupil's one booking on that date. */
export const ACTIVE_BOOKING_STATUSES: readonly BookingStatus[] = [
  ...SEAT_HOLDING_STATUSES,
  BookingStatus.WAITLISTED,
];

const TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  [BookingStatus.REQUESTED]: [
    BookingStatus.CONFIRMED,
    BookingStatus.DECLINED,
    BookingStatus.CANCELLED,
  ],
  // An employer may still have to call off a confirmed day (e.g. the day is cancelled).
  [BookingStatus.CONFIRMED]: [
    BookingStatus.DECLINED,
    BookingStatus.CANCELLED,
    BookingStatus.ATTENDED,
    BookingStatus.NO_SHOW,
  ],
  // Promotion from the waitlist takes a freed seat.
  [BookingStatus.WAITLISTED]: [BookingStatus.REQUESTED, BookingStatus.CANCELLED],
  [BookingStatus.DECLINED]: [],
  [BookingStatus.CANCELLED]: [],
  [BookingStatus.ATTENDED]: [],
  [BookingStatus.NO_SHOW]: [],
};

export function canMoveBooking(from: BookingStatus, to: BookingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function holdsSeat(status: BookingStatus): boolean {
  return SEAT_HOLDING_STATUSES.includes(status);
}
