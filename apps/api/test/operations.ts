import { isValidOrganisationNumber } from '@akselerator/domain';

/** The GraphQL operations the web app sends, shared by the integration tests. */
export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      email
      role
      displayName
      employer {
        id
        name
        organisationNumber
      }
    }
  }
`;

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      email
      role
    }
  }
`;

export const SIGN_OUT = /* GraphQL */ `
  mutation {
    signOut
  }
`;

export const ME = /* GraphQL */ `
  query {
    me {
      id
      email
      role
      employer {
        name
      }
    }
  }
`;

export const CREATE_HOSPITERING = /* GraphQL */ `
  mutation Create($input: CreateHospiteringInput!) {
    createHospitering(input: $input) {
      id
      status
      title
      tradeCode
      programmeCode
      seatsLeft
      nextDate
      slots {
        id
        date
        startTime
        endTime
        capacity
        seatsLeft
      }
    }
  }
`;

export const PUBLISH = /* GraphQL */ `
  mutation Publish($id: ID!) {
    publishOpportunity(id: $id) {
      id
      status
      publishedAt
    }
  }
`;

export const OPPORTUNITY = /* GraphQL */ `
  query Opportunity($id: ID!) {
    opportunity(id: $id) {
      id
      title
      status
      tradeCode
      nextDate
      seatsLeft
      employer {
        name
      }
      address {
        street
        municipalityName
        latitude
        longitude
      }
      slots {
        date
        startTime
        endTime
        capacity
        seatsBooked
        seatsLeft
      }
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query Search($input: SearchOpportunitiesInput) {
    searchOpportunities(input: $input) {
      totalHits
      hasNextPage
      endCursor
      degraded
      hits {
        id
        title
        highlightedTitle
        tradeCode
        employerName
        municipalityName
        nextDate
        seatsLeft
        distanceKm
      }
      facets {
        attribute
        values {
          value
          count
        }
      }
    }
  }
`;

export interface SearchData {
  searchOpportunities: {
    totalHits: number;
    hasNextPage: boolean;
    endCursor: string | null;
    degraded: boolean;
    hits: {
      id: string;
      title: string;
      highlightedTitle: string | null;
      tradeCode: string;
      nextDate: string | null;
      seatsLeft: number;
      distanceKm: number | null;
    }[];
    facets: { attribute: string; values: { value: string; count: number }[] }[];
  };
}

/** A date `days` from today in Oslo, as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(date);
}

let organisationCandidate = 910_000_000 + Math.floor(Math.random() * 80_000_000);
/** A valid organisasjonsnummer (mod-11), different on every call. */
export function nextOrganisationNumber(): string {
  for (;;) {
    organisationCandidate += 1;
    const candidate = String(organisationCandidate);
    if (isValidOrganisationNumber(candidate)) return candidate;
  }
}

export function employerSignUp(suffix: string) {
  return {
    email: `eier-${suffix}@salong.example`,
    password: 'Riktig-langt-passord-1',
    displayName: 'Kari Nordmann',
    role: 'EMPLOYER',
    employer: { name: `Salong Markens ${suffix} AS`, organisationNumber: nextOrganisationNumber() },
  };
}

export function hospiteringInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Bli med en dag som frisør',
    description: 'Vi er en travel salong i Markens gate som tar imot elever fra 10. trinn.',
    tasks: 'Du får vaske hår, hilse på kunder og se hvordan vi klipper og farger.',
    practicalInfo: 'Møt opp i resepsjonen kl. 09:00. Ta med matpakke.',
    tradeCode: 'frisor',
    address: {
      street: 'Markens gate 20',
      postalCode: '4611',
      postalPlace: 'Kristiansand S',
      municipalityCode: '4204',
      latitude: 58.1464,
      longitude: 7.9932,
    },
    slots: [
      { date: daysFromToday(14), startTime: '09:00', endTime: '14:00', capacity: 3 },
      { date: daysFromToday(21), startTime: '09:00', endTime: '14:00', capacity: 2 },
    ],
    ...overrides,
  };
}

export const BOOK_SLOT = /* GraphQL */ `
  mutation Book($input: BookSlotInput!) {
    bookSlot(input: $input) {
      id
      status
      waitlistPosition
      slot {
        id
        date
        seatsLeft
      }
    }
  }
`;

export const CANCEL_BOOKING = /* GraphQL */ `
  mutation Cancel($id: ID!) {
    cancelBooking(id: $id) {
      id
      status
    }
  }
`;

export const MY_BOOKINGS = /* GraphQL */ `
  query {
    myBookings {
      id
      status
      waitlistPosition
      slot {
        id
        date
      }
      opportunity {
        title
      }
    }
  }
`;

export interface BookData {
  bookSlot: {
    id: string;
    status: string;
    waitlistPosition: number | null;
    slot: { id: string; date: string; seatsLeft: number };
  };
}

