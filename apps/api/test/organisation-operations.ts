/** The GraphQL operations of organisations, cohorts, caseloads and the access log (as the web sends them). */
export const CREATE_COHORT = /* GraphQL */ `
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      name
      schoolYear
      schoolName
      pupilCount
      classCodes {
        id
        code
        active
      }
    }
  }
`;

export const CREATE_CLASS_CODE = /* GraphQL */ `
  mutation CreateClassCode($input: CreateClassCodeInput!) {
    createClassCode(input: $input) {
      id
      code
      expiresAt
      revokedAt
      active
    }
  }
`;

export const REVOKE_CLASS_CODE = /* GraphQL */ `
  mutation RevokeClassCode($id: ID!) {
    revokeClassCode(id: $id) {
      id
      active
      revokedAt
    }
  }
`;

export const MY_COHORTS = /* GraphQL */ `
  query {
    myCohorts {
      id
      name
      schoolYear
      pupilCount
      classCodes {
        code
        active
      }
    }
  }
`;

export const MY_COHORT = /* GraphQL */ `
  query {
    myCohort {
      cohortId
      cohortName
      schoolYear
      schoolName
    }
  }
`;

export const COHORT_PUPILS = /* GraphQL */ `
  query CohortPupils($cohortId: ID!) {
    cohortPupils(cohortId: $cohortId) {
      youthId
      displayName
      daysBooked
      daysAttended
    }
  }
`;

export const SIGN_UP_WITH_CLASS_CODE = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      role
    }
  }
`;

export const YOUTH_OVERVIEW = /* GraphQL */ `
  query YouthOverview($youthId: ID!, $purpose: String) {
    youthOverview(youthId: $youthId, purpose: $purpose) {
      youthId
      displayName
      accessBasis
      schoolName
      cohortName
      schoolYear
      coordinatorName
      profile {
        tradeCodes
        strengths
      }
      bookings {
        requested
        confirmed
        attended
      }
    }
  }
`;

export const ASSIGN_COORDINATOR = /* GraphQL */ `
  mutation Assign($youthId: ID!, $coordinatorId: ID) {
    assignCoordinator(youthId: $youthId, coordinatorId: $coordinatorId) {
      youthId
      displayName
      coordinatorId
      coordinatorName
      startedAt
      endedAt
    }
  }
`;

export const END_FOLLOW_UP = /* GraphQL */ `
  mutation End($youthId: ID!) {
    endFollowUp(youthId: $youthId) {
      youthId
      endedAt
    }
  }
`;

export const MY_CASELOAD = /* GraphQL */ `
  query {
    myCaseload {
      youthId
      displayName
      startedAt
    }
  }
`;

export const MY_ORGANISATION = /* GraphQL */ `
  query {
    myOrganisation {
      kind
      id
      name
      counsellorRole
      employerRole
    }
  }
`;

export const MY_ACCESS_LOG = /* GraphQL */ `
  query AccessLog($first: Int, $after: String) {
    myAccessLog(first: $first, after: $after) {
      entries {
        id
        at
        actorName
        actorRoleLabel
        actorOrganisation
        action
        actionLabel
        purpose
        outcome
      }
      nextCursor
    }
  }
`;

export const INVITE_EMPLOYER_MEMBER = /* GraphQL */ `
  mutation Invite($input: InviteEmployerMemberInput!) {
    inviteEmployerMember(input: $input) {
      id
      email
      expiresAt
    }
  }
`;

export const ACCEPT_EMPLOYER_INVITATION = /* GraphQL */ `
  mutation Accept($input: AcceptEmployerInvitationInput!) {
    acceptEmployerInvitation(input: $input) {
      id
      email
      role
      employer {
        id
        name
      }
    }
  }
`;

export const EMPLOYER_MEMBERS = /* GraphQL */ `
  query {
    employerMembers {
      accountId
      displayName
      email
      role
    }
  }
`;

export const CREATE_SCHOOL = /* GraphQL */ `
  mutation CreateSchool($input: CreateOrganisationInput!) {
    createSchool(input: $input) {
      kind
      id
      name
      municipalityCode
      counsellorCount
    }
  }
`;

export const CREATE_NAV_OFFICE = /* GraphQL */ `
  mutation CreateNavOffice($input: CreateOrganisationInput!) {
    createNavOffice(input: $input) {
      kind
      id
      name
    }
  }
`;

export const ORGANISATIONS = /* GraphQL */ `
  query {
    organisations {
      kind
      id
      name
      municipalityCode
      counsellorCount
    }
  }
`;

export const ADD_COUNSELLOR = /* GraphQL */ `
  mutation AddCounsellor($input: AddCounsellorInput!) {
    addCounsellor(input: $input) {
      accountId
      displayName
      email
      role
      organisationId
      organisationName
    }
  }
`;

export const REMOVE_COUNSELLOR = /* GraphQL */ `
  mutation RemoveCounsellor($accountId: ID!) {
    removeCounsellor(accountId: $accountId)
  }
`;

export const JOIN_COHORT = /* GraphQL */ `
  mutation JoinCohort($classCode: String!) {
    joinCohort(classCode: $classCode) {
      cohortId
      cohortName
      schoolName
    }
  }
`;

export const REMOVE_EMPLOYER_MEMBER = /* GraphQL */ `
  mutation RemoveEmployerMember($accountId: ID!) {
    removeEmployerMember(accountId: $accountId)
  }
`;

export const REVOKE_EMPLOYER_INVITATION = /* GraphQL */ `
  mutation RevokeEmployerInvitation($id: ID!) {
    revokeEmployerInvitation(id: $id)
  }
`;
