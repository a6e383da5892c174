import type { OpportunityHit } from './api-types';
import type { Operation } from './graphql';

/** The header's multi-search: opportunities, employers and trades in one round trip. */

export interface EmployerHit {
  id: string;
  name: string;
  municipalityNames: string[];
  openings: number;
}

export interface TradeHit {
  code: string;
  label: string;
  programmeCode: string;
  programmeLabel: string;
}

export interface QuickSearchResult {
  opportunities: Pick<OpportunityHit, 'id' | 'kind' | 'title' | 'employerName'>[];
  employers: EmployerHit[];
  trades: TradeHit[];
  degraded: boolean;
}

export interface QuickSearchData {
  quickSearch: QuickSearchResult;
}
export const QUICK_SEARCH_QUERY: Operation<
  QuickSearchData,
  { input: { query: string; first?: number } }
> = {
  query: `query QuickSearch($input: QuickSearchInput!) {
  quickSearch(input: $input) {
    opportunities { id kind title employerName }
    employers { id name municipalityNames openings }
    trades { code label programmeCode programmeLabel }
    degraded
  }
}`,
};