export type { GraphQLResponse as GraphQLResponseOf } from './test-api';

export const CONFIRM_BOOKING = /* GraphQL */ `
  mutation Confirm($id: ID!) {
    confirmBooking(id: $id) {
      id
      status
      answeredAt
    }
  }
`;

export const DECLINE_BOOKING = /* GraphQL */ `
  mutation Decline($id: ID!, $reason: DeclineReason!) {
    declineBooking(id: $id, reason: $reason) {
      id
      status
      declineReason
    }
  }
`;

export const MY_OPPORTUNITY_BOOKINGS = /* GraphQL */ `
  query {
    myOpportunities {
      id
      bookings {
        id
        status
        pupilName
        waitlistPosition
        slot {
          date
        }
      }
    }
  }
`;

export const OPPORTUNITY_BOOKINGS = /* GraphQL */ `
  query OpportunityBookings($id: ID!) {
    opportunity(id: $id) {
      id
      bookings {
        id
        pupilName
      }
    }
  }
`;

export const VERIFY_EMAIL = /* GraphQL */ `
  mutation VerifyEmail($input: TokenInput!) {
    verifyEmail(input: $input)
  }
`;

export const REQUEST_EMAIL_VERIFICATION = /* GraphQL */ `
  mutation {
    requestEmailVerification
  }
`;

export const REQUEST_PASSWORD_RESET = /* GraphQL */ `
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`;

export const RESET_PASSWORD = /* GraphQL */ `
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      id
      email
      emailVerifiedAt
    }
  }
`;

export const SIGN_OUT_EVERYWHERE = /* GraphQL */ `
  mutation {
    signOutEverywhere
  }
`;

export const ME_VERIFIED = /* GraphQL */ `
  query {
    me {
      id
      email
      emailVerifiedAt
    }
  }
`;

const APPLICATION_FIELDS = /* GraphQL */ `
  id
  opportunityId
  status
  motivation
  sharedFields
  declineReason
  declineMessage
  appliedAt
  statusChangedAt
  applicant {
    name
    email
    age
    homeMunicipalityCode
    homeMunicipalityName
    programmeCodes
    tradeCodes
    strengths
    adaptationsNeeded
  }
  opportunity {
    id
    title
    kind
  }
  history {
    fromStatus
    toStatus
    declineReason
    changedById
    changedByRole
    changedAt
  }
`;

export const APPLY_TO_OPPORTUNITY = /* GraphQL */ `
  mutation Apply($input: ApplyToOpportunityInput!) {
    applyToOpportunity(input: $input) { ${APPLICATION_FIELDS} }
  }
`;

export const WITHDRAW_APPLICATION = /* GraphQL */ `
  mutation Withdraw($id: ID!) {
    withdrawApplication(id: $id) { ${APPLICATION_FIELDS} }
  }
`;

export const ACCEPT_OFFER = /* GraphQL */ `
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) { ${APPLICATION_FIELDS} }
  }
`;

export const MOVE_APPLICATION = /* GraphQL */ `
  mutation MoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) { ${APPLICATION_FIELDS} }
  }
`;

export const MY_APPLICATIONS = /* GraphQL */ `
  query MyApplications {
    myApplications { ${APPLICATION_FIELDS} }
  }
`;

export const APPLICATIONS_FOR_OPPORTUNITY = /* GraphQL */ `
  query ApplicationsForOpportunity($opportunityId: ID!) {
    applicationsForOpportunity(opportunityId: $opportunityId) { ${APPLICATION_FIELDS} }
  }
`;

export const APPLICATION = /* GraphQL */ `
  query Application($id: ID!) {
    application(id: $id) { ${APPLICATION_FIELDS} }
  }
`;

export const OPPORTUNITY_APPLICATIONS_SUMMARY = /* GraphQL */ `
  query OpportunityApplications($id: ID!) {
    opportunity(id: $id) {
      id
      applicationsCount
      myApplication {
        id
        status
      }
    }
  }
`;

export interface ApplicationData {
  id: string;
  opportunityId: string;
  status: string;
  motivation: string;
  sharedFields: string[];
  declineReason: string | null;
  declineMessage: string | null;
  appliedAt: string;
  statusChangedAt: string;
  applicant: {
    name: string | null;
    email: string | null;
    age: number | null;
    homeMunicipalityCode: string | null;
    homeMunicipalityName: string | null;
    programmeCodes: string[] | null;
    tradeCodes: string[] | null;
    strengths: string[] | null;
    adaptationsNeeded: string[] | null;
  };
  opportunity: { id: string; title: string; kind: string };
  history: {
    fromStatus: string | null;
    toStatus: string;
    declineReason: string | null;
    changedById: string | null;
    changedByRole: string;
    changedAt: string;
  }[];
}
