import { SearchSort } from './dtos/search-opportunities.input';
import { FacetCountCache, type SideCounts } from './facet-count-cache';
import type { SearchQuery } from './search-query';

const query: SearchQuery = {
  text: 'frisør',
  facets: { kind: [], programmeCode: [], tradeCode: ['frisor'], municipalityCode: [], months: [] },
  adaptations: [],
  onlyWithFreeSeats: false,
  dateFrom: '2027-03-01',
  dateTo: null,
  near: { latitude: 58.1, longitude: 8 },
  maxDistanceKm: null,
  order: SearchSort.RELEVANCE,
  offset: 0,
  limit: 20,
  today: '2027-03-01',
};
const counts: SideCounts = {
  disjunctive: { tradeCode: { frisor: 3 } },
  free: 2,
  withoutFreeChoice: null,
};

describe(FacetCountCache.name, () => {
  let generation: number;
  let now: number;
  let sut: FacetCountCache;

  beforeEach(() => {
    generation = 0;
    now = 0;
    sut = new FacetCountCache(
      () => generation,
      () => now,
    );
  });

  it('keeps counts for a second', () => {
    sut.set(FacetCountCache.key(query), 0, counts);
    now = 999;
    expect(sut.get(FacetCountCache.key(query))).toBe(counts);
    now = 1_001;
    expect(sut.get(FacetCountCache.key(query))).toBeUndefined();
  });

  it('drops counts once the index was written, and never stores counts older than a write', () => {
    sut.set(FacetCountCache.key(query), 0, counts);
    generation = 1;
    expect(sut.get(FacetCountCache.key(query))).toBeUndefined();
    sut.set(FacetCountCache.key(query), 0, counts);
    expect(sut.get(FacetCountCache.key(query))).toBeUndefined();
  });

  it('shares counts between pages and sort orders, not between filters', () => {
    const key = FacetCountCache.key(query);
    expect(FacetCountCache.key({ ...query, offset: 20, order: SearchSort.NEAREST })).toBe(key);
    expect(FacetCountCache.key({ ...query, adaptations: [], text: 'kokk' })).not.toBe(key);
    expect(FacetCountCache.key({ ...query, maxDistanceKm: 10 })).not.toBe(key);
  });
});
