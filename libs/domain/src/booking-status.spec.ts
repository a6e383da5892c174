import {
  ACTIVE_BOOKING_STATUSES,
  BookingStatus,
  canMoveBooking,
  holdsSeat,
} from './booking-status';

describe(canMoveBooking.name, () => {
  it('lets a waitlisted pupil be promoted to a seat, and an employer answer a request', () => {
    expect(canMoveBooking(BookingStatus.WAITLISTED, BookingStatus.REQUESTED)).toBe(true);
    expect(canMoveBooking(BookingStatus.REQUESTED, BookingStatus.CONFIRMED)).toBe(true);
    expect(canMoveBooking(BookingStatus.REQUESTED, BookingStatus.DECLINED)).toBe(true);
  });

  it('never reopens a final booking', () => {
    for (const final of [
      BookingStatus.DECLINED,
      BookingStatus.CANCELLED,
      BookingStatus.ATTENDED,
      BookingStatus.NO_SHOW,
    ]) {
      for (const to of Object.values(BookingStatus)) expect(canMoveBooking(final, to)).toBe(false);
    }
  });

  it('does not let a waitlisted pupil be confirmed without a seat', () => {
    expect(canMoveBooking(BookingStatus.WAITLISTED, BookingStatus.CONFIRMED)).toBe(false);
  });
});

describe(holdsSeat.name, () => {
  it('counts seats only for bookings that occupy one', () => {
    expect(holdsSeat(BookingStatus.REQUESTED)).toBe(true);
    expect(holdsSeat(BookingStatus.CONFIRMED)).toBe(true);
    expect(holdsSeat(BookingStatus.WAITLISTED)).toBe(false);
    expect(holdsSeat(BookingStatus.CANCELLED)).toBe(false);
    expect(ACTIVE_BOOKING_STATUSES).toContain(BookingStatus.WAITLISTED);
  });
});
