import { createEvent, type EventAttributes } from 'ics';

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

/** One booking as an iCalendar event in Norwegian local time, for the pupil's own calendar. */
export function bookingToIcs(booking: CalendarBooking): string {
  const event: EventAttributes = {
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
  const { error, value } = createEvent(event);
  if (error || !value)
    throw new Error(`Could not build the calendar event: ${error?.message ?? 'no value'}`);
  return value;
}
