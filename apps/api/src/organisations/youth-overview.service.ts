import { AuditAction, BookingStatus } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from '../identity/account.entity';
import { YouthProfileRecord } from '../matching/youth-profile.entity';
import { AccessService } from './access.service';
import type { BookingSummary, YouthOverview } from './dtos/organisation.types';

/** A young person's page as a counsellor opens it: one VIEW_PROFILE audit record per opening. */
@Injectable()
export class YouthOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Null when not allowed, exactly as when the young person does not exist. */
  async youthOverview(
    actor: Account | null,
    youthId: string,
    purpose: string | null,
  ): Promise<YouthOverview | null> {
    const access = await this.access.openYouth(actor, youthId, AuditAction.VIEW_PROFILE, purpose);
    if (!access) return null;
    const [person] = await this.dataSource.query<
      {
        displayName: string;
        schoolName: string | null;
        cohortName: string | null;
        schoolYear: string | null;
        coordinatorName: string | null;
      }[]
    >(
      `SELECT a.display_name AS "displayName", s.name AS "schoolName", c.name AS "cohortName",
              c.school_year AS "schoolYear", k.display_name AS "coordinatorName"
         FROM account a
         LEFT JOIN cohort_pupil p ON p.youth_id = a.id
         LEFT JOIN cohort c ON c.id = p.cohort_id
         LEFT JOIN school s ON s.id = c.school_id
         LEFT JOIN caseload l ON l.youth_id = a.id AND l.ended_at IS NULL
         LEFT JOIN account k ON k.id = l.coordinator_id
        WHERE a.id = $1`,
      [youthId],
    );
    if (!person) return null;
    const profile = await this.dataSource
      .getRepository(YouthProfileRecord)
      .findOne({ where: { accountId: youthId } });
    return {
      youthId,
      accessBasis: access.basis,
      ...person,
      profile,
      bookings: await this.bookingSummary(youthId),
    };
  }

  private async bookingSummary(youthId: string): Promise<BookingSummary> {
    const rows = await this.dataSource.query<{ status: BookingStatus; count: number }[]>(
      `SELECT status, count(*)::int AS count FROM booking WHERE youth_id = $1 GROUP BY status`,
      [youthId],
    );
    const count = (status: BookingStatus): number =>
      rows.find((row) => row.status === status)?.count ?? 0;
    return {
      requested: count(BookingStatus.REQUESTED),
      confirmed: count(BookingStatus.CONFIRMED),
      waitlisted: count(BookingStatus.WAITLISTED),
      declined: count(BookingStatus.DECLINED),
      cancelled: count(BookingStatus.CANCELLED),
      attended: count(BookingStatus.ATTENDED),
      noShow: count(BookingStatus.NO_SHOW),
    };
  }
}
