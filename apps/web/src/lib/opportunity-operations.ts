import type {
  ApplicationStatusName,
  CreateApprenticeshipInput,
  CreateSimpleJobInput,
  OpportunityBasicsInput,
  OpportunityDetails,
  OwnOpportunity,
} from './api-types';
import type { Operation } from './graphql';

/**
 * Operations of issue 5's employer pages: every kind of opportunity, its lifecycle (publish,
 * close, archive, duplicate, edit) and hospitering's bulk days. A module of its own, apart from
 * `operations.ts`, so other routes' islands do not carry these strings.
 */

export const KIND_FACT_FIELDS =
  'places startDate applicationDeadline requirements hoursPerWeek schedule adaptationsOffered strengthsSought';

const ADDRESS_FIELDS =
  'street postalCode postalPlace municipalityCode municipalityName latitude longitude';

export interface OpportunityDetailsData {
  opportunity: OpportunityDetails | null;
}
export const OPPORTUNITY_DETAILS_QUERY: Operation<OpportunityDetailsData, { id: string }> = {
  query: `query OpportunityDetails($id: ID!) {
  opportunity(id: $id) {
    id kind status title description tasks practicalInfo programmeCode tradeCode
    address { ${ADDRESS_FIELDS} }
    employer { id name organisationNumber }
    slots { id date startTime endTime capacity seatsBooked seatsLeft }
    nextDate seatsLeft ${KIND_FACT_FIELDS}
  }
}`,
};

/** One of the employer's own opportunities with the counts the dashboard shows. */
export type DashboardOpportunity = OwnOpportunity &
  Pick<OpportunityDetails, 'places' | 'startDate' | 'applicationDeadline' | 'hoursPerWeek'> & {
    bookingsCount: number | null;
    applicationsCount: number | null;
  };

export interface DashboardData {
  myOpportunities: DashboardOpportunity[];
}
const FEEDBACK_FIELDS = 'rating comment createdAt';
/** /arbeidsgiver: every own opportunity, its days and bookings (with feedback) and its counts. */
export const DASHBOARD_QUERY: Operation<DashboardData> = {
  query: `query EmployerDashboard {
  myOpportunities {
    id kind status title nextDate seatsLeft
    places startDate applicationDeadline hoursPerWeek bookingsCount applicationsCount
    slots { id date startTime endTime capacity seatsBooked seatsLeft }
    bookings {
      id status pupilName waitlistPosition slot { id date startTime endTime }
      feedbackFromPupil { ${FEEDBACK_FIELDS} } feedbackFromEmployer { ${FEEDBACK_FIELDS} }
    }
  }
}`,
};

/** Id, status and title: what the lifecycle mutations answer with. */
export type Lifecycle = Pick<OpportunityDetails, 'id' | 'status' | 'title'>;

export interface CreateApprenticeshipData {
  createApprenticeship: Lifecycle;
}
export const CREATE_APPRENTICESHIP_MUTATION: Operation<
  CreateApprenticeshipData,
  { input: CreateApprenticeshipInput }
> = {
  query: `mutation CreateApprenticeship($input: CreateApprenticeshipInput!) {
  createApprenticeship(input: $input) { id status title }
}`,
};

export interface CreateSimpleJobData {
  createSimpleJob: Lifecycle;
}
export const CREATE_SIMPLE_JOB_MUTATION: Operation<
  CreateSimpleJobData,
  { input: CreateSimpleJobInput }
> = {
  query: `mutation CreateSimpleJob($input: CreateSimpleJobInput!) {
  createSimpleJob(input: $input) { id status title }
}`,
};

export interface UpdateOpportunityData {
  updateOpportunity: Lifecycle;
}
export const UPDATE_OPPORTUNITY_MUTATION: Operation<
  UpdateOpportunityData,
  {
    id: string;
    input: OpportunityBasicsInput | CreateApprenticeshipInput | CreateSimpleJobInput;
  }
> = {
  query: `mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, input: $input) { id status title }
}`,
};

export interface PublishData {
  publishOpportunity: Lifecycle;
}
export const PUBLISH_MUTATION: Operation<PublishData, { id: string }> = {
  query: `mutation PublishOpportunity($id: ID!) { publishOpportunity(id: $id) { id status title } }`,
};

export interface CloseData {
  closeOpportunity: Lifecycle;
}
export const CLOSE_MUTATION: Operation<CloseData, { id: string }> = {
  query: `mutation CloseOpportunity($id: ID!) { closeOpportunity(id: $id) { id status title } }`,
};

export interface ArchiveData {
  archiveOpportunity: Lifecycle;
}
export const ARCHIVE_MUTATION: Operation<ArchiveData, { id: string }> = {
  query: `mutation ArchiveOpportunity($id: ID!) { archiveOpportunity(id: $id) { id status title } }`,
};

export interface DuplicateData {
  duplicateOpportunity: Lifecycle;
}
export const DUPLICATE_MUTATION: Operation<DuplicateData, { id: string }> = {
  query: `mutation DuplicateOpportunity($id: ID!) { duplicateOpportunity(id: $id) { id status title } }`,
};

export type WeekdayName =
  'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

export interface SlotPatternInput {
  weekdays: WeekdayName[];
  fromDate: string;
  toDate: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

export interface AddSlotsData {
  addSlots: { createdDates: string[]; skippedDates: string[] };
}
export const ADD_SLOTS_MUTATION: Operation<
  AddSlotsData,
  { opportunityId: string; pattern: SlotPatternInput }
> = {
  query: `mutation AddSlots($opportunityId: ID!, $pattern: SlotPatternInput!) {
  addSlots(opportunityId: $opportunityId, pattern: $pattern) { createdDates skippedDates }
}`,
};

export type { ApplicationStatusName };

export interface RemoveSlotData {
  removeSlot: Lifecycle;
}
export const REMOVE_SLOT_MUTATION: Operation<RemoveSlotData, { slotId: string }> = {
  query: `mutation RemoveSlot($slotId: ID!) { removeSlot(slotId: $slotId) { id status title } }`,
};
