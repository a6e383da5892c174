import { findMunicipality, type OpportunityKind } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchSort } from './dtos/search-opportunities.input';
import { OPPORTUNITY_FACETS, type OpportunityFacet } from './opportunity-index';
import type { SearchAnswer, SearchQuery } from './search-query';

const FACET_COLUMNS: Record<OpportunityFacet, string> = {
  kind: 'o.kind',
  programmeCode: 'o.programme_code',
  tradeCode: 'o.trade_code',
  municipalityCode: 'o.municipality_code',
};

// Great-circle distance in km between the row and ($lat, $lng), computed in SQL.
const distanceSql = (lat: string, lng: string) =>
  `(6371 * 2 * asin(sqrt(power(sin(radians(o.latitude - ${lat}) / 2), 2) +
     cos(radians(${lat})) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - ${lng}) / 2), 2))))`;

interface HitRow {
  id: string;
  kind: OpportunityKind;
  title: string;
  employer_name: string;
  programme_code: string;
  trade_code: string;
  municipality_code: string;
  next_date: string | null;
  seats_left: string;
  distance_km: number | null;
  total: string;
}

/**
 * The fallback when Meilisearch cannot answer: Postgres full-text search with the Norwegian
 * configuration. No typo tolerance or synonyms, which is why the answer is marked degraded.
 */
@Injectable()
export class PostgresOpportunitySearch {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: SearchQuery): Promise<SearchAnswer> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ["o.status = 'PUBLISHED'"];
    const text = query.text.trim();
    if (text) {
      const textParam = param(text);
      where.push(
        `(o.search_document @@ websearch_to_tsquery('norwegian', ${textParam}) OR o.title ILIKE '%' || ${textParam} || '%' OR e.name ILIKE '%' || ${textParam} || '%')`,
      );
    }
    for (const facet of OPPORTUNITY_FACETS) {
      const selected = facet === 'kind' ? query.kinds : query.facets[facet];
      if (selected.length > 0)
        where.push(`${FACET_COLUMNS[facet]} = ANY(${param(selected)}::text[])`);
    }
    const from = param(query.dateFrom);
    const to = query.dateTo ? param(query.dateTo) : null;
    where.push(
      `EXISTS (SELECT 1 FROM slot s WHERE s.opportunity_id = o.id AND s.date >= ${from}::date${to ? ` AND s.date <= ${to}::date` : ''})`,
    );
    let distance = 'NULL::double precision';
    if (query.near) {
      distance = distanceSql(
        `${param(query.near.latitude)}::float8`,
        `${param(query.near.longitude)}::float8`,
      );
      if (query.maxDistanceKm !== null) where.push(`${distance} <= ${param(query.maxDistanceKm)}`);
    }
    const today = param(query.today);
    const orderBy =
      query.order === SearchSort.NEAREST && query.near
        ? 'distance_km ASC'
        : query.order === SearchSort.SOONEST
          ? 'next_date ASC NULLS LAST'
          : text
            ? `ts_rank(o.search_document, websearch_to_tsquery('norwegian', $1)) DESC`
            : 'o.published_at DESC';

    const matched = `
      SELECT o.*, e.name AS employer_name, ${distance} AS distance_km
        FROM opportunity o JOIN employer e ON e.id = o.employer_id
       WHERE ${where.join(' AND ')}`;
    const rows: HitRow[] = await this.dataSource.query(
      `WITH matched AS (${matched})
       SELECT o.id, o.kind, o.title, o.employer_name, o.programme_code, o.trade_code, o.municipality_code,
              o.distance_km,
              (SELECT min(s.date)::text FROM slot s WHERE s.opportunity_id = o.id AND s.date >= ${today}::date) AS next_date,
              (SELECT coalesce(sum(s.capacity - s.seats_booked), 0) FROM slot s
                WHERE s.opportunity_id = o.id AND s.date >= ${today}::date) AS seats_left,
              count(*) OVER () AS total
         FROM matched o
        ORDER BY ${orderBy}, o.id
        LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
      params,
    );
    const facetRows: { attribute: OpportunityFacet; value: string; count: string }[] =
      await this.dataSource.query(
        `WITH matched AS (${matched})
       ${OPPORTUNITY_FACETS.map(
         (facet) =>
           `SELECT '${facet}' AS attribute, ${FACET_COLUMNS[facet].replace('o.', '')}::text AS value, count(*) AS count
              FROM matched GROUP BY 2`,
       ).join(' UNION ALL ')}`,
        params.slice(0, params.length - 3),
      );
    let totalHits = Number(rows[0]?.total ?? 0);
    if (rows.length === 0 && query.offset > 0) {
      totalHits = facetRows
        .filter((row) => row.attribute === 'kind')
        .reduce((sum, row) => sum + Number(row.count), 0);
    }
    return {
      hits: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        employerName: row.employer_name,
        programmeCode: row.programme_code,
        tradeCode: row.trade_code,
        municipalityCode: row.municipality_code,
        municipalityName: findMunicipality(row.municipality_code)?.name ?? row.municipality_code,
        nextDate: row.next_date,
        seatsLeft: Number(row.seats_left),
        distanceKm: row.distance_km,
      })),
      totalHits,
      facets: OPPORTUNITY_FACETS.map((attribute) => ({
        attribute,
        values: facetRows
          .filter((row) => row.attribute === attribute)
          .map((row) => ({ value: row.value.trim(), count: Number(row.count) }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
    };
  }
}
