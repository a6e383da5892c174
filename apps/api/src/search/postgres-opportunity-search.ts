import { type Adaptation, findMunicipality, type OpportunityKind } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchSort } from './dtos/search-opportunities.input';
import { DISJUNCTIVE_FACETS, type DisjunctiveFacet, OPPORTUNITY_FACETS } from './opportunity-index';
import { sortFacetValues, type SearchAnswer, type SearchQuery } from './search-query';

const FACET_COLUMNS: Record<Exclude<DisjunctiveFacet, 'months'>, string> = {
  kind: 'o.kind',
  programmeCode: 'o.programme_code',
  tradeCode: 'o.trade_code',
  municipalityCode: 'o.municipality_code',
};

// Great-circle distance in km between the row and ($lat, $lng), computed in SQL.
const distanceSql = (lat: string, lng: string) =>
  `(6371 * 2 * asin(sqrt(power(sin(radians(o.latitude - ${lat}) / 2), 2) +
     cos(radians(${lat})) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - ${lng}) / 2), 2))))`;

// The same months the index holds: hospitering days, or the start of the other kinds.
const MONTHS_SQL = `(CASE WHEN o.kind = 'HOSPITERING'
    THEN ARRAY(SELECT DISTINCT to_char(s.date, 'YYYY-MM') FROM slot s WHERE s.opportunity_id = o.id)
    ELSE ARRAY_REMOVE(ARRAY[to_char(o.start_date, 'YYYY-MM')], NULL) END)`;

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
  start_date: string | null;
  application_deadline: string | null;
  hours_per_week: string | null;
  adaptations_offered: Adaptation[];
  total: string;
}

