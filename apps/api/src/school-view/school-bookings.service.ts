import {
  AuditAction,
  AuditOutcome,
  BookingStatus,
  CounsellorRole,
  DeclineReason,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isAnswerOverdue } from '../booking/answer-overdue';
import { CONSENT_STATUS_SQL, GuardianConsentStatus } from '../booking/guardian-consent';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { AccessService, YouthAccessBasis } from '../organisations/access.service';
import { MembershipService, type CounsellorPlace } from '../organisations/membership.service';
import type {
  PupilBookings,
  SchoolBooking,
  SchoolBookingsView,
} from './dtos/school-bookings.types';

/** Bookings that count towards the required days, as on the pupil's own page. */
const COUNTED: readonly BookingStatus[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.ATTENDED,
];

interface Row {
  youth_id: string;
  display_name: string;
  guardian_email: string | null;
  id: string | null;
  status: BookingStatus | null;
  decline_reason: string | null;
  created_at: Date | null;
  booked_by: string | null;
  date: string | null;
  start_time: string | null;
  end_time: string | null;
  opportunity_id: string | null;
  title: string | null;
  employer_name: string | null;
  consent: GuardianConsentStatus | null;
}

/** 2026/27 → the dates 2026-08-01 to 2027-07-31 (a school year starts on 1 August). */
function schoolYearDates(schoolYear: string): [string, string] {
  const start = Number(schoolYear.slice(0, 4));
  return [`${String(start)}-08-01`, `${String(start + 1)}-07-31`];
}

const DECLINE_REASONS = new Map<string, DeclineReason>(
  Object.values(DeclineReason).map((reason) => [reason, reason]),
);

type Use = 'list' | 'export';

/**
 * The school counsellor's view of their pupils' hospitering days: who has their days, which
 * bookings wait for the employer's answer, attended, declined (with the reason, so a pupil refused
 * several times gets help), and guardians' consent. Only for a school counsellor of the cohort's
 * school; anyone else gets null, exactly as for a cohort that does not exist. Every opening of the
 * list (or export) writes one VIEW_BOOKINGS audit record per pupil on it, like the cohort list.
 */
