import { distanceKm } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { Hit, MultiSearchParams, MultiSearchQuery } from 'meilisearch';
import { FacetCountCache } from './facet-count-cache';
import { HIGHLIGHT_END, HIGHLIGHT_START, toSafeHighlight } from './highlight';
import {
  buildMeilisearchFilter,
  buildMeilisearchSort,
  freeSeatsClause,
} from './meilisearch-filter';
import {
  DISJUNCTIVE_FACETS,
  HIT_ATTRIBUTES,
  OPPORTUNITY_FACETS,
  type OpportunityFacet,
} from './opportunity-index';
import { upcomingFromDocument, type OpportunityDocument } from './opportunity-document';
import { SearchIndexService } from './search-index.service';
import {
  sortFacetValues,
  type SearchAnswer,
  type SearchHit,
  type SearchQuery,
} from './search-query';

type FacetDistribution = Partial<Record<string, Record<string, number>>>;

// Counted from the index's own facet distribution; hasFreeSeats is counted with two filters.
const INDEX_FACETS = OPPORTUNITY_FACETS.filter((facet) => facet !== 'hasFreeSeats');

/** A hit as the API shows it, from an index document seen from `today` and the given point. */
export function toSearchHit(
  hit: Hit<OpportunityDocument>,
  query: Pick<SearchQuery, 'near' | 'today'>,
): SearchHit {
  const { nextDate, seatsLeft } = upcomingFromDocument(hit, query.today);
  const formattedTitle = hit._formatted?.title;
  return {
    id: hit.id,
    kind: hit.kind,
    title: hit.title,
    highlightedTitle: toSafeHighlight(formattedTitle ?? hit.title),
    employerName: hit.employerName,
    programmeCode: hit.programmeCode,
    tradeCode: hit.tradeCode,
    municipalityCode: hit.municipalityCode,
    municipalityName: hit.municipalityName,
    nextDate,
    seatsLeft,
    distanceKm: query.near
      ? distanceKm(query.near, { latitude: hit._geo.lat, longitude: hit._geo.lng })
      : null,
    startDate: hit.startDate ?? null,
    applicationDeadline: hit.applicationDeadline ?? null,
    hoursPerWeek: hit.hoursPerWeek ?? null,
    // Documents indexed before adaptations existed lack the field until the next reindex.
    adaptations: (hit as Partial<OpportunityDocument>).adaptations ?? [],
  };
}

/** Answers a search from Meilisearch in one multi-search round trip. */
@Injectable()
export class MeilisearchOpportunitySearch {
  private readonly sideCounts: FacetCountCache;

  constructor(private readonly index: SearchIndexService) {
    this.sideCounts = new FacetCountCache(() => index.writes);
  }

  async search(query: SearchQuery): Promise<SearchAnswer> {
    const indexUid = this.index.opportunityIndexUid;
    const common = { indexUid, q: query.text };
    const filter = buildMeilisearchFilter(query);
    const selectedFacets = DISJUNCTIVE_FACETS.filter((facet) => query.facets[facet].length > 0);
    // On a page boundary the page itself brings the exhaustive count and the facets: one search less.
    const paged = query.offset % query.limit === 0;
    const withoutFreeSeats = buildMeilisearchFilter(query, 'hasFreeSeats');
    const cacheKey = FacetCountCache.key(query);
    const generation = this.index.writes;
    const cached = this.sideCounts.get(cacheKey);
    const counting = (extra: { filter: string[]; facets?: string[] }): MultiSearchQuery => ({
      ...common,
      ...extra,
      page: 1,
      hitsPerPage: 0,
    });
    const sideQueries: MultiSearchQuery[] = cached
      ? []
      : [
          // How many of the hits (free-seat choice left out) have a free seat.
          counting({ filter: [...withoutFreeSeats, freeSeatsClause(query)] }),
          ...(query.onlyWithFreeSeats ? [counting({ filter: withoutFreeSeats })] : []),
          ...selectedFacets.map((facet) =>
            counting({ filter: buildMeilisearchFilter(query, facet), facets: [facet] }),
          ),
        ];
    const queries: MultiSearchQuery[] = [
      {
        ...common,
        filter,
        sort: buildMeilisearchSort(query),
        ...(paged
          ? { page: query.offset / query.limit + 1, hitsPerPage: query.limit, facets: INDEX_FACETS }
          : { offset: query.offset, limit: query.limit }),
        attributesToRetrieve: HIT_ATTRIBUTES,
        attributesToHighlight: ['title'],
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
      },
      // Exhaustive count and the facets of the whole result, without fetching documents.
      ...(paged ? [] : [counting({ filter, facets: INDEX_FACETS })]),
      ...sideQueries,
    ];
    const { results } = await this.index.client.multiSearch<MultiSearchParams, OpportunityDocument>(
      { queries },
    );
    const [page] = results;
    const rest = results.slice(1);
    const totals = paged ? page : rest.shift();
    if (!page || !totals || rest.length !== sideQueries.length)
      throw new Error('Meilisearch answered fewer searches than asked');
    const count = (result: { totalHits?: number; estimatedTotalHits?: number }): number =>
      result.totalHits ?? result.estimatedTotalHits ?? 0;

    let side = cached;
    if (!side) {
      const withFree = rest.shift();
      const withoutChoice = query.onlyWithFreeSeats ? rest.shift() : undefined;
      side = {
        free: withFree ? count(withFree) : 0,
        withoutFreeChoice: withoutChoice ? count(withoutChoice) : null,
        disjunctive: Object.fromEntries(
          selectedFacets.map((facet, position) => [
            facet,
            rest[position]?.facetDistribution?.[facet] ?? {},
          ]),
        ),
      };
      this.sideCounts.set(cacheKey, generation, side);
    }
    const distribution: FacetDistribution = {
      ...(totals.facetDistribution ?? {}),
      ...side.disjunctive,
    };
    const all = side.withoutFreeChoice ?? count(totals);
    distribution.hasFreeSeats = { true: side.free, false: Math.max(0, all - side.free) };

    return {
      hits: page.hits.map((hit) => toSearchHit(hit, query)),
      totalHits: count(totals),
      facets: OPPORTUNITY_FACETS.map((attribute: OpportunityFacet) =>
        sortFacetValues(attribute, distribution[attribute] ?? {}, query.today),
      ),
    };
  }
}
