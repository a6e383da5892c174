import { OpportunityKind } from '@akselerator/domain';
import { SearchSort } from './dtos/search-opportunities.input';
import { buildMeilisearchFilter, buildMeilisearchSort } from './meilisearch-filter';
import type { SearchQuery } from './search-query';

const baseQuery: SearchQuery = {
  text: '',
  facets: { kind: [], programmeCode: [], tradeCode: [], municipalityCode: [] },
  kinds: [],
  dateFrom: '2027-03-01',
  dateTo: null,
  near: null,
  maxDistanceKm: null,
  order: SearchSort.RELEVANCE,
  offset: 0,
  limit: 20,
  today: '2027-03-01',
};

describe(buildMeilisearchFilter.name, () => {
  it('hides places whose dates have all passed', () => {
    expect(buildMeilisearchFilter(baseQuery)).toEqual(['dates >= 20270301']);
  });

  it('combines selected facets, a date range and a distance limit', () => {
    const sut = buildMeilisearchFilter({
      ...baseQuery,
      kinds: [OpportunityKind.HOSPITERING],
      facets: { ...baseQuery.facets, tradeCode: ['frisor', 'kokk'], municipalityCode: ['4204'] },
      dateTo: '2027-03-31',
      near: { latitude: 58.1467, longitude: 7.9956 },
      maxDistanceKm: 12.5,
    });
    expect(sut).toEqual([
      'kind IN ["HOSPITERING"]',
      'tradeCode IN ["frisor", "kokk"]',
      'municipalityCode IN ["4204"]',
      'dates 20270301 TO 20270331',
      '_geoRadius(58.1467, 7.9956, 12500)',
    ]);
  });

  it("leaves out one facet's own selection for disjunctive counts", () => {
    const query = {
      ...baseQuery,
      facets: { ...baseQuery.facets, tradeCode: ['frisor'], programmeCode: ['FD'] },
    };
    expect(buildMeilisearchFilter(query, 'tradeCode')).toEqual([
      'programmeCode IN ["FD"]',
      'dates >= 20270301',
    ]);
  });

  it('quotes values so they cannot change the filter', () => {
    const query = {
      ...baseQuery,
      facets: { ...baseQuery.facets, tradeCode: ['a"] OR kind IN ["x'] },
    };
    expect(buildMeilisearchFilter(query)[0]).toBe('tradeCode IN ["a\\"] OR kind IN [\\"x"]');
  });
});

describe(buildMeilisearchSort.name, () => {
  it('sorts by the soonest date or by distance from the given point', () => {
    expect(buildMeilisearchSort(baseQuery)).toBeUndefined();
    expect(buildMeilisearchSort({ ...baseQuery, order: SearchSort.SOONEST })).toEqual([
      'dates:asc',
    ]);
    expect(
      buildMeilisearchSort({
        ...baseQuery,
        order: SearchSort.NEAREST,
        near: { latitude: 58.1, longitude: 8 },
      }),
    ).toEqual(['_geoPoint(58.1, 8):asc']);
  });
});
