import type {
  BookingStatus,
  DeclineReason,
  OpportunityKind,
  OpportunityStatus,
  Role,
} from '@akselerator/domain';

/** TypeScript mirrors of the API's GraphQL types, limited to the fields the web app selects. */

/**
 * A role as it travels on the wire ('YOUTH', 'EMPLOYER', …). A string union rather than the
 * `Role` enum, so client components can compare roles without loading the domain package.
 */
export type RoleName = `${Role}`;

export interface Employer {
  id: string;
  name: string;
  organisationNumber: string;
}

export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: RoleName;
  employer: Employer | null;
}

export interface Address {
  street: string;
  postalCode: string;
  postalPlace: string;
  municipalityCode: string;
  municipalityName: string;
  latitude: number;
  longitude: number;
}

export interface Slot {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  seatsBooked: number;
  seatsLeft: number;
}

export interface Opportunity {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
  programmeCode: string;
  tradeCode: string;
  address: Address;
  employer: Employer;
  slots: Slot[];
  nextDate: string | null;
  seatsLeft: number;
}

/** A booking status on the wire ('REQUESTED', …): a string union, usable without the domain. */
export type BookingStatusName = `${BookingStatus}`;

/** A decline reason on the wire ('NO_SUPERVISOR_THAT_DAY', …). */
export type DeclineReasonName = `${DeclineReason}`;

/** A guardian's consent to a booking of a pupil under 16, as the API names it. */
export type GuardianConsentName = 'NOT_NEEDED' | 'NO_GUARDIAN' | 'PENDING' | 'GIVEN';

/** A booking as the employer sees it on one of their own opportunities. */
export interface OwnBooking {
  id: string;
  status: BookingStatusName;
  pupilName: string | null;
  waitlistPosition: number | null;
  slot: Pick<Slot, 'id' | 'date' | 'startTime' | 'endTime'>;
  /** Under 16: whether a guardian has agreed; null when the API does not say (not a party). */
  guardianConsent?: GuardianConsentName | null;
  /** Selected on /mine-dager and /arbeidsgiver only (`after-day-operations.ts`). */
  feedbackFromPupil?: BookingFeedback | null;
  feedbackFromEmployer?: BookingFeedback | null;
}

export type OwnOpportunity = Pick<
  Opportunity,
  'id' | 'kind' | 'status' | 'title' | 'slots' | 'nextDate' | 'seatsLeft'
> & {
  /** Null when the API does not count the viewer as a member of the employer. */
  bookings: OwnBooking[] | null;
};

/** A booking as the pupil sees it on /mine-dager. */
export interface MyBooking {
  id: string;
  status: BookingStatusName;
  waitlistPosition: number | null;
  declineReason: DeclineReasonName | null;
  declineMessage: string | null;
  createdAt: string;
  slot: Pick<Slot, 'id' | 'date' | 'startTime' | 'endTime'>;
  /** Null when the opportunity is no longer visible (closed or unpublished). */
  opportunity: { id: string; title: string; employer: { name: string } } | null;
  /** Selected on /mine-dager and /arbeidsgiver only (`after-day-operations.ts`). */
  feedbackFromPupil?: BookingFeedback | null;
  feedbackFromEmployer?: BookingFeedback | null;
}

/** What bookSlot, cancelBooking, confirmBooking and declineBooking answer with. */
export interface BookingResult {
  id: string;
  status: BookingStatusName;
  waitlistPosition: number | null;
  slot: Pick<Slot, 'id' | 'date'>;
}

export interface BookSlotInput {
  slotId: string;
  /** 8–100 characters [A-Za-z0-9_-]; one per click, reused when that click is retried. */
  idempotencyKey: string;
  joinWaitlist?: boolean;
}

export interface OpportunityHit {
  id: string;
  kind: OpportunityKind;
  title: string;
  employerName: string;
  programmeCode: string;
  tradeCode: string;
  municipalityCode: string;
  municipalityName: string;
  nextDate: string | null;
  seatsLeft: number;
  distanceKm: number | null;
  highlightedTitle: string | null;
  /** Apprenticeships and simple jobs (null for hospitering). */
  startDate?: string | null;
  applicationDeadline?: string | null;
  hoursPerWeek?: number | null;
  adaptations?: string[];
}

