import { findTrade, type Adaptation, type OpportunityKind } from '@akselerator/domain';
import type { Client } from 'pg';
import type { TestApi } from './test-api';

export interface OpportunityFixture {
  kind?: OpportunityKind | `${OpportunityKind}`;
  status?: 'PUBLISHED' | 'DRAFT' | 'CLOSED' | 'ARCHIVED';
  title: string;
  tradeCode: string;
  municipalityCode?: string;
  postalPlace?: string;
  latitude?: number;
  longitude?: number;
  description?: string;
  /** Hospitering days. */
  slots?: { date: string; capacity?: number; seatsBooked?: number }[];
  startDate?: string | null;
  applicationDeadline?: string | null;
  places?: number | null;
  hoursPerWeek?: number | null;
  adaptations?: Adaptation[];
}

/**
 * Writes listings straight into Postgres with their outbox rows, in one transaction, the way the
 * opportunities service does: fast enough for hundreds, and independent of the create mutations.
 */
export async function insertOpportunities(
  db: Client,
  employerId: string,
  fixtures: readonly OpportunityFixture[],
): Promise<string[]> {
  const ids: string[] = [];
  await db.query('BEGIN');
  try {
    for (const fixture of fixtures) {
      const kind = fixture.kind ?? 'HOSPITERING';
      const trade = findTrade(fixture.tradeCode);
      if (!trade) throw new Error(`Unknown trade ${fixture.tradeCode}`);
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO opportunity (employer_id, kind, status, title, description, tasks, practical_info,
           programme_code, trade_code, street, postal_code, postal_place, municipality_code, latitude,
           longitude, published_at, places, start_date, application_deadline, hours_per_week,
           adaptations_offered)
         VALUES ($1, $2, $3, $4, $5, '', '', $6, $7, 'Gata 1', '4611', $8, $9, $10, $11,
                 CASE WHEN $3 = 'PUBLISHED' THEN now() END, $12, $13, $14, $15, $16)
         RETURNING id`,
        [
          employerId,
          kind,
          fixture.status ?? 'PUBLISHED',
          fixture.title,
          fixture.description ?? '',
          trade.programmeCode,
          trade.code,
          fixture.postalPlace ?? 'Kristiansand S',
          fixture.municipalityCode ?? '4204',
          fixture.latitude ?? 58.1464,
          fixture.longitude ?? 7.9932,
          fixture.places ?? (kind === 'APPRENTICESHIP' ? 2 : null),
          fixture.startDate ?? null,
          fixture.applicationDeadline ?? null,
          fixture.hoursPerWeek ?? (kind === 'SIMPLE_JOB' ? 6 : null),
          fixture.adaptations ?? [],
        ],
      );
      const id = rows[0]?.id ?? '';
      for (const slot of fixture.slots ?? []) {
        await db.query(
          `INSERT INTO slot (opportunity_id, date, start_time, end_time, capacity, seats_booked)
           VALUES ($1, $2, '09:00', '14:00', $3, $4)`,
          [id, slot.date, slot.capacity ?? 3, slot.seatsBooked ?? 0],
        );
      }
      await recordChange(db, id);
      ids.push(id);
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  return ids;
}

/** The outbox row and wake-up that every searchable change writes in its transaction. */
export async function recordChange(db: Client, opportunityId: string): Promise<void> {
  await db.query(
    `INSERT INTO outbox_event (topic, aggregate_id) VALUES ('opportunity.changed', $1)`,
    [opportunityId],
  );
  await db.query(`SELECT pg_notify('outbox_event', 'opportunity.changed')`);
}

/** Great-circle distance in km (haversine), written out here independently of the code under test. */
export function haversineKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** `index: query` for every hit of any query in any of this run's Meilisearch indexes. */
export async function searchIndexHits(api: TestApi, queries: string[]): Promise<string[]> {
  const { MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX } = api.config;
  const headers = {
    authorization: `Bearer ${MEILI_MASTER_KEY}`,
    'content-type': 'application/json',
  };
  const listed = (await (await fetch(`${MEILI_URL}/indexes?limit=1000`, { headers })).json()) as {
    results: { uid: string }[];
  };
  const indexes = listed.results
    .map(({ uid }) => uid)
    .filter((uid) => uid.startsWith(MEILI_INDEX_PREFIX));
  expect(indexes.length).toBeGreaterThan(0);
  const hits: string[] = [];
  for (const uid of indexes) {
    for (const q of queries) {
      const response = await fetch(`${MEILI_URL}/indexes/${uid}/search`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ q, matchingStrategy: 'all', limit: 5 }),
      });
      expect(response.ok).toBe(true);
      const { hits: found } = (await response.json()) as { hits: unknown[] };
      if (found.length > 0) hits.push(`${uid}: ${q}`);
    }
  }
  return hits;
}
