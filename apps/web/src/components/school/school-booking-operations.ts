import type { BookingStatusName } from '@/lib/api-types';
import type { Operation } from '@/lib/graphql';
import type { PupilBookings } from './school-operations';

/** The school's side of booking: days to choose from, booking and moving for a pupil, the window. */

export interface BookableDay {
  slotId: string;
  opportunityId: string;
  title: string;
  employerName: string;
  programmeCode: string;
  tradeCode: string;
  date: string;
  startTime: string;
  endTime: string;
  seatsLeft: number;
}

export interface BookableDaysFilter {
  programmeCode?: string | null;
  tradeCode?: string | null;
  month?: string | null;
}

export interface PupilDaysData {
  pupilBookings: PupilBookings | null;
  bookableDays: BookableDay[];
}
export const PUPIL_DAYS_QUERY: Operation<
  PupilDaysData,
  { youthId: string; filter: BookableDaysFilter }
> = {
  query: `query PupilDays($youthId: ID!, $filter: BookableDaysFilter) {
  pupilBookings(youthId: $youthId) {
    youthId displayName guardianEmail daysBooked confirmed attended declined waitlisted awaitingAnswer hasRequiredDays
    bookings { id date startTime endTime opportunityId title employerName status declineReason awaitingAnswer bookedOnBehalf guardianConsent }
  }
  bookableDays(filter: $filter) {
    slotId opportunityId title employerName programmeCode tradeCode date startTime endTime seatsLeft
  }
}`,
};

export interface PupilBookingResult {
  id: string;
  status: BookingStatusName;
}

export interface BookForPupilData {
  bookForPupil: PupilBookingResult;
}
export const BOOK_FOR_PUPIL_MUTATION: Operation<
  BookForPupilData,
  { youthId: string; input: { slotId: string; idempotencyKey: string; joinWaitlist: boolean } }
> = {
  query: `mutation BookForPupil($youthId: ID!, $input: BookSlotInput!) {
  bookForPupil(youthId: $youthId, input: $input) { id status }
}`,
};

export interface MoveBookingForPupilData {
  moveBookingForPupil: PupilBookingResult;
}
export const MOVE_BOOKING_FOR_PUPIL_MUTATION: Operation<
  MoveBookingForPupilData,
  {
    input: { bookingId: string; toSlotId: string; idempotencyKey: string; joinWaitlist: boolean };
  }
> = {
  query: `mutation MoveBookingForPupil($input: MoveBookingInput!) {
  moveBookingForPupil(input: $input) { id status }
}`,
};

export interface BookingWindow {
  opensOn: string | null;
  closesOn: string | null;
}

export interface CohortWindowsData {
  myCohorts: { id: string; bookingWindow: BookingWindow }[];
}
export const COHORT_WINDOWS_QUERY: Operation<CohortWindowsData> = {
  query: `query CohortWindows { myCohorts { id bookingWindow { opensOn closesOn } } }`,
};

export interface SetCohortBookingWindowData {
  setCohortBookingWindow: BookingWindow & { cohortId: string };
}
export const SET_COHORT_BOOKING_WINDOW_MUTATION: Operation<
  SetCohortBookingWindowData,
  { input: { cohortId: string; opensOn: string | null; closesOn: string | null } }
> = {
  query: `mutation SetCohortBookingWindow($input: SetCohortBookingWindowInput!) {
  setCohortBookingWindow(input: $input) { cohortId opensOn closesOn }
}`,
};

/** For the pupil's own pages: the school's window and the programme's required days. */
export interface PupilBookingContextData {
  myCohort: { cohortId: string; bookingWindow: BookingWindow } | null;
  bookingRules: { requiredHospiteringDays: number };
}
export const PUPIL_BOOKING_CONTEXT_QUERY: Operation<PupilBookingContextData> = {
  query: `query PupilBookingContext {
  myCohort { cohortId bookingWindow { opensOn closesOn } }
  bookingRules { requiredHospiteringDays }
}`,
};

/** Where today lies against a school's window: its message key and date, or null when open without end. */
export function windowNotice(
  window: BookingWindow | null | undefined,
  today: string,
): { kind: 'windowNotYet' | 'windowClosed' | 'windowOpenUntil'; date: string } | null {
  if (!window) return null;
  if (window.opensOn && today < window.opensOn)
    return { kind: 'windowNotYet', date: window.opensOn };
  if (window.closesOn && today > window.closesOn) {
    return { kind: 'windowClosed', date: window.closesOn };
  }
  if (window.closesOn) return { kind: 'windowOpenUntil', date: window.closesOn };
  return null;
}
