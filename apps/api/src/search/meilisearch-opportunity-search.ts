import { distanceKm } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { MultiSearchParams, MultiSearchQuery } from 'meilisearch';
import { HIGHLIGHT_END, HIGHLIGHT_START, toSafeHighlight } from './highlight';
import { buildMeilisearchFilter, buildMeilisearchSort } from './meilisearch-filter';
import { OPPORTUNITY_FACETS, type OpportunityFacet } from './opportunity-index';
import { upcomingFromDocument, type OpportunityDocument } from './opportunity-document';
import { SearchIndexService } from './search-index.service';
import type { SearchAnswer, SearchQuery } from './search-query';

type FacetDistribution = Partial<Record<string, Record<string, number>>>;

/** Answers a search from Meilisearch in one multi-search round trip. */
@Injectable()
export class MeilisearchOpportunitySearch {
  constructor(private readonly index: SearchIndexService) {}

  async search(query: SearchQuery): Promise<SearchAnswer> {
    const indexUid = this.index.opportunityIndexUid;
    const common = { indexUid, q: query.text };
    const selectedFacets = OPPORTUNITY_FACETS.filter((facet) =>
      facet === 'kind' ? query.kinds.length > 0 : query.facets[facet].length > 0,
    );
    const queries: MultiSearchQuery[] = [
      {
        ...common,
        filter: buildMeilisearchFilter(query),
        sort: buildMeilisearchSort(query),
        offset: query.offset,
        limit: query.limit,
        attributesToHighlight: ['title'],
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
      },
      // Exhaustive count and the facets of the whole result, without fetching documents.
      {
        ...common,
        filter: buildMeilisearchFilter(query),
        page: 1,
        hitsPerPage: 0,
        facets: [...OPPORTUNITY_FACETS],
      },
      ...selectedFacets.map((facet) => ({
        ...common,
        filter: buildMeilisearchFilter(query, facet),
        page: 1,
        hitsPerPage: 0,
        facets: [facet],
      })),
    ];
    const { results } = await this.index.client.multiSearch<MultiSearchParams, OpportunityDocument>(
      { queries },
    );
    const [page, totals, ...disjunctive] = results;
    if (!page || !totals) throw new Error('Meilisearch answered fewer searches than asked');

    const distribution: FacetDistribution = { ...(totals.facetDistribution ?? {}) };
    selectedFacets.forEach((facet, position) => {
      distribution[facet] = disjunctive[position]?.facetDistribution?.[facet] ?? {};
    });

    return {
      hits: page.hits.map((hit) => {
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
        };
      }),
      totalHits: totals.totalHits ?? totals.estimatedTotalHits ?? 0,
      facets: OPPORTUNITY_FACETS.map((attribute: OpportunityFacet) => ({
        attribute,
        values: Object.entries(distribution[attribute] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
    };
  }
}
