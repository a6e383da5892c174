import { SearchSort } from './dtos/search-opportunities.input';
import { DISJUNCTIVE_FACETS, type DisjunctiveFacet } from './opportunity-index';
import { dateToNumber } from './opportunity-document';
import type { SearchQuery } from './search-query';

const quote = (value: string): string => JSON.stringify(value);

/** A part of the filter that facet counting can leave out. */
export type LeaveOut = DisjunctiveFacet | 'hasFreeSeats';

const dateRange = (query: SearchQuery): string => {
  const from = dateToNumber(query.dateFrom);
  return query.dateTo ? `${from} TO ${dateToNumber(query.dateTo)}` : `>= ${from}`;
};

/**
 * A free seat in the date range (hospitering), or open places (apprenticeships and simple jobs,
 * whose `openPlaces` is set when indexed). Hospitering keeps per-date seats so the answer does not
 * go stale as days pass.
 */
export const freeSeatsClause = (query: SearchQuery): string =>
  `(freeDates ${dateRange(query)} OR openPlaces = true)`;

/**
 * Meilisearch filter clauses (AND-ed) for a query. `leaveOut` drops that part's own selection,
 * which gives disjunctive facet counts: picking "Frisørfaget" still shows how many hits the other
 * trades would give.
 */
export function buildMeilisearchFilter(query: SearchQuery, leaveOut?: LeaveOut): string[] {
  const clauses: string[] = [];
  for (const facet of DISJUNCTIVE_FACETS) {
    const selected = query.facets[facet];
    if (facet === leaveOut || selected.length === 0) continue;
    clauses.push(`${facet} IN [${selected.map(quote).join(', ')}]`);
  }
  for (const adaptation of query.adaptations) clauses.push(`adaptations = ${quote(adaptation)}`);
  // A simple job without a start date is open whenever, so it matches any date range.
  clauses.push(`(dates ${dateRange(query)} OR dates IS EMPTY)`);
  // NOT EXISTS: documents indexed before deadlines existed stay visible until the next reindex.
  clauses.push(`(applyBy >= ${dateToNumber(query.today)} OR applyBy NOT EXISTS)`);
  if (query.onlyWithFreeSeats && leaveOut !== 'hasFreeSeats') clauses.push(freeSeatsClause(query));
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
