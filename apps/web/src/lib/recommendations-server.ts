import { unstable_rethrow } from 'next/navigation';
import type { RecommendationList } from './api-types';
import { graphqlServer } from './graphql-server';
import { RECOMMENDED_QUERY } from './profile-operations';

/**
 * "Anbefalt for deg" for the signed-in youth, or null when the API cannot give it (then the
 * page says so, or leaves the section out): recommendations must never take a page down.
 */
export async function loadRecommendations(first: number): Promise<RecommendationList | null> {
  try {
    return (await graphqlServer(RECOMMENDED_QUERY, { first })).recommendedOpportunities;
  } catch (error) {
    unstable_rethrow(error);
    console.error(
      '[web] recommendedOpportunities failed:',
      error instanceof Error ? error.message : error,
    );
    return null;
  }
}
