import type { Adaptation, GeoPoint, OpportunityKind } from '@akselerator/domain';
import type { SearchSort } from './dtos/search-opportunities.input';
import type { DisjunctiveFacet, OpportunityFacet } from './opportunity-index';

/** A validated search, independent of the engine that answers it. */
export interface SearchQuery {
  text: string;
  /** Per facet, the values picked (any of them matches); `kind` holds OpportunityKind values. */
  facets: Record<DisjunctiveFacet, string[]>;
  /** Adaptations the workplace must all offer. */
  adaptations: Adaptation[];
  onlyWithFreeSeats: boolean;
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
  startDate: string | null;
  applicationDeadline: string | null;
  hoursPerWeek: number | null;
  adaptations: Adaptation[];
}

export interface FacetCounts {
  attribute: OpportunityFacet;
  values: { value: string; count: number }[];
}

export interface SearchAnswer {
  hits: SearchHit[];
  totalHits: number;
  facets: FacetCounts[];
}

/** Facet values by count, then by value; past months dropped (a listing's earlier days linger). */
export function sortFacetValues(
  attribute: OpportunityFacet,
  counts: Record<string, number>,
  today: string,
): FacetCounts {
  const thisMonth = today.slice(0, 7);
  return {
    attribute,
    values: Object.entries(counts)
      .filter(([value, count]) => count > 0 && (attribute !== 'months' || value >= thisMonth))
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) =>
        attribute === 'months'
          ? a.value.localeCompare(b.value)
          : b.count - a.count || a.value.localeCompare(b.value),
      ),
  };
}
