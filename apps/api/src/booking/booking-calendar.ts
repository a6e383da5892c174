import { createEvent, createEvents, type EventAttributes } from 'ics';

export interface CalendarBooking {
  id: string;
  title: string;
  employerName: string;
  date: string;
  startTime: string;
  endTime: string;
  street: string;
  postalCode: string;
  postalPlace: string;
  latitude: number;
  longitude: number;
  tasks: string;
  practicalInfo: string;
  webUrl: string;
}

const toParts = (date: string, time: string): [number, number, number, number, number] => {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return [year, month, day, hour, minute];
};

function toEvent(booking: CalendarBooking): EventAttributes {
  return {
    uid: `booking-${booking.id}@akselerator`,
    title: `Hospitering: ${booking.title}`,
    description: [
      `Hos ${booking.employerName}.`,
      booking.tasks && `Dette får du gjøre: ${booking.tasks}`,
      booking.practicalInfo && `Praktisk informasjon: ${booking.practicalInfo}`,
      booking.webUrl,
    ]
      .filter(Boolean)
      .join('\n\n'),
    location: `${booking.street}, ${booking.postalCode} ${booking.postalPlace}`,
    geo: { lat: booking.latitude, lon: booking.longitude },
    start: toParts(booking.date, booking.startTime),
    end: toParts(booking.date, booking.endTime),
    startInputType: 'local',
    startOutputType: 'local',
    endInputType: 'local',
    endOutputType: 'local',
    url: booking.webUrl,
    productId: 'akselerator/ics',
    calName: 'Akselerator',
  };
}

/** One booking as an iCalendar event in Norwegian local time, for the pupil's own calendar. */
export function bookingToIcs(booking: CalendarBooking): string {
  const { error, value } = createEvent(toEvent(booking));
  if (error || !value)
    throw new Error(`Could not build the calendar event: ${error?.message ?? 'no value'}`);
  return value;
}

/** Several bookings as one calendar (a subscribed feed). */
export function bookingsToIcs(bookings: readonly CalendarBooking[]): string {
  if (bookings.length === 0) {
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:akselerator/ics\r\nX-WR-CALNAME:Akselerator\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(bookings.map(toEvent));
  if (error || !value)
    throw new Error(`Could not build the calendar: ${error?.message ?? 'no value'}`);
  return value;
}
