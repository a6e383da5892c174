import type {
  ApplicationStatusChange,
  ApplyToOpportunityInput,
  MoveApplicationInput,
  OwnApplication,
  ReceivedApplication,
} from './api-types';
import type { Operation } from './graphql';

/**
 * Applications (søknader): applying, the youth's list, withdrawing and accepting, and the
 * employer's review. A module of its own, so other routes' islands do not carry these strings.
 */

const RESULT_FIELDS = 'id status statusChangedAt';

export interface ApplicationResult {
  id: string;
  status: OwnApplication['status'];
  statusChangedAt: string;
}

export interface MyApplicationData {
  opportunity: {
    id: string;
    myApplication: Pick<
      OwnApplication,
      'id' | 'status' | 'appliedAt' | 'declineReason' | 'declineMessage'
    > | null;
  } | null;
}
export const MY_APPLICATION_QUERY: Operation<MyApplicationData, { id: string }> = {
  query: `query MyApplication($id: ID!) {
  opportunity(id: $id) { id myApplication { id status appliedAt declineReason declineMessage } }
}`,
};

/** The youth's own application with its history (who moved it, and when). */
export type OwnApplicationWithHistory = OwnApplication & { history: ApplicationStatusChange[] };

export interface MyApplicationsData {
  myApplications: OwnApplicationWithHistory[];
}
export const MY_APPLICATIONS_QUERY: Operation<MyApplicationsData> = {
  query: `query MyApplications {
  myApplications {
    id status motivation sharedFields appliedAt statusChangedAt declineReason declineMessage
    opportunity { id kind title employer { name } }
    history { id fromStatus toStatus changedByRole changedAt }
  }
}`,
};

export interface ApplicationsForOpportunityData {
  applicationsForOpportunity: ReceivedApplication[];
}
export const APPLICATIONS_FOR_OPPORTUNITY_QUERY: Operation<
  ApplicationsForOpportunityData,
  { opportunityId: string }
> = {
  query: `query ApplicationsForOpportunity($opportunityId: ID!) {
  applicationsForOpportunity(opportunityId: $opportunityId) {
    id status motivation appliedAt statusChangedAt declineReason
    applicant { name email age homeMunicipalityName programmeCodes tradeCodes strengths adaptationsNeeded }
    history { id fromStatus toStatus changedByRole changedAt }
  }
}`,
};

export interface ApplyData {
  applyToOpportunity: ApplicationResult;
}
export const APPLY_MUTATION: Operation<ApplyData, { input: ApplyToOpportunityInput }> = {
  query: `mutation ApplyToOpportunity($input: ApplyToOpportunityInput!) {
  applyToOpportunity(input: $input) { ${RESULT_FIELDS} }
}`,
};

export interface WithdrawData {
  withdrawApplication: ApplicationResult;
}
export const WITHDRAW_MUTATION: Operation<WithdrawData, { id: string }> = {
  query: `mutation WithdrawApplication($id: ID!) { withdrawApplication(id: $id) { ${RESULT_FIELDS} } }`,
};

export interface AcceptOfferData {
  acceptOffer: ApplicationResult;
}
export const ACCEPT_OFFER_MUTATION: Operation<AcceptOfferData, { id: string }> = {
  query: `mutation AcceptOffer($id: ID!) { acceptOffer(id: $id) { ${RESULT_FIELDS} } }`,
};

export interface MoveApplicationData {
  moveApplication: ApplicationResult;
}
export const MOVE_APPLICATION_MUTATION: Operation<
  MoveApplicationData,
  { input: MoveApplicationInput }
> = {
  query: `mutation MoveApplication($input: MoveApplicationInput!) {
  moveApplication(input: $input) { ${RESULT_FIELDS} }
}`,
};
