import type { Operation } from './graphql';

export const WHY_NOT_RECOMMENDED_QUERY: Operation<
  { whyNotRecommended: string | null },
  { youthId: string; opportunityId: string }
> = {
  query: `query WhyNotRecommended($youthId: ID!, $opportunityId: ID!) { whyNotRecommended(youthId: $youthId, opportunityId: $opportunityId) }`,
};

export interface FollowedYouth {
  youthId: string;
  displayName: string;
}

export const MY_CASELOAD_NAMES_QUERY: Operation<{ myCaseload: FollowedYouth[] }> = {
  query: `query MyCaseloadNames { myCaseload { youthId displayName } }`,
};
