import {
  findMunicipality,
  isAdaptation,
  isStrength,
  OpportunityKind,
  type GeoPoint,
} from '@akselerator/domain';
import type { OpportunityProfile, YouthProfile } from '@akselerator/matching';
import type { YouthProfileRecord } from './youth-profile.entity';

const KINDS = new Map<string, OpportunityKind>(
  Object.values(OpportunityKind).map((kind) => [kind, kind]),
);

const centreOf = (code: string | null): GeoPoint | undefined => {
  const municipality = code ? findMunicipality(code.trim()) : undefined;
  return municipality
    ? { latitude: municipality.latitude, longitude: municipality.longitude }
    : undefined;
};

/** From the stored profile to the engine's plain shape (location: the municipality's centre). */
export function toYouthProfile(record: YouthProfileRecord): YouthProfile {
  return {
    id: record.accountId,
    birthDate: record.birthDate ?? undefined,
    interests: { programmeCodes: record.programmeCodes, tradeCodes: record.tradeCodes },
    strengths: record.strengths.filter(isStrength),
    home: centreOf(record.homeMunicipalityCode),
    school: centreOf(record.schoolMunicipalityCode),
    maxTravelKm: record.maxTravelKm ?? undefined,
    kindsWanted: record.kindsWanted.flatMap((kind) => KINDS.get(kind) ?? []),
    adaptationsNeeded: record.adaptationsNeeded.filter(isAdaptation),
    lastOfferDate: record.lastOfferDate,
    firstContactDate: record.firstContactDate,
    consentToBeProposed: record.consentToBeProposed,
  };
}

export interface OpportunityRow {
  id: string;
  kind: OpportunityKind;
  trade_code: string;
  programme_code: string;
  employer_id: string;
  latitude: number;
  longitude: number;
  slots: { date: string; startTime: string; endTime: string; seatsLeft: number }[] | null;
  /** A bigint sum: pg returns it as text. */
  bookings: string;
  local_demand: number;
  /** text[] columns: what the employer said it looks for and which adaptations it offers. */
  strengths_sought: string[] | null;
  adaptations_offered: string[] | null;
  /** numeric: pg returns it as text. */
  hours_per_week: string | null;
}

export function toOpportunityProfile(row: OpportunityRow): OpportunityProfile {
  return {
    id: row.id,
    kind: row.kind,
    tradeCode: row.trade_code,
    programmeCode: row.programme_code,
    employerId: row.employer_id,
    location: { latitude: row.latitude, longitude: row.longitude },
    slots: row.slots ?? [],
    // Only values of the fixed lists count; anything else in the columns is ignored.
    strengthsSought: (row.strengths_sought ?? []).filter(isStrength),
    adaptationsOffered: (row.adaptations_offered ?? []).filter(isAdaptation),
    hoursPerWeek: row.hours_per_week === null ? undefined : Number(row.hours_per_week),
    bookingsCount: Number(row.bookings),
    localDemand: row.local_demand,
  };
}

/**
 * What the engine ranks: published places with their upcoming slots — a hospitering while it has
 * days ahead, an apprenticeship or a job (no days: slots empty) until its application deadline —
 * and local demand per trade: the share of open places in that trade relative to the busiest trade
 * (employers who need people now). Recommendations, candidate lists, "why not" and proposals all
 * rank this one set.
 */
export const OPPORTUNITY_PROFILES_SQL = `
  WITH open_places AS (
    SELECT o.*, coalesce(sum(s.seats_booked), 0) AS bookings,
           json_agg(json_build_object('date', s.date::text, 'startTime', to_char(s.start_time, 'HH24:MI'),
                    'endTime', to_char(s.end_time, 'HH24:MI'), 'seatsLeft', s.capacity - s.seats_booked)
                    ORDER BY s.date) FILTER (WHERE s.id IS NOT NULL) AS slots
      FROM opportunity o LEFT JOIN slot s ON s.opportunity_id = o.id AND s.date >= $1::date
     WHERE o.status = 'PUBLISHED' AND ($2::uuid IS NULL OR o.id = $2::uuid)
       AND (o.application_deadline IS NULL OR o.application_deadline >= $1::date)
     GROUP BY o.id
    HAVING o.kind <> 'HOSPITERING' OR count(s.id) > 0
  ), demand AS (
    SELECT trade_code, count(*)::float / max(count(*)) OVER () AS local_demand FROM opportunity
     WHERE status = 'PUBLISHED' GROUP BY trade_code
  )
  SELECT p.id, p.kind, p.trade_code, p.programme_code, p.employer_id, p.latitude, p.longitude, p.slots,
         p.bookings, coalesce(d.local_demand, 0) AS local_demand,
         p.strengths_sought, p.adaptations_offered, p.hours_per_week::text AS hours_per_week
    FROM open_places p LEFT JOIN demand d ON d.trade_code = p.trade_code`;
