import type {
  BookingFeedback,
  BookingResult,
  GiveFeedbackInput,
  MyBooking,
  OwnOpportunity,
} from './api-types';
import type { Operation } from './graphql';

/**
 * After the day: attendance and feedback, and the two booking lists with both sides' feedback.
 * A module of its own, apart from `operations.ts`, so other routes' islands do not carry these.
 */

const FEEDBACK_FIELDS = 'rating comment createdAt';
const BOOKING_RESULT_FIELDS = 'id status waitlistPosition slot { id date }';

export interface MyOpportunitiesData {
  myOpportunities: OwnOpportunity[];
}
export const MY_OPPORTUNITIES_QUERY: Operation<MyOpportunitiesData> = {
  query: `query MyOpportunities {
  myOpportunities {
    id kind status title nextDate seatsLeft
    slots { id date startTime endTime capacity seatsBooked seatsLeft }
    bookings {
      id status pupilName waitlistPosition guardianConsent slot { id date startTime endTime }
      feedbackFromPupil { ${FEEDBACK_FIELDS} } feedbackFromEmployer { ${FEEDBACK_FIELDS} }
    }
  }
}`,
};

export interface MyBookingsData {
  myBookings: MyBooking[];
}
export const MY_BOOKINGS_QUERY: Operation<MyBookingsData> = {
  query: `query MyBookings {
  myBookings {
    id status waitlistPosition declineReason declineMessage createdAt
    slot { id date startTime endTime }
    opportunity { id title employer { name } }
    feedbackFromPupil { ${FEEDBACK_FIELDS} } feedbackFromEmployer { ${FEEDBACK_FIELDS} }
  }
}`,
};

export interface MarkAttendanceData {
  markAttendance: BookingResult;
}
export const MARK_ATTENDANCE_MUTATION: Operation<
  MarkAttendanceData,
  { id: string; attended: boolean }
> = {
  query: `mutation MarkAttendance($id: ID!, $attended: Boolean!) {
  markAttendance(id: $id, attended: $attended) { ${BOOKING_RESULT_FIELDS} }
}`,
};

export interface GiveFeedbackData {
  giveFeedback: BookingFeedback;
}
export const GIVE_FEEDBACK_MUTATION: Operation<GiveFeedbackData, { input: GiveFeedbackInput }> = {
  query: `mutation GiveFeedback($input: GiveFeedbackInput!) {
  giveFeedback(input: $input) { ${FEEDBACK_FIELDS} }
}`,
};
