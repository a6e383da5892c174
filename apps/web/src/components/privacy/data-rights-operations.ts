import type { Operation } from '@/lib/graphql';

/**
 * Data rights beyond export and erasure (issue 4 §6): a guardian's link for a pupil under 16, and
 * correcting one's own account data. Plain typed strings, kept out of other routes' bundles.
 */

// —— A guardian's link ——

export interface MyGuardianData {
  myGuardian: { email: string | null; rightsApply: boolean };
}
export const MY_GUARDIAN_QUERY: Operation<MyGuardianData> = {
  query: `query MyGuardian { myGuardian { email rightsApply } }`,
};

export interface SendGuardianLinkData {
  sendGuardianLink: boolean;
}
export const SEND_GUARDIAN_LINK_MUTATION: Operation<SendGuardianLinkData> = {
  query: `mutation SendGuardianLink { sendGuardianLink }`,
};

export interface RequestGuardianLinkData {
  requestGuardianLink: boolean;
}
export const REQUEST_GUARDIAN_LINK_MUTATION: Operation<
  RequestGuardianLinkData,
  { input: { email: string } }
> = {
  query: `mutation RequestGuardianLink($input: RequestGuardianLinkInput!) { requestGuardianLink(input: $input) }`,
};

export interface GuardianAccessData {
  guardianAccess: { pupilName: string; expiresAt: string };
}
export const GUARDIAN_ACCESS_QUERY: Operation<GuardianAccessData, { input: { token: string } }> = {
  query: `query GuardianAccess($input: GuardianTokenInput!) { guardianAccess(input: $input) { pupilName expiresAt } }`,
};

export interface GuardianExportData {
  guardianExportData: string;
}
export const GUARDIAN_EXPORT_MUTATION: Operation<GuardianExportData, { input: { token: string } }> =
  {
    query: `mutation GuardianExportData($input: GuardianTokenInput!) { guardianExportData(input: $input) }`,
  };

export interface GuardianEraseData {
  guardianEraseAccount: boolean;
}
export const GUARDIAN_ERASE_MUTATION: Operation<
  GuardianEraseData,
  { input: { token: string; confirmation: string } }
> = {
  query: `mutation GuardianEraseAccount($input: GuardianEraseInput!) { guardianEraseAccount(input: $input) }`,
};

// —— Correcting one's own account data ——

export interface MyAccountDetails {
  displayName: string;
  email: string;
  pendingEmail: string | null;
  isPupil: boolean;
  guardianEmail: string | null;
}
const DETAILS = 'displayName email pendingEmail isPupil guardianEmail';

export interface MyAccountDetailsData {
  myAccountDetails: MyAccountDetails;
}
export const MY_ACCOUNT_DETAILS_QUERY: Operation<MyAccountDetailsData> = {
  query: `query MyAccountDetails { myAccountDetails { ${DETAILS} } }`,
};

export interface UpdateMyAccountInput {
  displayName?: string;
  email?: string;
  guardianEmail?: string;
}
export interface UpdateMyAccountData {
  updateMyAccount: MyAccountDetails;
}
export const UPDATE_MY_ACCOUNT_MUTATION: Operation<
  UpdateMyAccountData,
  { input: UpdateMyAccountInput }
> = {
  query: `mutation UpdateMyAccount($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { ${DETAILS} } }`,
};
