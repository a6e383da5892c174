/** What a pupil cares about: the dates still ahead, and how many seats they hold. */
export interface SlotSeats {
  date: string;
  capacity: number;
  seatsBooked: number;
}

export interface UpcomingSummary {
  /** The first date on or after today, or null when every date has passed. */
  nextDate: string | null;
  /** The first date on or after today that still has a free seat. */
  nextFreeDate: string | null;
  seatsLeft: number;
  dates: string[];
}

export function summariseUpcoming(slots: readonly SlotSeats[], today: string): UpcomingSummary {
  // ISO dates compare correctly as strings.
  const upcoming = slots
    .filter((slot) => slot.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const free = upcoming.filter((slot) => slot.capacity > slot.seatsBooked);
  return {
    nextDate: upcoming[0]?.date ?? null,
    nextFreeDate: free[0]?.date ?? null,
    seatsLeft: free.reduce((sum, slot) => sum + slot.capacity - slot.seatsBooked, 0),
    dates: upcoming.map((slot) => slot.date),
  };
}