export type FacetAttribute = 'kind' | 'programmeCode' | 'tradeCode' | 'municipalityCode';

export interface Facet {
  attribute: FacetAttribute | (string & {});
  values: { value: string; count: number }[];
}

export interface OpportunitySearchResult {
  hits: OpportunityHit[];
  totalHits: number;
  facets: Facet[];
  endCursor: string | null;
  hasNextPage: boolean;
  degraded: boolean;
}

export type SearchSort = 'RELEVANCE' | 'SOONEST' | 'NEAREST';

export interface SearchOpportunitiesInput {
  query?: string;
  kinds?: OpportunityKind[];
  programmeCodes?: string[];
  tradeCodes?: string[];
  municipalityCodes?: string[];
  months?: string[];
  adaptations?: string[];
  hasFreeSeats?: boolean;
  dateFrom?: string;
  dateTo?: string;
  near?: { latitude: number; longitude: number };
  maxDistanceKm?: number;
  sort?: SearchSort;
  first?: number;
  after?: string;
}

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  role: RoleName;
  employer?: { name: string; organisationNumber: string };
  /** A 10th-grader's class code (issue 4); case and hyphen do not matter. */
  classCode?: string;
}

export interface SignInInput {
  email: string;
  password: string;
}

export interface CreateHospiteringInput {
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
  tradeCode: string;
  address: {
    street: string;
    postalCode: string;
    postalPlace: string;
    municipalityCode: string;
    latitude: number;
    longitude: number;
  };
  slots: { date: string; startTime: string; endTime: string; capacity: number }[];
}

export type NotificationKindName =
  | 'BOOKING_REQUESTED'
  | 'BOOKING_CONFIRMED'
  | 'BOOKING_DECLINED'
  | 'BOOKING_CANCELLED'
  | 'WAITLIST_PROMOTED'
  | 'APPLICATION_RECEIVED'
  | 'APPLICATION_STATUS_CHANGED'
  | 'APPLICATION_WITHDRAWN'
  | 'APPLICATION_ACCEPTED'
  | 'ALLOCATION_PUBLISHED'
  | 'INTAKE_ROUTED'
  | 'PLAN_CHANGED'
  | 'PROPOSAL_RECEIVED'
  | 'PROPOSAL_WITHDRAWN'
  | 'PROPOSAL_ANSWERED'
  | 'PROPOSAL_FOR_EMPLOYER'
  | 'PROPOSAL_EMPLOYER_ANSWERED'
  | 'PROPOSAL_PLACED'
  | 'FOLLOW_UP_REMINDER'
  | 'APPOINTMENT_BOOKED'
  | 'APPOINTMENT_CANCELLED'
  | 'APPOINTMENT_LATE';

/** One of the signed-in user's notifications (`text` is always a Norwegian sentence). */
export interface AppNotification {
  /** Increasing (a bigint as a decimal string): catch up with everything after the last one. */
  id: string;
  kind: NotificationKindName;
  text: string;
  bookingId: string | null;
  createdAt: string;
  /** Not sent over the live channel: a live notification is unread. */
  readAt?: string | null;
}

/** The youth's matching profile (`myProfile`, `updateMyProfile`). */
export interface YouthProfile {
  programmeCodes: string[];
  tradeCodes: string[];
  strengths: string[];
  adaptationsNeeded: string[];
  kindsWanted: `${OpportunityKind}`[];
  homeMunicipalityCode: string | null;
  schoolMunicipalityCode: string | null;
  maxTravelKm: number | null;
  birthDate: string | null;
  consentToBeProposed: boolean;
}

export type UpdateMyProfileInput = YouthProfile;

export interface MatchReason {
  code: string;
  /** Norwegian (bokmål). */
  text: string;
  textEn: string;
}

export interface Recommendation {
  score: number;
  reasons: MatchReason[];
  opportunity: Pick<
    Opportunity,
    'id' | 'kind' | 'title' | 'tradeCode' | 'nextDate' | 'seatsLeft'
  > & {
    employer: Pick<Employer, 'name'>;
    address: Pick<Address, 'municipalityName'>;
    /** Apprenticeships and simple jobs (null for hospitering). */
    startDate: string | null;
    applicationDeadline: string | null;
    hoursPerWeek: number | null;
  };
}