/**
 * The fallback when Meilisearch cannot answer: Postgres full-text search with the Norwegian
 * configuration. No typo tolerance or synonyms, which is why the answer is marked degraded.
 * Filters and facets mean exactly what they mean in the index (see meilisearch-filter.ts).
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
    // Every word as a prefix ("frisørlær" finds "frisørlærling" as it is typed), all required.
    const words = text
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(0, 20)
      .map((word) => `${word}:*`);
    const tsQuery = text ? `to_tsquery('norwegian', ${param(words.join(' & '))})` : null;
    if (tsQuery) {
      const like = `'%' || ${param(text.replace(/[\\%_]/g, (char) => `\\${char}`))} || '%'`;
      // A union of two indexed look-ups: an OR across both would scan every listing.
      where.push(
        `o.id IN (SELECT t.id FROM opportunity t WHERE t.search_document @@ ${tsQuery}
                  UNION ALL
                  SELECT t.id FROM opportunity t JOIN employer te ON te.id = t.employer_id
                   WHERE te.name ILIKE ${like})`,
      );
    }
    const from = `${param(query.dateFrom)}::date`;
    const to = query.dateTo ? `${param(query.dateTo)}::date` : null;
    const inRange = (column: string) =>
      `${column} >= ${from}${to ? ` AND ${column} <= ${to}` : ''}`;
    where.push(`(CASE WHEN o.kind = 'HOSPITERING'
        THEN EXISTS (SELECT 1 FROM slot s WHERE s.opportunity_id = o.id AND ${inRange('s.date')})
             OR NOT EXISTS (SELECT 1 FROM slot s WHERE s.opportunity_id = o.id)
        ELSE o.start_date IS NULL OR (${inRange('o.start_date')}) END)`);
    const today = `${param(query.today)}::date`;
    where.push(`(o.application_deadline IS NULL OR o.application_deadline >= ${today})`);
    if (query.adaptations.length > 0)
      where.push(`o.adaptations_offered @> ${param(query.adaptations)}::text[]`);
    let distance = 'NULL::double precision';
    if (query.near) {
      distance = distanceSql(
        `${param(query.near.latitude)}::float8`,
        `${param(query.near.longitude)}::float8`,
      );
      if (query.maxDistanceKm !== null) where.push(`${distance} <= ${param(query.maxDistanceKm)}`);
    }

    // Each facet's and free seats' condition as a column, so counts can leave one of them out.
    const selects: string[] = [];
    for (const facet of DISJUNCTIVE_FACETS) {
      const selected = query.facets[facet];
      const condition =
        selected.length === 0
          ? 'TRUE'
          : facet === 'months'
            ? `${MONTHS_SQL} && ${param(selected)}::text[]`
            : `${FACET_COLUMNS[facet]} = ANY(${param(selected)}::text[])`;
      selects.push(`(${condition}) AS "f_${facet}"`);
    }
    selects.push(`(EXISTS (SELECT 1 FROM slot s WHERE s.opportunity_id = o.id
        AND s.capacity > s.seats_booked AND ${inRange('s.date')})
      OR (o.kind <> 'HOSPITERING' AND coalesce(o.places, 1) > 0)) AS has_free`);
    const matched = `
      SELECT o.*, e.name AS employer_name, ${distance} AS distance_km, ${selects.join(', ')}
        FROM opportunity o JOIN employer e ON e.id = o.employer_id
       WHERE ${where.join(' AND ')}`;
    const allOf = (leaveOut?: DisjunctiveFacet | 'hasFreeSeats') =>
      [
        ...DISJUNCTIVE_FACETS.filter((facet) => facet !== leaveOut).map((facet) => `"f_${facet}"`),
        ...(query.onlyWithFreeSeats && leaveOut !== 'hasFreeSeats' ? ['has_free'] : []),
      ].join(' AND ') || 'TRUE';

    const facetParams = [...params];
    const orderBy =
      query.order === SearchSort.NEAREST && query.near
        ? 'distance_km ASC'
        : query.order === SearchSort.SOONEST
          ? 'next_date ASC NULLS LAST'
          : tsQuery
            ? `ts_rank(o.search_document, ${tsQuery}) DESC`
            : 'o.published_at DESC';
    const rows: HitRow[] = await this.dataSource.query(
      // Materialized: the text match first, then the per-listing date and seat checks on its rows.
      `WITH matched AS MATERIALIZED (${matched})
       SELECT o.id, o.kind, o.title, o.employer_name, o.programme_code, o.trade_code, o.municipality_code,
              o.distance_km, o.start_date::text AS start_date,
              o.application_deadline::text AS application_deadline, o.hours_per_week::text AS hours_per_week,
              o.adaptations_offered,
              CASE WHEN o.kind = 'HOSPITERING'
                THEN (SELECT min(s.date)::text FROM slot s WHERE s.opportunity_id = o.id AND s.date >= ${today})
                ELSE CASE WHEN o.start_date >= ${today} THEN o.start_date::text END END AS next_date,
              CASE WHEN o.kind = 'HOSPITERING'
                THEN (SELECT coalesce(sum(s.capacity - s.seats_booked), 0) FROM slot s
                       WHERE s.opportunity_id = o.id AND s.date >= ${today})
                ELSE coalesce(o.places, 1) END AS seats_left,
              count(*) OVER () AS total
         FROM matched o
        WHERE ${allOf()}
        ORDER BY ${orderBy}, o.id
        LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
      params,
    );
    const facetSql = [
      ...DISJUNCTIVE_FACETS.map((facet) =>
        facet === 'months'
          ? `SELECT 'months' AS attribute, month AS value, count(*) AS count
               FROM matched o, unnest(${MONTHS_SQL}) AS month WHERE ${allOf('months')} GROUP BY 2`
          : `SELECT '${facet}' AS attribute, trim(${FACET_COLUMNS[facet]}::text) AS value, count(*) AS count
               FROM matched o WHERE ${allOf(facet)} GROUP BY 2`,
      ),
      `SELECT 'adaptations', adaptation, count(*)
         FROM matched o, unnest(o.adaptations_offered) AS adaptation WHERE ${allOf()} GROUP BY 2`,
      `SELECT 'hasFreeSeats', has_free::text, count(*) FROM matched o WHERE ${allOf('hasFreeSeats')} GROUP BY 2`,
      `SELECT 'total', '', count(*) FROM matched o WHERE ${allOf()}`,
    ];
    const facetRows: { attribute: string; value: string; count: string }[] =
      await this.dataSource.query(
        `WITH matched AS (${matched}) ${facetSql.join(' UNION ALL ')}`,
        facetParams,
      );
    const totalHits = Number(facetRows.find((row) => row.attribute === 'total')?.count ?? 0);
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
        startDate: row.start_date,
        applicationDeadline: row.application_deadline,
        hoursPerWeek: row.hours_per_week === null ? null : Number(row.hours_per_week),
        adaptations: row.adaptations_offered,
      })),
      totalHits,
      facets: OPPORTUNITY_FACETS.map((attribute) =>
        sortFacetValues(
          attribute,
          Object.fromEntries(
            facetRows
              .filter((row) => row.attribute === attribute)
              .map((row) => [row.value, Number(row.count)]),
          ),
          query.today,
        ),
      ),
    };
  }
}
