import type { BookingStatusName, DeclineReasonName } from '@/lib/api-types';
import type { Operation } from '@/lib/graphql';

/** The school counsellor's view of their pupils' hospitering days, and the guardian's consent page. */

export type GuardianConsentName = 'NOT_NEEDED' | 'NO_GUARDIAN' | 'PENDING' | 'GIVEN';

export interface SchoolBooking {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  opportunityId: string;
  title: string;
  employerName: string;
  status: BookingStatusName;
  declineReason: DeclineReasonName | null;
  awaitingAnswer: boolean;
  bookedOnBehalf: boolean;
  guardianConsent: GuardianConsentName;
}

export interface PupilBookings {
  youthId: string;
  displayName: string;
  guardianEmail: string | null;
  daysBooked: number;
  confirmed: number;
  attended: number;
  declined: number;
  waitlisted: number;
  awaitingAnswer: number;
  hasRequiredDays: boolean;
  bookings: SchoolBooking[];
}

export interface SchoolBookingsView {
  cohortId: string;
  cohortName: string;
  schoolYear: string;
  requiredDays: number;
  pupils: PupilBookings[];
}

export interface SchoolCohort {
  id: string;
  name: string;
  schoolYear: string;
  schoolName: string;
  pupilCount: number;
}

export interface MyCohortsData {
  myCohorts: SchoolCohort[];
}
export const MY_COHORTS_QUERY: Operation<MyCohortsData> = {
  query: `query SchoolCohorts { myCohorts { id name schoolYear schoolName pupilCount } }`,
};

export interface SchoolBookingsData {
  schoolBookings: SchoolBookingsView | null;
}
export const SCHOOL_BOOKINGS_QUERY: Operation<SchoolBookingsData, { cohortId: string }> = {
  query: `query SchoolBookings($cohortId: ID!) {
  schoolBookings(cohortId: $cohortId) {
    cohortId cohortName schoolYear requiredDays
    pupils {
      youthId displayName guardianEmail daysBooked confirmed attended declined waitlisted awaitingAnswer hasRequiredDays
      bookings { id date startTime endTime opportunityId title employerName status declineReason awaitingAnswer bookedOnBehalf guardianConsent }
    }
  }
}`,
};

export interface SchoolBookingsCsvData {
  schoolBookingsCsv: string | null;
}
export const SCHOOL_BOOKINGS_CSV_QUERY: Operation<SchoolBookingsCsvData, { cohortId: string }> = {
  query: `query SchoolBookingsCsv($cohortId: ID!) { schoolBookingsCsv(cohortId: $cohortId) }`,
};

export interface SetGuardianEmailData {
  setGuardianEmail: string;
}
export const SET_GUARDIAN_EMAIL_MUTATION: Operation<
  SetGuardianEmailData,
  { input: { youthId: string; email: string } }
> = {
  query: `mutation SetGuardianEmail($input: SetGuardianEmailInput!) { setGuardianEmail(input: $input) }`,
};

export interface ResendGuardianConsentData {
  resendGuardianConsent: number;
}
export const RESEND_GUARDIAN_CONSENT_MUTATION: Operation<
  ResendGuardianConsentData,
  { bookingId: string }
> = {
  query: `mutation ResendGuardianConsent($bookingId: ID!) { resendGuardianConsent(bookingId: $bookingId) }`,
};

export interface GuardianConsentRequest {
  pupilName: string;
  title: string;
  employerName: string;
  street: string;
  postalCode: string;
  postalPlace: string;
  date: string;
  startTime: string;
  endTime: string;
  given: boolean;
  expired: boolean;
}
const CONSENT_FIELDS =
  'pupilName title employerName street postalCode postalPlace date startTime endTime given expired';

export interface GuardianConsentRequestData {
  guardianConsentRequest: GuardianConsentRequest | null;
}
export const GUARDIAN_CONSENT_REQUEST_QUERY: Operation<
  GuardianConsentRequestData,
  { token: string }
> = {
  query: `query GuardianConsentRequest($token: String!) { guardianConsentRequest(token: $token) { ${CONSENT_FIELDS} } }`,
};

export interface GiveGuardianConsentData {
  giveGuardianConsent: GuardianConsentRequest | null;
}
export const GIVE_GUARDIAN_CONSENT_MUTATION: Operation<GiveGuardianConsentData, { token: string }> =
  {
    query: `mutation GiveGuardianConsent($token: String!) { giveGuardianConsent(token: $token) { ${CONSENT_FIELDS} } }`,
  };
