import { cache } from 'react';
import type { OpportunityDetails } from './api-types';
import { GraphQLRequestError } from './graphql';
import { graphqlServer } from './graphql-server';
import { OPPORTUNITY_DETAILS_QUERY } from './opportunity-operations';
import { querySignedIn } from './signed-in-query';

/**
 * One opportunity with every field, for the employer's edit, days and applications pages: null
 * when it does not exist (or is not visible), undefined when the API could not answer.
 */
export const loadOwnOpportunity = cache(
  async (id: string, path: string): Promise<OpportunityDetails | null | undefined> =>
    querySignedIn(
      path,
      'opportunity',
      async () => {
        try {
          return (await graphqlServer(OPPORTUNITY_DETAILS_QUERY, { id })).opportunity;
        } catch (error) {
          if (
            error instanceof GraphQLRequestError &&
            (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')
          ) {
            return null;
          }
          throw error;
        }
      },
      undefined,
    ),
);
