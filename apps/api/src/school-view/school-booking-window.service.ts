import { CounsellorRole, OpportunityKind, OpportunityStatus } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { MembershipService } from '../organisations/membership.service';
import {
  OrganisationErrorCode,
  OrganisationException,
} from '../organisations/organisations.exception';
import type {
  BookableDay,
  BookableDaysFilter,
  CohortBookingWindow,
  SetCohortBookingWindowInput,
} from './dtos/school-booking-window.types';

/** At most this many days in the chooser; filters narrow it down. */
const BOOKABLE_DAYS_MAX = 200;

/**
 * The school's side of booking: the window in which a cohort's pupils may book on their own, and
 * the upcoming days a counsellor can book a pupil onto. The window binds only the pupils' own
 * bookings (see BookingService): the counsellor who set it may book on a pupil's behalf at any
 * time, and so may the cohort allocation the counsellor publishes.
 */
@Injectable()
export class SchoolBookingWindowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
    private readonly clock: Clock,
  ) {}

  /** Sets (or clears) a cohort's window; only a school counsellor of the cohort's school. */
  async setWindow(
    actor: Account | null,
    input: SetCohortBookingWindowInput,
  ): Promise<CohortBookingWindow> {
    const schoolId = await this.requireSchool(actor);
    const [rows] = await this.dataSource.query<[CohortBookingWindow[], number]>(
      `UPDATE cohort SET booking_opens_on = $3, booking_closes_on = $4
        WHERE id = $1 AND school_id = $2
        RETURNING id AS "cohortId", booking_opens_on::text AS "opensOn",
                  booking_closes_on::text AS "closesOn"`,
      [input.cohortId, schoolId, input.opensOn ?? null, input.closesOn ?? null],
    );
    const updated = rows[0];
    if (!updated) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    return updated;
  }

  /** A cohort's window; the caller has already been allowed to see the cohort. */
  async windowOf(cohortId: string): Promise<CohortBookingWindow> {
    const [row] = await this.dataSource.query<CohortBookingWindow[]>(
      `SELECT id AS "cohortId", booking_opens_on::text AS "opensOn",
              booking_closes_on::text AS "closesOn"
         FROM cohort WHERE id = $1`,
      [cohortId],
    );
    return row ?? { cohortId, opensOn: null, closesOn: null };
  }

  /**
   * Upcoming published hospitering days with a free seat whose employer has opened booking, for a
   * school counsellor (the same days any visitor finds in the search), by date.
   */
  async bookableDays(
    actor: Account | null,
    filter: BookableDaysFilter | null,
  ): Promise<BookableDay[]> {
    await this.requireSchool(actor);
    const today = this.clock.today();
    return this.dataSource.query<BookableDay[]>(
      `SELECT s.id AS "slotId", o.id AS "opportunityId", o.title, e.name AS "employerName",
              o.programme_code AS "programmeCode", o.trade_code AS "tradeCode",
              s.date::text AS date, to_char(s.start_time, 'HH24:MI') AS "startTime",
              to_char(s.end_time, 'HH24:MI') AS "endTime",
              (s.capacity - s.seats_booked)::int AS "seatsLeft"
         FROM slot s
         JOIN opportunity o ON o.id = s.opportunity_id
         JOIN employer e ON e.id = o.employer_id
        WHERE o.status = $1 AND o.kind = $2 AND s.date >= $3::date
          AND s.seats_booked < s.capacity
          AND (o.booking_opens_on IS NULL OR o.booking_opens_on <= $3::date)
          AND ($4::text IS NULL OR o.programme_code = $4)
          AND ($5::text IS NULL OR o.trade_code = $5)
          AND ($6::text IS NULL OR to_char(s.date, 'YYYY-MM') = $6)
        ORDER BY s.date, s.start_time, e.name, s.id
        LIMIT ${String(BOOKABLE_DAYS_MAX)}`,
      [
        OpportunityStatus.PUBLISHED,
        OpportunityKind.HOSPITERING,
        today,
        filter?.programmeCode ?? null,
        filter?.tradeCode ?? null,
        filter?.month ?? null,
      ],
    );
  }

  /** The signed-in school counsellor's school id; anyone else is refused. */
  private async requireSchool(actor: Account | null): Promise<string> {
    const signedIn = this.identity.requireSignedIn(actor);
    const place = await this.memberships.counsellorPlace(signedIn);
    if (place?.role !== CounsellorRole.SCHOOL_COUNSELLOR || !place.schoolId) {
      throw new OrganisationException(OrganisationErrorCode.NO_ORGANISATION);
    }
    return place.schoolId;
  }
}
