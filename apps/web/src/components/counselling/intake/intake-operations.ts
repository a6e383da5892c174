import type { Operation } from '@/lib/graphql';

/** "En dør inn": the young person's request for a coordinator. */

export type IntakeStatusName = 'WAITING' | 'ROUTED' | 'WITHDRAWN';
export type IntakePriorityName = 'HIGH' | 'NORMAL' | 'LOW';

export interface IntakeRequest {
  id: string;
  status: IntakeStatusName;
  priority: IntakePriorityName;
  createdAt: string;
  routedAt: string | null;
  coordinatorName: string | null;
  navOfficeName: string | null;
}

const REQUEST_FIELDS = 'id status priority createdAt routedAt coordinatorName navOfficeName';

export interface IntakeInputValue {
  followUpNeed: string;
  timeOutside: string;
  helpWanted: string[];
  currentSituation: string;
  whatMatters: string;
}

export const REQUEST_COORDINATOR_MUTATION: Operation<
  { requestCoordinator: IntakeRequest },
  { input: IntakeInputValue }
> = {
  query: `mutation RequestCoordinator($input: IntakeInput!) { requestCoordinator(input: $input) { ${REQUEST_FIELDS} } }`,
};

export interface MyCoordinator {
  coordinatorName: string;
  navOfficeName: string;
}

/** The request and the coordinator now (a caseload may also begin without a request). */
export const MY_INTAKE_STATE_QUERY: Operation<{
  myIntakeRequest: IntakeRequest | null;
  myCoordinator: MyCoordinator | null;
}> = {
  query: `query MyIntakeState { myIntakeRequest { ${REQUEST_FIELDS} } myCoordinator { coordinatorName navOfficeName } }`,
};
