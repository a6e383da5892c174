import {
  ApplicationStatus,
  BookingStatus,
  OpportunityKind,
  Role,
  SEAT_HOLDING_STATUSES,
  schoolYearOf,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import type { Account } from '../../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../../identity/identity.exception';
import { lastTwelveMonths, oneDecimal } from './indicator-months';
import type {
  HospiteringPoint,
  LoadPoint,
  PlacementPoint,
  ProgrammeIndicators,
  ProposalPoint,
  SchoolIndicator,
  TimeToOfferPoint,
} from './indicators.types';
import { smallCount } from './small-numbers';

/** The order of the kinds in every placement series (and the CSV). */
export const PLACEMENT_KINDS: readonly OpportunityKind[] = [
  OpportunityKind.APPRENTICESHIP,
  OpportunityKind.SIMPLE_JOB,
  OpportunityKind.TRAINEE,
  OpportunityKind.WORK_TRIAL,
  OpportunityKind.HOSPITERING,
];

const OSLO_MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Oslo', 'YYYY-MM')`;

/**
 * One point per month: `t` the instant the month ends (now, for this month), `d` its last day
 * (today, for this month), `sy` the first year of its school year. Parameters: $1 months, $2 now,
 * $3 today.
 */
const POINTS = `points AS (
  SELECT m.month,
         CASE WHEN m.month = to_char($3::date, 'YYYY-MM') THEN $2::timestamptz
              ELSE ((m.month || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Oslo'
         END AS t,
         CASE WHEN m.month = to_char($3::date, 'YYYY-MM') THEN $3::date
              ELSE ((m.month || '-01')::date + interval '1 month' - interval '1 day')::date
         END AS d,
         CASE WHEN substr(m.month, 6, 2)::int >= 8 THEN substr(m.month, 1, 4)::int
              ELSE substr(m.month, 1, 4)::int - 1
         END AS sy
    FROM unnest($1::text[]) AS m(month))`;

/** Distinct dates of a pupil's bookings in her cohort's school year that pass `condition`. */
const daysWhere = (condition: string) => `(
  SELECT count(DISTINCT b.slot_date) FROM booking b
   WHERE b.youth_id = pu.youth_id AND ${condition}
     AND b.slot_date BETWEEN make_date(pu.sy, 8, 1) AND make_date(pu.sy + 1, 7, 31))`;
/** $4 seat-holding statuses, $5 required days; `t` and `d` as in POINTS. */
const BOOKED = (t: string) =>
  `${daysWhere(`b.status = ANY($4::text[]) AND b.created_at < ${t}`)} >= $5`;
const ATTENDED = (d: string) =>
  `${daysWhere(`b.status = '${BookingStatus.ATTENDED}' AND b.slot_date <= ${d}`)} >= $5`;

const PUPILS = `pupils AS (
  SELECT cp.youth_id, c.school_id, substr(c.school_year, 1, 4)::int AS sy
    FROM cohort_pupil cp JOIN cohort c ON c.id = cp.cohort_id)`;

/** First contact (caseload or intake) and the first offer at or after it, per young person. */
const FIRST_OFFERS = `contact AS (
  SELECT youth_id, min(at) AS at FROM (
    SELECT youth_id, started_at AS at FROM caseload
    UNION ALL SELECT youth_id, created_at FROM intake_request) c
   GROUP BY youth_id),
offers AS (
  SELECT youth_id, created_at AS at FROM match_proposal
  UNION ALL
  SELECT a.youth_id, s.changed_at FROM application_status_change s
    JOIN application a ON a.id = s.application_id
   WHERE s.to_status = '${ApplicationStatus.OFFERED}'),
first_offer AS (
  SELECT o.youth_id, min(o.at) AS at, min(c.at) AS contact
    FROM offers o JOIN contact c ON c.youth_id = o.youth_id AND o.at >= c.at
   GROUP BY o.youth_id)`;

interface Window {
  months: string[];
  now: Date;
  today: string;
  /** The first instant of the first month and of the month after the last, in Norway. */
  from: string;
  to: string;
}

/**
 * The programme's indicators (issue 8 §6) for programme admins: monthly series over the last 12
 * months and key figures, computed from bookings, cohorts, proposals, applications, caseloads and
 * intake requests. Aggregates only: no names and no ids of young people leave this service, and
 * the breakdown by school hides counts from 1 to 4.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async forAdmin(actor: Account | null): Promise<ProgrammeIndicators> {
    if (!actor) throw new IdentityException(IdentityErrorCode.UNAUTHENTICATED);
    if (actor.role !== Role.ADMIN) throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    const now = this.clock.now();
    const today = this.clock.today();
    const months = lastTwelveMonths(today);
    const [bounds] = await this.dataSource.query<{ from: Date; to: Date }[]>(
      `SELECT ($1 || '-01')::timestamp AT TIME ZONE 'Europe/Oslo' AS "from",
              (($2 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Oslo' AS "to"`,
      [months[0], months[months.length - 1]],
    );
    if (!bounds) throw new Error('no window');
    const window: Window = {
      months,
      now,
      today,
      from: bounds.from.toISOString(),
      to: bounds.to.toISOString(),
    };
    const [hospitering, proposals, placements, timeToOffer, coordinatorLoad, schools] =
      await Promise.all([
        this.hospitering(window),
        this.proposals(window),
        this.placements(window),
        this.timeToOffer(window),
        this.coordinatorLoad(window),
        this.schools(window),
      ]);
    const sum = <T>(points: T[], value: (point: T) => number) =>
      points.reduce((total, point) => total + value(point), 0);
    const nowPupils = hospitering.at(-1) as HospiteringPoint;
    const nowLoad = coordinatorLoad.at(-1) as LoadPoint;
    const share = (count: number) =>
      nowPupils.pupils === 0 ? 0 : oneDecimal((count * 100) / nowPupils.pupils);
    return {
      generatedAt: now,
      schoolYear: schoolYearOf(today),
      requiredDays: this.config.REQUIRED_HOSPITERING_DAYS,
      caseloadMax: this.config.CASELOAD_MAX,
      months,
      hospitering,
      proposals,
      placements,
      timeToOffer: timeToOffer.points,
      coordinatorLoad,
      schools,
      totals: {
        pupils: nowPupils.pupils,
        bookedRequired: nowPupils.bookedRequired,
        attendedRequired: nowPupils.attendedRequired,
        bookedShare: share(nowPupils.bookedRequired),
        attendedShare: share(nowPupils.attendedRequired),
        proposalsMade: sum(proposals, (point) => point.made),
        proposalsAccepted: sum(proposals, (point) => point.accepted),
        placements: sum(placements, (point) => point.total),
        youthsWithOffer: timeToOffer.youths,
        medianDaysToOffer: timeToOffer.medianDays,
        activeCaseloads: nowLoad.activeCaseloads,
        coordinators: nowLoad.coordinators,
        averagePerCoordinator: nowLoad.averagePerCoordinator,
        maxPerCoordinator: nowLoad.maxPerCoordinator,
        overMax: nowLoad.overMax,
      },
    };
  }

  private async hospitering(window: Window): Promise<HospiteringPoint[]> {
    const rows = await this.dataSource.query<HospiteringPoint[]>(
      `WITH ${POINTS}, ${PUPILS}
       SELECT p.month, count(pu.youth_id)::int AS pupils,
              count(pu.youth_id) FILTER (WHERE ${BOOKED('p.t')})::int AS "bookedRequired",
              count(pu.youth_id) FILTER (WHERE ${ATTENDED('p.d')})::int AS "attendedRequired"
         FROM points p LEFT JOIN pupils pu ON pu.sy = p.sy
        GROUP BY p.month`,
      [
        window.months,
        window.now,
        window.today,
        SEAT_HOLDING_STATUSES,
        this.config.REQUIRED_HOSPITERING_DAYS,
      ],
    );
    return fill(window.months, rows, (month) => ({
      month,
      pupils: 0,
      bookedRequired: 0,
      attendedRequired: 0,
    }));
  }

  /** This school year's pupils per school; counts from 1 to 4 hidden. */
  private async schools(window: Window): Promise<SchoolIndicator[]> {
    const rows = await this.dataSource.query<
      { schoolName: string; pupils: number; booked: number; attended: number }[]
    >(
      `WITH ${PUPILS}
       SELECT s.name AS "schoolName", count(pu.youth_id)::int AS pupils,
              count(pu.youth_id) FILTER (WHERE ${BOOKED('$1::timestamptz')})::int AS booked,
              count(pu.youth_id) FILTER (WHERE ${ATTENDED('$2::date')})::int AS attended
         FROM pupils pu JOIN school s ON s.id = pu.school_id
        WHERE pu.sy = $3
        GROUP BY s.id, s.name
        ORDER BY s.name, s.id`,
      [
        window.now,
        window.today,
        Number(schoolYearOf(window.today).slice(0, 4)),
        SEAT_HOLDING_STATUSES,
        this.config.REQUIRED_HOSPITERING_DAYS,
      ],
    );
    return rows.map((row) => ({
      schoolName: row.schoolName,
      pupils: smallCount(row.pupils),
      bookedRequired: smallCount(row.booked),
      attendedRequired: smallCount(row.attended),
    }));
  }

  private async proposals(window: Window): Promise<ProposalPoint[]> {
    const rows = await this.dataSource.query<ProposalPoint[]>(
      `SELECT month, count(*) FILTER (WHERE what = 'made')::int AS made,
              count(*) FILTER (WHERE what = 'accepted')::int AS accepted
         FROM (
           SELECT ${OSLO_MONTH('created_at')} AS month, 'made' AS what FROM match_proposal
            WHERE created_at >= $1 AND created_at < $2
           UNION ALL
           SELECT ${OSLO_MONTH('min(at)')}, 'accepted' FROM match_proposal_event
            WHERE status = 'ACCEPTED'
            GROUP BY proposal_id
           HAVING min(at) >= $1 AND min(at) < $2) x
        GROUP BY month`,
      [window.from, window.to],
    );
    return fill(window.months, rows, (month) => ({ month, made: 0, accepted: 0 }));
  }

  /**
   * A placement: a proposal that ended PLACED (at placed_at, or its PLACED event), or an
   * application that ended ACCEPTED (at its last change to ACCEPTED); by the opportunity's kind.
   */
  private async placements(window: Window): Promise<PlacementPoint[]> {
    const rows = await this.dataSource.query<
      { month: string; kind: OpportunityKind; count: number }[]
    >(
      `SELECT ${OSLO_MONTH('at')} AS month, kind, count(*)::int AS count
         FROM (
           SELECT coalesce(p.placed_at, (SELECT min(e.at) FROM match_proposal_event e
                                          WHERE e.proposal_id = p.id AND e.status = 'PLACED')) AS at,
                  o.kind
             FROM match_proposal p JOIN opportunity o ON o.id = p.opportunity_id
            WHERE p.status = 'PLACED'
           UNION ALL
           SELECT max(s.changed_at), o.kind
             FROM application a
             JOIN application_status_change s ON s.application_id = a.id AND s.to_status = $3
             JOIN opportunity o ON o.id = a.opportunity_id
            WHERE a.status = $3
            GROUP BY a.id, o.kind) x
        WHERE at >= $1 AND at < $2
        GROUP BY 1, 2`,
      [window.from, window.to, ApplicationStatus.ACCEPTED],
    );
    return window.months.map((month) => {
      const byKind = PLACEMENT_KINDS.map((kind) => ({
        kind,
        count: rows.find((row) => row.month === month && row.kind === kind)?.count ?? 0,
      }));
      return { month, byKind, total: byKind.reduce((total, entry) => total + entry.count, 0) };
    });
  }

  /** Calendar days in Norway from first contact to first offer; the median per month and overall. */
  private async timeToOffer(
    window: Window,
  ): Promise<{ points: TimeToOfferPoint[]; youths: number; medianDays: number | null }> {
    const rows = await this.dataSource.query<
      { month: string | null; youths: number; median: number | null }[]
    >(
      `WITH ${FIRST_OFFERS}
       SELECT ${OSLO_MONTH('at')} AS month, count(*)::int AS youths,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY
                (at AT TIME ZONE 'Europe/Oslo')::date - (contact AT TIME ZONE 'Europe/Oslo')::date
              ) AS median
         FROM first_offer
        WHERE at >= $1 AND at < $2
        GROUP BY GROUPING SETS ((${OSLO_MONTH('at')}), ())`,
      [window.from, window.to],
    );
    const median = (value: number | null) => (value === null ? null : oneDecimal(value));
    const overall = rows.find((row) => row.month === null);
    return {
      points: window.months.map((month) => {
        const row = rows.find((candidate) => candidate.month === month);
        return { month, youths: row?.youths ?? 0, medianDays: median(row?.median ?? null) };
      }),
      youths: overall?.youths ?? 0,
      medianDays: median(overall?.median ?? null),
    };
  }

  /** Active caseloads at each month's end: started before it, not ended by then. */
  private async coordinatorLoad(window: Window): Promise<LoadPoint[]> {
    const rows = await this.dataSource.query<
      { month: string; active: number; coordinators: number; max: number; overMax: number }[]
    >(
      `WITH ${POINTS},
       per AS (
         SELECT p.month, c.coordinator_id, count(*) AS n
           FROM points p
           JOIN caseload c ON c.started_at < p.t AND (c.ended_at IS NULL OR c.ended_at >= p.t)
          GROUP BY p.month, c.coordinator_id)
       SELECT month, sum(n)::int AS active, count(*)::int AS coordinators, max(n)::int AS max,
              count(*) FILTER (WHERE n > $4)::int AS "overMax"
         FROM per GROUP BY month`,
      [window.months, window.now, window.today, this.config.CASELOAD_MAX],
    );
    return window.months.map((month) => {
      const row = rows.find((candidate) => candidate.month === month);
      return {
        month,
        activeCaseloads: row?.active ?? 0,
        coordinators: row?.coordinators ?? 0,
        averagePerCoordinator: row ? oneDecimal(row.active / row.coordinators) : 0,
        maxPerCoordinator: row?.max ?? 0,
        overMax: row?.overMax ?? 0,
      };
    });
  }
}

/** The rows in the order of `months`, a zero point for a month without any. */
function fill<T extends { month: string }>(
  months: readonly string[],
  rows: readonly T[],
  zero: (month: string) => T,
): T[] {
  return months.map((month) => rows.find((row) => row.month === month) ?? zero(month));
}
