import type {
  Account,
  AppNotification,
  BookingResult,
  BookSlotInput,
  DeclineReasonName,
  MyBooking,
  CreateHospiteringInput,
  Opportunity,
  OpportunitySearchResult,
  OwnOpportunity,
  SearchOpportunitiesInput,
  SignInInput,
  SignUpInput,
} from './api-types';
import type { Operation } from './graphql';

/**
 * The GraphQL operations the web app sends, each typed with its data and variables.
 * Plain strings keep the client bundle free of a GraphQL runtime.
 */

const ACCOUNT_FIELDS = 'id email displayName role employer { id name organisationNumber }';

export interface MeData {
  me: Account | null;
}
export const ME_QUERY: Operation<MeData> = {
  query: `query Me { me { ${ACCOUNT_FIELDS} } }`,
};

export interface MyCounsellorRoleData {
  myOrganisation: {
    counsellorRole: 'SCHOOL_COUNSELLOR' | 'COORDINATOR' | 'OFFICE_LEAD' | null;
  } | null;
}
export const MY_COUNSELLOR_ROLE_QUERY: Operation<MyCounsellorRoleData> = {
  query: `query MyCounsellorRole { myOrganisation { counsellorRole } }`,
};

export interface SearchData {
  searchOpportunities: OpportunitySearchResult;
}
export const SEARCH_QUERY: Operation<SearchData, { input: SearchOpportunitiesInput }> = {
  query: `query SearchOpportunities($input: SearchOpportunitiesInput) {
  searchOpportunities(input: $input) {
    hits { id kind title employerName programmeCode tradeCode municipalityCode municipalityName nextDate seatsLeft distanceKm highlightedTitle startDate applicationDeadline hoursPerWeek }
    totalHits
    facets { attribute values { value count } }
    endCursor
    hasNextPage
    degraded
  }
}`,
};

export interface OpportunityData {
  opportunity: Opportunity | null;
}
export const OPPORTUNITY_QUERY: Operation<OpportunityData, { id: string }> = {
  query: `query Opportunity($id: ID!) {
  opportunity(id: $id) {
    id kind status title description tasks practicalInfo programmeCode tradeCode
    address { street postalCode postalPlace municipalityCode municipalityName latitude longitude }
    employer { id name organisationNumber }
    slots { id date startTime endTime capacity seatsBooked seatsLeft }
    nextDate seatsLeft
  }
}`,
};

export interface MyOpportunitiesData {
  myOpportunities: OwnOpportunity[];
}
export const MY_OPPORTUNITIES_QUERY: Operation<MyOpportunitiesData> = {
  query: `query MyOpportunities {
  myOpportunities {
    id kind status title nextDate seatsLeft
    slots { id date startTime endTime capacity seatsBooked seatsLeft }
    bookings { id status pupilName waitlistPosition slot { id date startTime endTime } }
  }
}`,
};

export interface SignUpData {
  signUp: Account;
}
export const SIGN_UP_MUTATION: Operation<SignUpData, { input: SignUpInput }> = {
  query: `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${ACCOUNT_FIELDS} } }`,
};

export interface SignInData {
  signIn: Account;
}
export const SIGN_IN_MUTATION: Operation<SignInData, { input: SignInInput }> = {
  query: `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ${ACCOUNT_FIELDS} } }`,
};

export interface SignOutData {
  signOut: boolean;
}
export const SIGN_OUT_MUTATION: Operation<SignOutData> = {
  query: 'mutation SignOut { signOut }',
};

export interface CreateHospiteringData {
  createHospitering: Pick<Opportunity, 'id' | 'status' | 'title'>;
}
export const CREATE_HOSPITERING_MUTATION: Operation<
  CreateHospiteringData,
  { input: CreateHospiteringInput }
> = {
  query: `mutation CreateHospitering($input: CreateHospiteringInput!) {
  createHospitering(input: $input) { id status title }
}`,
};

export interface PublishOpportunityData {
  publishOpportunity: Pick<Opportunity, 'id' | 'status' | 'title'>;
}
export const PUBLISH_OPPORTUNITY_MUTATION: Operation<PublishOpportunityData, { id: string }> = {
  query: `mutation PublishOpportunity($id: ID!) {
  publishOpportunity(id: $id) { id status title }
}`,
};

const BOOKING_RESULT_FIELDS = 'id status waitlistPosition slot { id date }';

export interface MyBookingsData {
  myBookings: MyBooking[];
}
export const MY_BOOKINGS_QUERY: Operation<MyBookingsData> = {
  query: `query MyBookings {
  myBookings {
    id status waitlistPosition declineReason declineMessage createdAt
    slot { id date startTime endTime }
    opportunity { id title employer { name } }
  }
}`,
};

export interface BookSlotData {
  bookSlot: BookingResult;
}
export const BOOK_SLOT_MUTATION: Operation<BookSlotData, { input: BookSlotInput }> = {
  query: `mutation BookSlot($input: BookSlotInput!) { bookSlot(input: $input) { ${BOOKING_RESULT_FIELDS} } }`,
};

export interface CancelBookingData {
  cancelBooking: BookingResult;
}
export const CANCEL_BOOKING_MUTATION: Operation<CancelBookingData, { id: string }> = {
  query: `mutation CancelBooking($id: ID!) { cancelBooking(id: $id) { ${BOOKING_RESULT_FIELDS} } }`,
};

export interface ConfirmBookingData {
  confirmBooking: BookingResult;
}
export const CONFIRM_BOOKING_MUTATION: Operation<ConfirmBookingData, { id: string }> = {
  query: `mutation ConfirmBooking($id: ID!) { confirmBooking(id: $id) { ${BOOKING_RESULT_FIELDS} } }`,
};

export interface DeclineBookingData {
  declineBooking: BookingResult;
}
export const DECLINE_BOOKING_MUTATION: Operation<
  DeclineBookingData,
  { id: string; reason: DeclineReasonName }
> = {
  query: `mutation DeclineBooking($id: ID!, $reason: DeclineReason!) {
  declineBooking(id: $id, reason: $reason) { ${BOOKING_RESULT_FIELDS} }
}`,
};

const NOTIFICATION_FIELDS = 'id kind text bookingId createdAt readAt';

export interface NotificationsData {
  unreadNotificationCount: number;
  myNotifications: AppNotification[];
}
/** The bell: the unread count and one page (oldest first, 200 at most) after `afterId`. */
export const NOTIFICATIONS_QUERY: Operation<NotificationsData, { afterId: string | null }> = {
  query: `query Notifications($afterId: ID) {
  unreadNotificationCount
  myNotifications(afterId: $afterId) { ${NOTIFICATION_FIELDS} }
}`,
};

export interface MarkNotificationsReadData {
  markNotificationsRead: number;
}
export const MARK_NOTIFICATIONS_READ_MUTATION: Operation<
  MarkNotificationsReadData,
  { upToId: string }
> = {
  query: 'mutation MarkNotificationsRead($upToId: ID!) { markNotificationsRead(upToId: $upToId) }',
};
