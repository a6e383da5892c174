import type { Account } from '@/lib/api-types';
import type { Operation } from '@/lib/graphql';

/**
 * Issue 4's operations (identity, organisations, audit, privacy), typed, as plain strings. Kept
 * next to the pages that use them so that no other route's bundle carries them.
 */

const ACCOUNT_FIELDS = 'id email displayName role employer { id name organisationNumber }';

// —— E-mail links: verification and password reset ——

export interface VerifyEmailData {
  verifyEmail: boolean;
}
export const VERIFY_EMAIL_MUTATION: Operation<VerifyEmailData, { input: { token: string } }> = {
  query: `mutation VerifyEmail($input: TokenInput!) { verifyEmail(input: $input) }`,
};

export interface RequestEmailVerificationData {
  requestEmailVerification: boolean;
}
export const REQUEST_EMAIL_VERIFICATION_MUTATION: Operation<RequestEmailVerificationData> = {
  query: `mutation RequestEmailVerification { requestEmailVerification }`,
};

export interface EmailVerifiedData {
  me: { id: string; emailVerifiedAt: string | null } | null;
}
export const EMAIL_VERIFIED_QUERY: Operation<EmailVerifiedData> = {
  query: `query EmailVerified { me { id emailVerifiedAt } }`,
};

export interface RequestPasswordResetData {
  requestPasswordReset: boolean;
}
export const REQUEST_PASSWORD_RESET_MUTATION: Operation<
  RequestPasswordResetData,
  { input: { email: string } }