@Injectable()
export class SchoolBookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly access: AccessService,
  ) {}

  async forCohort(
    actor: Account | null,
    cohortId: string,
    use: Use = 'list',
  ): Promise<SchoolBookingsView | null> {
    if (!actor || !isUuid(cohortId)) return null;
    const place = await this.memberships.counsellorPlace(actor);
    if (place?.role !== CounsellorRole.SCHOOL_COUNSELLOR || !place.schoolId) return null;
    const [cohort] = await this.dataSource.query<{ name: string; schoolYear: string }[]>(
      `SELECT name, school_year AS "schoolYear" FROM cohort WHERE id = $1 AND school_id = $2`,
      [cohortId, place.schoolId],
    );
    if (!cohort) return null;
    const [from, to] = schoolYearDates(cohort.schoolYear);
    const rows = await this.rows('p.cohort_id = $1', [cohortId, from, to]);
    const pupils = this.group(rows);
    await this.recordViews(actor, place, cohort.name, pupils, use);
    return {
      cohortId,
      cohortName: cohort.name,
      schoolYear: cohort.schoolYear,
      requiredDays: this.config.REQUIRED_HOSPITERING_DAYS,
      pupils,
    };
  }

  /**
   * One pupil of the counsellor's school with their days this school year (for the pupil's page,
   * where the counsellor books or moves a day for them). Anyone else gets null, as for an unknown
   * pupil; a refusal and an opening are both audited, through AccessService.
   */
  async forPupil(actor: Account | null, youthId: string): Promise<PupilBookings | null> {
    const access = await this.access.canSeeYouth(actor, youthId);
    if (!actor || access?.basis !== YouthAccessBasis.SCHOOL_COUNSELLOR) {
      if (actor && !access) await this.access.openYouth(actor, youthId, AuditAction.VIEW_BOOKINGS);
      return null;
    }
    const [cohort] = await this.dataSource.query<{ schoolYear: string }[]>(
      `SELECT c.school_year AS "schoolYear"
         FROM cohort_pupil p JOIN cohort c ON c.id = p.cohort_id WHERE p.youth_id = $1`,
      [youthId],
    );
    if (!cohort) return null;
    const [from, to] = schoolYearDates(cohort.schoolYear);
    const [pupil] = this.group(await this.rows('p.youth_id = $1', [youthId, from, to]));
    await this.access.openYouth(
      actor,
      youthId,
      AuditAction.VIEW_BOOKINGS,
      'hospiteringsdager på elevsiden',
    );
    return pupil ?? null;
  }

  /** The cohort's pupils (or one pupil) with their bookings between $2 and $3. */
  private rows(
    where: 'p.cohort_id = $1' | 'p.youth_id = $1',
    params: [string, string, string],
  ): Promise<Row[]> {
    return this.dataSource.query<Row[]>(
      `SELECT p.youth_id, a.display_name, g.email AS guardian_email,
              b.id, b.status, b.decline_reason, b.created_at, b.booked_by,
              s.date::text AS date, to_char(s.start_time, 'HH24:MI') AS start_time,
              to_char(s.end_time, 'HH24:MI') AS end_time, o.id AS opportunity_id, o.title,
              e.name AS employer_name,
              CASE WHEN b.id IS NULL THEN NULL ELSE ${CONSENT_STATUS_SQL} END AS consent
         FROM cohort_pupil p
         JOIN account a ON a.id = p.youth_id
         LEFT JOIN guardian_contact g ON g.youth_id = p.youth_id
         LEFT JOIN booking b ON b.youth_id = p.youth_id AND b.slot_date BETWEEN $2::date AND $3::date
         LEFT JOIN slot s ON s.id = b.slot_id
         LEFT JOIN opportunity o ON o.id = s.opportunity_id
         LEFT JOIN employer e ON e.id = o.employer_id
         LEFT JOIN youth_profile yp ON yp.account_id = p.youth_id
         LEFT JOIN guardian_consent gcs ON gcs.booking_id = b.id
        WHERE ${where}
        ORDER BY a.display_name, p.youth_id, s.date, b.created_at`,
      params,
    );
  }

  private group(rows: readonly Row[]): PupilBookings[] {
    const today = this.clock.today();
    const byPupil = new Map<string, PupilBookings>();
    for (const row of rows) {
      let pupil = byPupil.get(row.youth_id);
      if (!pupil) {
        pupil = {
          youthId: row.youth_id,
          displayName: row.display_name,
          guardianEmail: row.guardian_email,
          daysBooked: 0,
          confirmed: 0,
          attended: 0,
          declined: 0,
          waitlisted: 0,
          awaitingAnswer: 0,
          hasRequiredDays: false,
          bookings: [],
        };
        byPupil.set(row.youth_id, pupil);
      }
      if (!row.id || !row.status || !row.created_at) continue;
      const booking: SchoolBooking = {
        id: row.id,
        date: row.date ?? '',
        startTime: row.start_time ?? '',
        endTime: row.end_time ?? '',
        opportunityId: row.opportunity_id ?? '',
        title: row.title ?? '',
        employerName: row.employer_name ?? '',
        status: row.status,
        declineReason: (row.decline_reason && DECLINE_REASONS.get(row.decline_reason)) || null,
        awaitingAnswer:
          row.status === BookingStatus.REQUESTED && isAnswerOverdue(row.created_at, today),
        bookedOnBehalf: row.booked_by !== null && row.booked_by !== row.youth_id,
        guardianConsent: row.consent ?? GuardianConsentStatus.NOT_NEEDED,
      };
      pupil.bookings.push(booking);
      if (COUNTED.includes(booking.status)) pupil.daysBooked++;
      if (booking.status === BookingStatus.CONFIRMED) pupil.confirmed++;
      if (booking.status === BookingStatus.ATTENDED) pupil.attended++;
      if (booking.status === BookingStatus.DECLINED) pupil.declined++;
      if (booking.status === BookingStatus.WAITLISTED) pupil.waitlisted++;
      if (booking.awaitingAnswer) pupil.awaitingAnswer++;
      pupil.hasRequiredDays = pupil.daysBooked >= this.config.REQUIRED_HOSPITERING_DAYS;
    }
    return [...byPupil.values()];
  }

  private async recordViews(
    actor: Account,
    place: CounsellorPlace,
    cohortName: string,
    pupils: readonly PupilBookings[],
    use: Use,
  ): Promise<void> {
    const what =
      use === 'export' ? 'eksport av hospiteringsdager' : 'oversikt over hospiteringsdager';
    await this.audit.recordMany(
      pupils.map((pupil) => ({
        actorId: actor.id,
        actorRole: place.role,
        actorName: actor.displayName,
        actorOrganisation: place.organisationName,
        youthId: pupil.youthId,
        action: AuditAction.VIEW_BOOKINGS,
        purpose: `Rådgiver ved ${place.organisationName}, ${what} (${cohortName})`,
        outcome: AuditOutcome.ALLOWED,
      })),
    );
  }
}