export interface RecommendationList {
  hasProfile: boolean;
  items: Recommendation[];
}

/** A rating (1–5) and one sentence after an attended day, from one side. */
export interface BookingFeedback {
  rating: number;
  comment: string;
  createdAt: string;
}

export interface GiveFeedbackInput {
  bookingId: string;
  rating: number;
  comment: string;
}

// —— Issue 5: apprenticeships, simple jobs, applications, search facets ——

/** An opportunity kind on the wire ('APPRENTICESHIP', …), usable without the domain package. */
export type OpportunityKindName = `${OpportunityKind}`;

/** The columns of apprenticeships and simple jobs (null or empty on the other kinds). */
export interface KindFacts {
  places: number | null;
  startDate: string | null;
  applicationDeadline: string | null;
  requirements: string;
  hoursPerWeek: number | null;
  schedule: string;
  adaptationsOffered: string[];
  strengthsSought: string[];
}

export type OpportunityDetails = Opportunity & KindFacts;

export interface OpportunityBasicsInput {
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
  tradeCode: string;
  address: CreateHospiteringInput['address'];
  adaptationsOffered: string[];
  strengthsSought: string[];
}

export interface CreateApprenticeshipInput extends OpportunityBasicsInput {
  places: number;
  startDate: string;
  applicationDeadline: string;
  requirements: string;
}

export interface CreateSimpleJobInput extends OpportunityBasicsInput {
  hoursPerWeek: number;
  schedule: string;
  startDate: string | null;
  applicationDeadline: string | null;
}

export type ApplicationStatusName =
  'RECEIVED' | 'IN_REVIEW' | 'INTERVIEW' | 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

export type ApplicationDeclineReasonName =
  | 'PLACES_TAKEN'
  | 'REQUIREMENTS_NOT_MET'
  | 'TIMING_DOES_NOT_FIT'
  | 'NO_CAPACITY_TO_FOLLOW_UP'
  | 'PLACE_WITHDRAWN'
  | 'OTHER_APPLICANT_CLOSER_MATCH';

export type ApplicationSharedFieldName =
  'NAME' | 'EMAIL' | 'AGE' | 'HOME_MUNICIPALITY' | 'INTERESTS' | 'STRENGTHS' | 'ADAPTATIONS_NEEDED';

/** The profile values an applicant chose to share (null: not shared). */
export interface SharedProfile {
  name: string | null;
  email: string | null;
  age: number | null;
  homeMunicipalityName: string | null;
  programmeCodes: string[] | null;
  tradeCodes: string[] | null;
  strengths: string[] | null;
  adaptationsNeeded: string[] | null;
}

export interface ApplicationStatusChange {
  id: string;
  fromStatus: ApplicationStatusName | null;
  toStatus: ApplicationStatusName;
  changedByRole: 'YOUTH' | 'EMPLOYER';
  changedAt: string;
}

/** An application as its youth sees it. */
export interface OwnApplication {
  id: string;
  status: ApplicationStatusName;
  motivation: string;
  sharedFields: ApplicationSharedFieldName[];
  appliedAt: string;
  statusChangedAt: string;
  declineReason: ApplicationDeclineReasonName | null;
  declineMessage: string | null;
  opportunity: {
    id: string;
    kind: OpportunityKindName;
    title: string;
    employer: { name: string };
  } | null;
}

/** An application as the employer sees it: only what the youth shared. */
export interface ReceivedApplication {
  id: string;
  status: ApplicationStatusName;
  motivation: string;
  appliedAt: string;
  statusChangedAt: string;
  declineReason: ApplicationDeclineReasonName | null;
  applicant: SharedProfile;
  history: ApplicationStatusChange[];
}

export interface ApplyToOpportunityInput {
  opportunityId: string;
  motivation: string;
  sharedFields: ApplicationSharedFieldName[];
}

export interface MoveApplicationInput {
  id: string;
  status: ApplicationStatusName;
  declineReason?: ApplicationDeclineReasonName | null;
}
