import { addDays, BookingStatus, daysBetween, isoWeekday, schoolYearOf } from '@akselerator/domain';
import { deterministicUuid, type SeededRandom } from '@akselerator/matching';
import type { DemoOpportunity } from './demo-city.generator';
import type { DemoCohort } from './demo-organisations';
import { norwegianHolidays } from './demo-school-calendar';

export interface DemoPastSlot {
  id: string;
  opportunityId: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  seatsBooked: number;
}

export interface DemoPastBooking {
  id: string;
  slotId: string;
  youthId: string;
  slotDate: string;
  status: BookingStatus;
  /** ISO instants. */
  createdAt: string;
  answeredAt: string | null;
}

/** School weekdays of this school year before `today` (from the third week of August). */
export function pastSchoolDays(today: string): string[] {
  const first = `${schoolYearOf(today).slice(0, 4)}-08-18`;
  const holidays = new Set([
    ...norwegianHolidays(Number(first.slice(0, 4))),
    ...norwegianHolidays(Number(first.slice(0, 4)) + 1),
  ]);
  const days: string[] = [];
  for (let offset = 0; offset < daysBetween(first, today); offset++) {
    const date = addDays(first, offset);
    const monthDay = date.slice(5);
    const christmas = monthDay >= '12-21' || monthDay <= '01-02';
    if (isoWeekday(date) <= 5 && !holidays.has(date) && !christmas && date.slice(5, 7) !== '07') {
      days.push(date);
    }
  }
  return days;
}

/**
 * Hospitering days this school year that already happened, for the pupils of every demo cohort
 * but the first (Karuss 10A: the e2e books for its pupils from a clean start): most have attended
 * their two days, some one, a few missed one or cancelled. New past slots on demo listings (never
 * the demo employer's), with seats_booked equal to the seat-holding bookings.
 */
export function generateHospiteringHistory(
  random: SeededRandom,
  seed: number,
  today: string,
  cohorts: readonly DemoCohort[],
  listings: readonly DemoOpportunity[],
): { slots: DemoPastSlot[]; bookings: DemoPastBooking[] } {
  const days = pastSchoolDays(today);
  if (days.length < 5 || listings.length === 0) return { slots: [], bookings: [] };
  const slots = new Map<string, DemoPastSlot>();
  const bookings: DemoPastBooking[] = [];
  const pupils = cohorts.slice(1).flatMap((cohort) => cohort.pupilIds);
  for (const youthId of pupils) {
    const roll = random.next();
    const count = roll < 0.2 ? 0 : roll < 0.4 ? 1 : roll < 0.9 ? 2 : 3;
    const dates = random.sample(days, Math.min(count, days.length)).sort();
    for (const date of dates) {
      const listing = random.pick(listings);
      const key = `${listing.id}|${date}`;
      let slot = slots.get(key);
      if (!slot) {
        const [startTime, endTime] = listing.slots[0]
          ? [listing.slots[0].startTime, listing.slots[0].endTime]
          : ['09:00', '14:00'];
        slot = {
          id: deterministicUuid(seed, 'demo-past-slot', slots.size),
          opportunityId: listing.id,
          date,
          startTime,
          endTime,
          capacity: random.int(2, 4),
          seatsBooked: 0,
        };
        slots.set(key, slot);
      }
      const outcome = random.next();
      const status =
        outcome < 0.85
          ? BookingStatus.ATTENDED
          : outcome < 0.93
            ? BookingStatus.NO_SHOW
            : BookingStatus.CANCELLED;
      if (status !== BookingStatus.CANCELLED) {
        slot.seatsBooked += 1;
        slot.capacity = Math.max(slot.capacity, slot.seatsBooked);
      }
      const bookedOn = [addDays(date, -random.int(7, 30)), days[0] ?? date].sort().at(-1) ?? date;
      bookings.push({
        id: deterministicUuid(seed, 'demo-past-booking', bookings.length),
        slotId: slot.id,
        youthId,
        slotDate: date,
        status,
        createdAt: `${bookedOn}T${String(random.int(6, 18)).padStart(2, '0')}:15:00Z`,
        answeredAt: `${addDays(bookedOn, 1)}T09:00:00Z`,
      });
    }
  }
  return { slots: [...slots.values()], bookings };
}
