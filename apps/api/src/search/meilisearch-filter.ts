import { SearchSort } from './dtos/search-opportunities.input';
import { OPPORTUNITY_FACETS, type OpportunityFacet } from './opportunity-index';
import { dateToNumber } from './opportunity-document';
import type { SearchQuery } from './search-query';

const quote = (value: string): string => JSON.stringify(value);

/**
 * Meilisearch filter clauses (AND-ed) for a query. `withoutFacet` leaves that facet's own
 * selection out, which gives disjunctive facet counts: picking "Frisørfaget" still shows
 * how many hits the other trades would give.
 */
export function buildMeilisearchFilter(
  query: SearchQuery,
  withoutFacet?: OpportunityFacet,
): string[] {
  const clauses: string[] = [];
  for (const facet of OPPORTUNITY_FACETS) {
    const selected = facet === 'kind' ? query.kinds : query.facets[facet];
    if (facet === withoutFacet || selected.length === 0) continue;
    clauses.push(`${facet} IN [${selected.map(quote).join(', ')}]`);
  }
  const from = dateToNumber(query.dateFrom);
  clauses.push(
    query.dateTo ? `dates ${from} TO ${dateToNumber(query.dateTo)}` : `dates >= ${from}`,
  );
  if (query.near && query.maxDistanceKm !== null) {
    const meters = Math.round(query.maxDistanceKm * 1000);
    clauses.push(`_geoRadius(${query.near.latitude}, ${query.near.longitude}, ${meters})`);
  }
  return clauses;
}

export function buildMeilisearchSort(query: SearchQuery): string[] | undefined {
  switch (query.order) {
    case SearchSort.RELEVANCE:
      return undefined;
    case SearchSort.SOONEST:
      return ['dates:asc'];
    case SearchSort.NEAREST:
      return query.near
        ? [`_geoPoint(${query.near.latitude}, ${query.near.longitude}):asc`]
        : undefined;
  }
}
