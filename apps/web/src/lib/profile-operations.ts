import type { RecommendationList, UpdateMyProfileInput, YouthProfile } from './api-types';
import type { Operation } from './graphql';

/**
 * Operations of "Min profil" and "Anbefalt for deg". A module of their own, apart from
 * `operations.ts`, so the other routes' islands do not carry these strings.
 */

const PROFILE_FIELDS =
  'programmeCodes tradeCodes strengths adaptationsNeeded kindsWanted homeMunicipalityCode schoolMunicipalityCode maxTravelKm birthDate consentToBeProposed';

export interface MyProfileData {
  myProfile: YouthProfile | null;
}
export const MY_PROFILE_QUERY: Operation<MyProfileData> = {
  query: `query MyProfile { myProfile { ${PROFILE_FIELDS} } }`,
};

export interface UpdateMyProfileData {
  updateMyProfile: YouthProfile;
}
export const UPDATE_MY_PROFILE_MUTATION: Operation<
  UpdateMyProfileData,
  { input: UpdateMyProfileInput }
> = {
  query: `mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) { ${PROFILE_FIELDS} }
}`,
};

export interface RecommendedData {
  recommendedOpportunities: RecommendationList;
}
export const RECOMMENDED_QUERY: Operation<RecommendedData, { first: number }> = {
  query: `query Recommended($first: Int) {
  recommendedOpportunities(first: $first) {
    hasProfile
    items {
      score
      reasons { code text textEn }
      opportunity { id kind title tradeCode nextDate seatsLeft startDate applicationDeadline hoursPerWeek employer { name } address { municipalityName } }
    }
  }
}`,
};
