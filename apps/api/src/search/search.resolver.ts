import { Args, Query, Resolver } from '@nestjs/graphql';
import { QuickSearchInput } from './dtos/quick-search.input';
import { SearchOpportunitiesInput } from './dtos/search-opportunities.input';
import { OpportunitySearchService } from './opportunity-search.service';
import { OpportunitySearchResult } from './opportunity-search.types';
import { QuickSearchService } from './quick-search.service';
import { QuickSearchResult } from './quick-search.types';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: OpportunitySearchService,
    private readonly quick: QuickSearchService,
  ) {}

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

  @Query(() => QuickSearchResult, {
    description: 'The header search box: opportunities, employers and trades in one round trip',
  })
  quickSearch(
    @Args('input', { type: () => QuickSearchInput }) input: QuickSearchInput,
  ): Promise<QuickSearchResult> {
    return this.quick.search(input);
  }
}
