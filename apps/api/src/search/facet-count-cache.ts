import type { SearchQuery } from './search-query';

/** The counts a search needs beyond its own page: other facets' values and free seats. */
export interface SideCounts {
  /** Per disjunctive facet that has a selection, its counts with that selection left out. */
  disjunctive: Partial<Record<string, Record<string, number>>>;
  /** Hits with a free seat, the free-seat choice left out. */
  free: number;
  /** Hits with the free-seat choice left out; null when the choice is not made (the total then). */
  withoutFreeChoice: number | null;
}

const TTL_MS = 1_000;
const MAX_ENTRIES = 1_000;

/**
 * Keeps the side counts of a search for a second, so a page of results costs one Meilisearch
 * search instead of up to seven; the page, its total and its own facets are always fresh. Any
 * write to the index through this process drops every entry (`generation`), so a change is never
 * hidden behind the cache here; another API instance's writes show within the second.
 */
export class FacetCountCache {
  private readonly entries = new Map<
    string,
    { at: number; generation: number; counts: SideCounts }
  >();

  constructor(
    private readonly generation: () => number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  static key(query: SearchQuery): string {
    return JSON.stringify([
      query.text,
      query.facets,
      query.adaptations,
      query.onlyWithFreeSeats,
      query.dateFrom,
      query.dateTo,
      query.maxDistanceKm === null ? null : query.near,
      query.maxDistanceKm,
      query.today,
    ]);
  }

  get(key: string): SideCounts | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== this.generation() || this.now() - entry.at > TTL_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.counts;
  }

  /** `generation` as it was when the searches were sent: counts older than a write are dropped. */
  set(key: string, generation: number, counts: SideCounts): void {
    if (generation !== this.generation()) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { at: this.now(), generation, counts });
  }
}
