import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchOpportunitiesInput } from './dtos/search-opportunities.input';
import { OpportunitySearchService } from './opportunity-search.service';
import { OpportunitySearchResult } from './opportunity-search.types';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: OpportunitySearchService) {}

  @Query(() => OpportunitySearchResult, {
    description: 'Published opportunities; open to everyone',
  })
  searchOpportunities(
    // Typed without `| null` so the validation pipe sees the class (decorator metadata drops unions).
    @Args('input', { type: () => SearchOpportunitiesInput, nullable: true })
    input: SearchOpportunitiesInput,
  ): Promise<OpportunitySearchResult> {
    return this.search.search(input);
  }
}
