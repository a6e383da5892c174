import { foldNorwegianLoosely } from '@akselerator/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MultiSearchParams, MultiSearchQuery } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { QuickSearchInput } from './dtos/quick-search.input';
import { SearchSort } from './dtos/search-opportunities.input';
import { HIGHLIGHT_END, HIGHLIGHT_START } from './highlight';
import { buildMeilisearchFilter } from './meilisearch-filter';
import { toSearchHit } from './meilisearch-opportunity-search';
import { HIT_ATTRIBUTES } from './opportunity-index';
import type { OpportunityDocument } from './opportunity-document';
import { PostgresOpportunitySearch } from './postgres-opportunity-search';
import {
  type EmployerDocument,
  loadEmployerDocuments,
  TRADE_DOCUMENTS,
  type TradeDocument,
} from './quick-search-documents';
import type { EmployerHit, QuickSearchResult, TradeHit } from './quick-search.types';
import { SearchIndexService } from './search-index.service';
import type { SearchQuery } from './search-query';

const toEmployerHit = (document: EmployerDocument): EmployerHit => ({
  id: document.id,
  name: document.name,
  municipalityNames: document.municipalityNames,
  openings: document.openings,
});

const toTradeHit = (document: TradeDocument): TradeHit => ({
  code: document.id,
  label: document.label,
  programmeCode: document.programmeCode,
  programmeLabel: document.programmeLabel,
});

/**
 * The header search box: the best opportunities, employers and trades for what is typed, in one
 * Meilisearch multi-search round trip; from Postgres and the taxonomy when Meilisearch is down.
 */
@Injectable()
export class QuickSearchService {
  private readonly logger = new Logger(QuickSearchService.name);

  constructor(
    private readonly index: SearchIndexService,
    private readonly postgres: PostgresOpportunitySearch,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async search(input: QuickSearchInput): Promise<QuickSearchResult> {
    const query = this.toQuery(input);
    if (query.text === '') return { opportunities: [], employers: [], trades: [], degraded: false };
    try {
      return { ...(await this.fromMeilisearch(query)), degraded: false };
    } catch (error) {
      this.logger.warn({
        msg: 'Meilisearch unavailable, quick search from Postgres',
        err: (error as Error).message,
      });
      return { ...(await this.fromPostgres(query)), degraded: true };
    }
  }

  /** Upcoming, published listings only, like the search page without filters. */
  private toQuery(input: QuickSearchInput): SearchQuery {
    const today = this.clock.today();
    return {
      text: input.query.trim(),
      facets: { kind: [], programmeCode: [], tradeCode: [], municipalityCode: [], months: [] },
      adaptations: [],
      onlyWithFreeSeats: false,
      dateFrom: today,
      dateTo: null,
      near: null,
      maxDistanceKm: null,
      order: SearchSort.RELEVANCE,
      offset: 0,
      limit: input.first,
      today,
    };
  }

  private async fromMeilisearch(query: SearchQuery): Promise<Omit<QuickSearchResult, 'degraded'>> {
    const queries: MultiSearchQuery[] = [
      {
        indexUid: this.index.opportunityIndexUid,
        q: query.text,
        filter: buildMeilisearchFilter(query),
        limit: query.limit,
        attributesToRetrieve: HIT_ATTRIBUTES,
        attributesToHighlight: ['title'],
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
      },
      { indexUid: this.index.employerIndexUid, q: query.text, limit: query.limit },
      { indexUid: this.index.tradeIndexUid, q: query.text, limit: query.limit },
    ];
    const { results } = await this.index.client.multiSearch<MultiSearchParams>({ queries });
    const [opportunities, employers, trades] = results;
    if (!opportunities || !employers || !trades)
      throw new Error('Meilisearch answered fewer searches than asked');
    return {
      opportunities: (opportunities.hits as OpportunityDocument[]).map((hit) =>
        toSearchHit(hit, query),
      ),
      employers: (employers.hits as EmployerDocument[]).map(toEmployerHit),
      trades: (trades.hits as TradeDocument[]).map(toTradeHit),
    };
  }

  private async fromPostgres(query: SearchQuery): Promise<Omit<QuickSearchResult, 'degraded'>> {
    const opportunities = await this.postgres.search(query);
    const like = `%${query.text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT e.id FROM employer e
        WHERE e.name ILIKE $1
          AND EXISTS (SELECT 1 FROM opportunity o WHERE o.employer_id = e.id AND o.status = 'PUBLISHED')
        ORDER BY e.name LIMIT $2`,
      [like, query.limit],
    );
    const employers = await loadEmployerDocuments(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return {
      opportunities: opportunities.hits,
      employers: employers.map(toEmployerHit),
      trades: matchTrades(query.text, query.limit).map(toTradeHit),
    };
  }
}

/** Trades whose label or everyday words contain every typed word, æ/ø/å folded; label hits first. */
export function matchTrades(text: string, limit: number): TradeDocument[] {
  const words = foldNorwegianLoosely(text).split(/\s+/).filter(Boolean);
  return TRADE_DOCUMENTS.map((trade) => {
    const label = foldNorwegianLoosely(trade.label);
    const all = foldNorwegianLoosely([trade.label, ...trade.words].join(' '));
    if (!words.every((word) => all.includes(word))) return null;
    return { trade, inLabel: words.every((word) => label.includes(word)) };
  })
    .flatMap((match) => (match ? [match] : []))
    .sort((a, b) => Number(b.inLabel) - Number(a.inLabel))
    .slice(0, limit)
    .map((match) => match.trade);
}
