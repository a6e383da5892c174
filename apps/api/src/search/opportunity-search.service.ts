import { FieldErrorCode, fieldErrorMessage, isAdaptation, Locale } from '@akselerator/domain';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import { SearchOpportunitiesInput, SearchSort } from './dtos/search-opportunities.input';
import { MeilisearchOpportunitySearch } from './meilisearch-opportunity-search';
import { OpportunitySearchResult } from './opportunity-search.types';
import { PostgresOpportunitySearch } from './postgres-opportunity-search';
import { decodeCursor, encodeCursor, InvalidCursorError } from './search-cursor';
import type { SearchAnswer, SearchQuery } from './search-query';

const invalid = (field: string, code: FieldErrorCode) =>
  new FieldValidationException([{ field, code, message: fieldErrorMessage(code, Locale.NB) }]);

/** Public search over published opportunities: Meilisearch first, Postgres when it cannot answer. */
@Injectable()
export class OpportunitySearchService {
  private readonly logger = new Logger(OpportunitySearchService.name);

  constructor(
    private readonly meilisearch: MeilisearchOpportunitySearch,
    private readonly postgres: PostgresOpportunitySearch,
    private readonly clock: Clock,
  ) {}

  /** `input` is null when the client sends no input at all. */
  async search(input: SearchOpportunitiesInput | null): Promise<OpportunitySearchResult> {
    const query = this.toQuery(input ?? new SearchOpportunitiesInput());
    let answer: SearchAnswer;
    let degraded = false;
    try {
      answer = await this.meilisearch.search(query);
    } catch (error) {
      // The page must never fail because the search index is down or behind.
      this.logger.warn({
        msg: 'Meilisearch unavailable, searching Postgres',
        err: (error as Error).message,
      });
      answer = await this.postgres.search(query);
      degraded = true;
    }
    const nextOffset = query.offset + answer.hits.length;
    const hasNextPage = answer.hits.length > 0 && nextOffset < answer.totalHits;
    return {
      ...answer,
      endCursor: answer.hits.length > 0 ? encodeCursor(nextOffset) : null,
      hasNextPage,
      degraded,
    };
  }

  private toQuery(input: SearchOpportunitiesInput): SearchQuery {
    let offset: number;
    try {
      offset = decodeCursor(input.after);
    } catch (error) {
      if (error instanceof InvalidCursorError)
        throw invalid('after', FieldErrorCode.INVALID_CURSOR);
      throw error;
    }
    const today = this.clock.today();
    const dateFrom = input.dateFrom && input.dateFrom > today ? input.dateFrom : today;
    if (input.dateTo && input.dateTo < dateFrom)
      throw invalid('dateTo', FieldErrorCode.END_BEFORE_START);
    if (input.sort === SearchSort.NEAREST && !input.near)
      throw invalid('near', FieldErrorCode.REQUIRED);
    if (input.maxDistanceKm != null && !input.near) throw invalid('near', FieldErrorCode.REQUIRED);
    return {
      text: input.query?.trim() ?? '',
      facets: {
        kind: input.kinds ?? [],
        programmeCode: input.programmeCodes ?? [],
        tradeCode: input.tradeCodes ?? [],
        municipalityCode: input.municipalityCodes ?? [],
        months: input.months ?? [],
      },
      adaptations: (input.adaptations ?? []).filter(isAdaptation),
      onlyWithFreeSeats: input.hasFreeSeats === true,
      dateFrom,
      dateTo: input.dateTo ?? null,
      near: input.near ? { latitude: input.near.latitude, longitude: input.near.longitude } : null,
      maxDistanceKm: input.maxDistanceKm ?? null,
      order: input.sort,
      offset,
      limit: input.first,
      today,
    };
  }
}
