import { Adaptation, OpportunityKind } from '@akselerator/domain';
import { SearchSort } from './dtos/search-opportunities.input';
import { buildMeilisearchFilter, buildMeilisearchSort } from './meilisearch-filter';
import type { SearchQuery } from './search-query';

const baseQuery: SearchQuery = {
  text: '',
  facets: { kind: [], programmeCode: [], tradeCode: [], municipalityCode: [], months: [] },
  adaptations: [],
  onlyWithFreeSeats: false,
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
    expect(buildMeilisearchFilter(baseQuery)).toEqual([
      '(dates >= 20270301 OR dates IS EMPTY)',
      '(applyBy >= 20270301 OR applyBy NOT EXISTS)',
    ]);
  });

  it('combines selected facets, a date range and a distance limit', () => {
    const sut = buildMeilisearchFilter({
      ...baseQuery,
      facets: {
        ...baseQuery.facets,
        kind: [OpportunityKind.HOSPITERING],
        tradeCode: ['frisor', 'kokk'],
        municipalityCode: ['4204'],
        months: ['2027-03'],
      },
      adaptations: [Adaptation.SHORT_DAYS, Adaptation.QUIET_WORKPLACE],
      onlyWithFreeSeats: true,
      dateTo: '2027-03-31',
      near: { latitude: 58.1467, longitude: 7.9956 },
      maxDistanceKm: 12.5,
    });
    expect(sut).toEqual([
      'kind IN ["HOSPITERING"]',
      'tradeCode IN ["frisor", "kokk"]',
      'municipalityCode IN ["4204"]',
      'months IN ["2027-03"]',
      'adaptations = "SHORT_DAYS"',
      'adaptations = "QUIET_WORKPLACE"',
      '(dates 20270301 TO 20270331 OR dates IS EMPTY)',
      '(applyBy >= 20270301 OR applyBy NOT EXISTS)',
      '(freeDates 20270301 TO 20270331 OR openPlaces = true)',
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
      '(dates >= 20270301 OR dates IS EMPTY)',
      '(applyBy >= 20270301 OR applyBy NOT EXISTS)',
    ]);
  });

  it('leaves out the free-seat condition when counting free seats', () => {
    const query = { ...baseQuery, onlyWithFreeSeats: true };
    expect(buildMeilisearchFilter(query)).toContain('(freeDates >= 20270301 OR openPlaces = true)');
    expect(buildMeilisearchFilter(query, 'hasFreeSeats')).toHaveLength(2);
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
