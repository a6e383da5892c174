import { GraphQLError } from 'graphql';

/** A cohort's booking window as the school set it (ISO dates; null = no limit on that side). */
export interface SchoolWindow {
  opensOn: string | null;
  closesOn: string | null;
}

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** 2027-01-12 → "12. januar", with the year only when it is not this year's. */
export function norwegianDate(date: string, today: string): string {
  const text = `${String(Number(date.slice(8, 10)))}. ${MONTHS_NB[Number(date.slice(5, 7)) - 1] ?? ''}`;
  return date.slice(0, 4) === today.slice(0, 4) ? text : `${text} ${date.slice(0, 4)}`;
}

/**
 * Whether a pupil may book on their own today: 'NOT_YET' before the window opens, 'CLOSED' after
 * it closes (both ends inclusive), null when open. ISO dates compare as strings.
 */
export function schoolWindowRefusal(
  today: string,
  window: SchoolWindow | null,
): 'NOT_YET' | 'CLOSED' | null {
  if (!window) return null;
  if (window.opensOn && today < window.opensOn) return 'NOT_YET';
  if (window.closesOn && today > window.closesOn) return 'CLOSED';
  return null;
}

/**
 * A pupil booked on their own outside their school's window. A GraphQLError of its own, so the
 * shared exception filter passes it through with its dates for the client.
 */
export class SchoolBookingWindowException extends GraphQLError {
  static readonly CODE = 'SCHOOL_BOOKING_WINDOW_CLOSED';

  constructor(today: string, window: SchoolWindow, refusal: 'NOT_YET' | 'CLOSED') {
    const message =
      refusal === 'NOT_YET' && window.opensOn
        ? `Skolen din åpner for booking ${norwegianDate(window.opensOn, today)}. Da kan du booke denne dagen – vi gleder oss til å se deg da!`
        : `Skolen din stengte bookingen ${norwegianDate(window.closesOn ?? today, today)}. Snakk med rådgiveren din, så finner dere en dag sammen.`;
    super(message, {
      extensions: {
        code: SchoolBookingWindowException.CODE,
        opensOn: window.opensOn,
        closesOn: window.closesOn,
      },
    });
  }
}
