import type { GeoPoint, OpportunityKind } from '@akselerator/domain';
import type { SearchSort } from './dtos/search-opportunities.input';
import type { OpportunityFacet } from './opportunity-index';

/** A validated search, independent of the engine that answers it. */
export interface SearchQuery {
  text: string;
  facets: Record<OpportunityFacet, string[]>;
  kinds: OpportunityKind[];
  dateFrom: string;
  dateTo: string | null;
  near: GeoPoint | null;
  maxDistanceKm: number | null;
  order: SearchSort;
  offset: number;
  limit: number;
  today: string;
}

export interface SearchHit {
  id: string;
  kind: OpportunityKind;
  title: string;
  highlightedTitle?: string;
  employerName: string;
  programmeCode: string;
  tradeCode: string;
  municipalityCode: string;
  municipalityName: string;
  nextDate: string | null;
  seatsLeft: number;
  distanceKm: number | null;
}

export interface SearchAnswer {
  hits: SearchHit[];
  totalHits: number;
  facets: { attribute: OpportunityFacet; values: { value: string; count: number }[] }[];
}
