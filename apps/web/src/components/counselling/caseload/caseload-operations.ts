import type { Operation } from '@/lib/graphql';
import type { IntakePriorityName, IntakeRequest } from '../intake/intake-operations';

/** The coordinator's home (/veileder) and the office lead's view (/veileder/kontor). */

export type GoalKindName = 'JOB' | 'APPRENTICESHIP' | 'SCHOOL' | 'ACTIVITY';

export interface CaseloadYouth {
  youthId: string;
  displayName: string;
  startedAt: string;
  followUp: {
    goalKind: GoalKindName;
    followUpEndsOn: string;
    completed: boolean;
  } | null;
}

export interface FollowUpDue {
  youthId: string;
  displayName: string;
  goalKind: GoalKindName;
  month: number;
  dueOn: string;
  completed: boolean;
}

export interface CoordinatorLoad {
  coordinatorId: string;
  displayName: string;
  role: string;
  active: number;
  max: number;
  free: number;
}

export interface WaitingIntake {
  id: string;
  youthId: string;
  displayName: string;
  priority: IntakePriorityName;
  createdAt: string;
  waitingDays: number;
  answers: {
    followUpNeed: string;
    timeOutside: string;
    helpWanted: string[];
    currentSituation: string;
    whatMatters: string;
  };
}

export interface OfficeLoad {
  navOfficeId: string;
  officeName: string;
  max: number;
  viewerIsLead: boolean;
  coordinators: CoordinatorLoad[];
  waiting: WaitingIntake[];
  caseloads: {
    youthId: string;
    displayName: string;
    coordinatorId: string;
    coordinatorName: string;
  }[];
}

export const COORDINATOR_HOME_QUERY: Operation<{
  myCaseload: CaseloadYouth[];
  followUpsDue: FollowUpDue[];
  officeLoad: Pick<OfficeLoad, 'max'>;
}> = {
  query: `query CoordinatorHome {
  myCaseload { youthId displayName startedAt followUp { goalKind followUpEndsOn completed } }
  followUpsDue { youthId displayName goalKind month dueOn completed }
  officeLoad { max }
}`,
};

export const OFFICE_LOAD_QUERY: Operation<{ officeLoad: OfficeLoad }> = {
  query: `query OfficeLoad {
  officeLoad {
    navOfficeId officeName max viewerIsLead
    coordinators { coordinatorId displayName role active max free }
    waiting {
      id youthId displayName priority createdAt waitingDays
      answers { followUpNeed timeOutside helpWanted currentSituation whatMatters }
    }
    caseloads { youthId displayName coordinatorId coordinatorName }
  }
}`,
};

export const ROUTE_INTAKE_MUTATION: Operation<
  { routeIntakeRequest: IntakeRequest },
  { requestId: string; coordinatorId: string }
> = {
  query: `mutation RouteIntake($requestId: ID!, $coordinatorId: ID!) {
  routeIntakeRequest(requestId: $requestId, coordinatorId: $coordinatorId) { id status coordinatorName }
}`,
};

export const REASSIGN_MUTATION: Operation<
  { assignCoordinator: { youthId: string; coordinatorId: string } },
  { youthId: string; coordinatorId: string }
> = {
  query: `mutation Reassign($youthId: ID!, $coordinatorId: ID) {
  assignCoordinator(youthId: $youthId, coordinatorId: $coordinatorId) { youthId coordinatorId }
}`,
};