> = {
  query: `mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
};

export interface ResetPasswordData {
  resetPassword: Account;
}
export const RESET_PASSWORD_MUTATION: Operation<
  ResetPasswordData,
  { input: { token: string; newPassword: string } }
> = {
  query: `mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { ${ACCOUNT_FIELDS} } }`,
};

// —— OpenID Connect (ID-porten, Feide) ——

export interface StartOidcSignInData {
  startOidcSignIn: string;
}
export const START_OIDC_SIGN_IN_MUTATION: Operation<
  StartOidcSignInData,
  { provider: string | null }
> = {
  query: `mutation StartOidcSignIn($provider: String) { startOidcSignIn(provider: $provider) }`,
};

export interface OidcSignInOption {
  id: string;
  kind: 'IDPORTEN' | 'FEIDE' | 'GENERIC';
  name: string;
}
export interface SignInOptionsData {
  signInOptions: { password: boolean; oidc: OidcSignInOption[] };
}
export const SIGN_IN_OPTIONS_QUERY: Operation<SignInOptionsData> = {
  query: `query SignInOptions { signInOptions { password oidc { id kind name } } }`,
};

export interface EmployerInvitationPreviewData {
  employerInvitationPreview: { employerName: string; email: string; expiresAt: string } | null;
}
export const EMPLOYER_INVITATION_PREVIEW_QUERY: Operation<
  EmployerInvitationPreviewData,
  { input: { token: string } }
> = {
  query: `query EmployerInvitationPreview($input: TokenInput!) { employerInvitationPreview(input: $input) { employerName email expiresAt } }`,
};

export interface CompleteOidcSignInData {
  completeOidcSignIn: Account;
}
export const COMPLETE_OIDC_SIGN_IN_MUTATION: Operation<
  CompleteOidcSignInData,
  { input: { callbackUrl: string } }
> = {
  query: `mutation CompleteOidcSignIn($input: CompleteOidcSignInInput!) { completeOidcSignIn(input: $input) { ${ACCOUNT_FIELDS} } }`,
};

export interface SignOutEverywhereData {
  signOutEverywhere: boolean;
}
export const SIGN_OUT_EVERYWHERE_MUTATION: Operation<SignOutEverywhereData> = {
  query: `mutation SignOutEverywhere { signOutEverywhere }`,
};

// —— Employer colleagues ——

export type EmployerRoleName = 'OWNER' | 'MEMBER';

export interface MyOrganisation {
  kind: 'SCHOOL' | 'NAV_OFFICE' | 'EMPLOYER';
  id: string;
  name: string;
  counsellorRole: string | null;
  employerRole: EmployerRoleName | null;
}

export interface EmployerMember {
  accountId: string;
  displayName: string;
  email: string;
  role: EmployerRoleName;
}

export interface EmployerInvitation {
  id: string;
  email: string;
  expiresAt: string;
  createdAt: string;
}

export interface ColleaguesData {
  myOrganisation: MyOrganisation | null;
  employerMembers: EmployerMember[];
}
export const COLLEAGUES_QUERY: Operation<ColleaguesData> = {
  query: `query Colleagues {
  myOrganisation { kind id name counsellorRole employerRole }
  employerMembers { accountId displayName email role }
}`,
};

export interface EmployerInvitationsData {
  employerInvitations: EmployerInvitation[];
}
export const EMPLOYER_INVITATIONS_QUERY: Operation<EmployerInvitationsData> = {
  query: `query EmployerInvitations { employerInvitations { id email expiresAt createdAt } }`,
};

export interface InviteEmployerMemberData {
  inviteEmployerMember: EmployerInvitation;
}
export const INVITE_EMPLOYER_MEMBER_MUTATION: Operation<
  InviteEmployerMemberData,
  { input: { email: string } }
> = {
  query: `mutation InviteEmployerMember($input: InviteEmployerMemberInput!) { inviteEmployerMember(input: $input) { id email expiresAt createdAt } }`,
};

export interface RevokeEmployerInvitationData {
  revokeEmployerInvitation: boolean;
}
export const REVOKE_EMPLOYER_INVITATION_MUTATION: Operation<
  RevokeEmployerInvitationData,
  { id: string }
> = {
  query: `mutation RevokeEmployerInvitation($id: ID!) { revokeEmployerInvitation(id: $id) }`,
};

export interface RemoveEmployerMemberData {
  removeEmployerMember: boolean;
}
export const REMOVE_EMPLOYER_MEMBER_MUTATION: Operation<
  RemoveEmployerMemberData,
  { accountId: string }
> = {
  query: `mutation RemoveEmployerMember($accountId: ID!) { removeEmployerMember(accountId: $accountId) }`,
};

export interface AcceptEmployerInvitationData {
  acceptEmployerInvitation: Account;
}
export const ACCEPT_EMPLOYER_INVITATION_MUTATION: Operation<
  AcceptEmployerInvitationData,
  { input: { token: string; displayName?: string; password?: string } }
> = {
  query: `mutation AcceptEmployerInvitation($input: AcceptEmployerInvitationInput!) { acceptEmployerInvitation(input: $input) { ${ACCOUNT_FIELDS} } }`,
};

// —— School: cohorts, class codes, pupils ——

export interface ClassCode {
  id: string;
  code: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
}

export interface CohortWithCodes {
  id: string;
  name: string;
  schoolYear: string;
  schoolName: string;
  pupilCount: number;
  classCodes: ClassCode[];
}

const CLASS_CODE_FIELDS = 'id code expiresAt revokedAt active';

export interface CohortsWithCodesData {
  myCohorts: CohortWithCodes[];
}
export const COHORTS_WITH_CODES_QUERY: Operation<CohortsWithCodesData> = {
  query: `query CohortsWithCodes { myCohorts { id name schoolYear schoolName pupilCount classCodes { ${CLASS_CODE_FIELDS} } } }`,
};

export interface CreateCohortData {
  createCohort: CohortWithCodes;
}
export const CREATE_COHORT_MUTATION: Operation<
  CreateCohortData,
  { input: { name: string; schoolYear: string } }
> = {
  query: `mutation CreateCohort($input: CreateCohortInput!) { createCohort(input: $input) { id name schoolYear schoolName pupilCount classCodes { ${CLASS_CODE_FIELDS} } } }`,
};

export interface CreateClassCodeData {
  createClassCode: ClassCode;
}
export const CREATE_CLASS_CODE_MUTATION: Operation<
  CreateClassCodeData,
  { input: { cohortId: string; validDays?: number } }
> = {
  query: `mutation CreateClassCode($input: CreateClassCodeInput!) { createClassCode(input: $input) { ${CLASS_CODE_FIELDS} } }`,
};

export interface RevokeClassCodeData {
  revokeClassCode: ClassCode;
}
export const REVOKE_CLASS_CODE_MUTATION: Operation<RevokeClassCodeData, { id: string }> = {
  query: `mutation RevokeClassCode($id: ID!) { revokeClassCode(id: $id) { ${CLASS_CODE_FIELDS} } }`,
};

export interface CohortPupil {
  youthId: string;
  displayName: string;
  joinedAt: string;
  daysBooked: number;
  daysAttended: number;
}

export interface CohortPupilsData {
  cohortPupils: CohortPupil[] | null;
}
export const COHORT_PUPILS_QUERY: Operation<CohortPupilsData, { cohortId: string }> = {
  query: `query CohortPupils($cohortId: ID!) { cohortPupils(cohortId: $cohortId) { youthId displayName joinedAt daysBooked daysAttended } }`,
};

export interface YouthOverview {
  youthId: string;
  displayName: string;
  accessBasis: string;
  schoolName: string | null;
  cohortName: string | null;
  schoolYear: string | null;
  coordinatorName: string | null;
  profile: {
    programmeCodes: string[];
    tradeCodes: string[];
    strengths: string[];
    adaptationsNeeded: string[];
    kindsWanted: string[];
  } | null;
  bookings: {
    requested: number;
    confirmed: number;
    waitlisted: number;
    declined: number;
    cancelled: number;
    attended: number;
    noShow: number;
  };
}

export interface YouthOverviewData {
  youthOverview: YouthOverview | null;
}
export const YOUTH_OVERVIEW_QUERY: Operation<
  YouthOverviewData,
  { youthId: string; purpose: string | null }
> = {
  query: `query YouthOverview($youthId: ID!, $purpose: String) {
  youthOverview(youthId: $youthId, purpose: $purpose) {
    youthId displayName accessBasis schoolName cohortName schoolYear coordinatorName
    profile { programmeCodes tradeCodes strengths adaptationsNeeded kindsWanted }
    bookings { requested confirmed waitlisted declined cancelled attended noShow }
  }
}`,
};

// —— The young person's privacy page ——

export type AuditActionName =
  | 'VIEW_PROFILE'
  | 'VIEW_BOOKINGS'
  | 'VIEW_COHORT_LIST'
  | 'VIEW_CASELOAD'
  | 'ASSIGN_COORDINATOR'
  | 'END_COORDINATOR'
  | 'CHANGE_PLAN'
  | 'CHANGE_PROFILE'
  | 'BOOK_ON_BEHALF'
  | 'VIEW_PLAN'
  | 'CHANGE_MAPPING'
  | 'SUBMIT_INTAKE'
  | 'PROPOSE_MATCH'
  | 'BOOK_APPOINTMENT'
  | 'VIEW_EIGHT_WEEK_LIST'
  | 'VIEW_CANDIDATE_LIST';

export interface AccessLogEntry {
  id: string;
  at: string;
  actorName: string;
  actorRoleLabel: string;
  actorRoleLabelEn: string;
  actorOrganisation: string | null;
  action: AuditActionName;
  actionLabel: string;
  purpose: string;
  purposeEn: string;
  outcome: 'ALLOWED' | 'DENIED';
}

export interface MyAccessLogData {
  myAccessLog: { entries: AccessLogEntry[]; nextCursor: string | null };
}
export const MY_ACCESS_LOG_QUERY: Operation<
  MyAccessLogData,
  { first: number; after: string | null }
> = {
  query: `query MyAccessLog($first: Int!, $after: String) {
  myAccessLog(first: $first, after: $after) {
    entries { id at actorName actorRoleLabel actorRoleLabelEn actorOrganisation action actionLabel purpose purposeEn outcome }
    nextCursor
  }
}`,
};

export interface PupilCohortData {
  myCohort: { cohortName: string; schoolName: string; schoolYear: string } | null;
}
export const MY_COHORT_QUERY: Operation<PupilCohortData> = {
  query: `query MyCohort { myCohort { cohortName schoolName schoolYear } }`,
};

export interface JoinCohortData {
  joinCohort: { cohortName: string; schoolName: string; schoolYear: string };
}
export const JOIN_COHORT_MUTATION: Operation<JoinCohortData, { classCode: string }> = {
  query: `mutation JoinCohort($classCode: String!) { joinCohort(classCode: $classCode) { cohortName schoolName schoolYear } }`,
};

export interface ExportMyDataData {
  exportMyData: string;
}
export const EXPORT_MY_DATA_QUERY: Operation<ExportMyDataData> = {
  query: `query ExportMyData { exportMyData }`,
};

export interface EraseMyAccountData {
  eraseMyAccount: boolean;
}
export const ERASE_MY_ACCOUNT_MUTATION: Operation<EraseMyAccountData, { confirmation: string }> = {
  query: `mutation EraseMyAccount($confirmation: String!) { eraseMyAccount(confirmation: $confirmation) }`,
};
