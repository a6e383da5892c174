import { randomInt } from 'node:crypto';
import {
  AuditAction,
  AuditOutcome,
  CLASS_CODE_DEFAULT_VALID_DAYS,
  CounsellorRole,
  formatClassCode,
  generateClassCode,
  Role,
  SEAT_HOLDING_STATUSES,
  BookingStatus,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../identity/identity.exception';
import { IdentityService } from '../identity/identity.service';
import type { CreateClassCodeInput, CreateCohortInput } from './dtos/organisation.inputs';
import type {
  ClassCodeView,
  CohortPupil,
  CohortView,
  PupilCohort,
} from './dtos/organisation.types';
import { EnrolmentService } from './enrolment.service';
import { MembershipService, type CounsellorPlace } from './membership.service';
import { OrganisationErrorCode, OrganisationException } from './organisations.exception';

const PG_UNIQUE_VIOLATION = '23505';
const DAY_MS = 24 * 60 * 60 * 1000;

interface ClassCodeRow {
  id: string;
  cohortId: string;
  code: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

type SchoolPlace = CounsellorPlace & { schoolId: string };

/** Cohorts and class codes: made by a school counsellor, used by pupils at sign-up. */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
    private readonly enrolment: EnrolmentService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async createCohort(actor: Account | null, input: CreateCohortInput): Promise<CohortView> {
    const place = await this.requireSchoolCounsellor(actor);
    try {
      const [row] = await this.dataSource.query<{ id: string }[]>(
        `INSERT INTO cohort (school_id, name, school_year, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [place.schoolId, input.name, input.schoolYear, actor?.id],
      );
      return await this.cohortView(place, row?.id ?? '');
    } catch (error) {
      if ((error as { code?: string }).code === PG_UNIQUE_VIOLATION) {
        throw new OrganisationException(OrganisationErrorCode.COHORT_EXISTS);
      }
      throw error;
    }
  }

  async myCohorts(actor: Account | null): Promise<CohortView[]> {
    const place = await this.requireSchoolCounsellor(actor);
    const cohorts = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM cohort WHERE school_id = $1 ORDER BY school_year DESC, name`,
      [place.schoolId],
    );
    return Promise.all(cohorts.map((cohort) => this.cohortView(place, cohort.id)));
  }

  async createClassCode(
    actor: Account | null,
    input: CreateClassCodeInput,
  ): Promise<ClassCodeView> {
    const place = await this.requireSchoolCounsellor(actor);
    await this.requireCohortAt(place, input.cohortId);
    const validDays = input.validDays ?? CLASS_CODE_DEFAULT_VALID_DAYS;
    const expiresAt = new Date(this.clock.now().getTime() + validDays * DAY_MS);
    // 32^8 codes: a collision is rare; the unique index decides, and a new code is drawn.
    for (let attempt = 0; ; attempt++) {
      try {
        const [row] = await this.dataSource.query<ClassCodeRow[]>(
          `INSERT INTO class_code (cohort_id, code, expires_at, created_by) VALUES ($1, $2, $3, $4)
           RETURNING id, cohort_id AS "cohortId", code, expires_at AS "expiresAt", revoked_at AS "revokedAt"`,
          [input.cohortId, generateClassCode((n) => randomInt(n)), expiresAt, actor?.id],
        );
        if (!row) throw new Error('class code insert returned nothing');
        return this.classCodeView(row);
      } catch (error) {
        if ((error as { code?: string }).code !== PG_UNIQUE_VIOLATION || attempt >= 4) throw error;
      }
    }
  }

  /** Withdraws a code at once; pupils already in the cohort stay. */
  async revokeClassCode(actor: Account | null, classCodeId: string): Promise<ClassCodeView> {
    const place = await this.requireSchoolCounsellor(actor);
    if (!isUuid(classCodeId)) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    // UPDATE … RETURNING through the driver answers [rows, count].
    const [rows] = await this.dataSource.query<[ClassCodeRow[], number]>(
      `UPDATE class_code k SET revoked_at = coalesce(k.revoked_at, $3)
         FROM cohort c
        WHERE k.id = $1 AND c.id = k.cohort_id AND c.school_id = $2
        RETURNING k.id, k.cohort_id AS "cohortId", k.code, k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt"`,
      [classCodeId, place.schoolId, this.clock.now()],
    );
    const updated = rows[0];
    if (!updated) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    return this.classCodeView(updated);
  }

  /**
   * The pupils of a cohort, for a school counsellor of its school only; anyone else gets null,
   * exactly as for a cohort that does not exist. Writes one VIEW_COHORT_LIST record per pupil.
   */
  async cohortPupils(actor: Account | null, cohortId: string): Promise<CohortPupil[] | null> {
    const signedIn = this.identity.requireSignedIn(actor);
    const place = await this.memberships.counsellorPlace(signedIn);
    if (place?.role !== CounsellorRole.SCHOOL_COUNSELLOR || place.schoolId === null) return null;
    if (!(await this.cohortIsAt(place.schoolId, cohortId))) return null;
    const pupils = await this.dataSource.query<CohortPupil[]>(
      `SELECT p.youth_id AS "youthId", a.display_name AS "displayName", p.joined_at AS "joinedAt",
              count(b.id) FILTER (WHERE b.status = ANY($2))::int AS "daysBooked",
              count(b.id) FILTER (WHERE b.status = $3)::int AS "daysAttended"
         FROM cohort_pupil p
         JOIN account a ON a.id = p.youth_id
         LEFT JOIN booking b ON b.youth_id = p.youth_id
        WHERE p.cohort_id = $1
        GROUP BY p.youth_id, a.display_name, p.joined_at
        ORDER BY a.display_name, p.youth_id`,
      [cohortId, SEAT_HOLDING_STATUSES, BookingStatus.ATTENDED],
    );
    await this.audit.recordMany(
      pupils.map((pupil) => ({
        actorId: signedIn.id,
        actorRole: place.role,
        actorName: signedIn.displayName,
        actorOrganisation: place.organisationName,
        youthId: pupil.youthId,
        action: AuditAction.VIEW_COHORT_LIST,
        purpose: `Rådgiver ved ${place.organisationName}, klasseoversikt`,
        outcome: AuditOutcome.ALLOWED,
      })),
    );
    return pupils;
  }

  /** The signed-in pupil's cohort and school, or null. */
  async myCohort(actor: Account | null): Promise<PupilCohort | null> {
    const youth = this.identity.requireYouth(actor);
    const [row] = await this.dataSource.query<PupilCohort[]>(
      `SELECT c.id AS "cohortId", c.name AS "cohortName", c.school_year AS "schoolYear",
              s.name AS "schoolName", p.joined_at AS "joinedAt"
         FROM cohort_pupil p JOIN cohort c ON c.id = p.cohort_id JOIN school s ON s.id = c.school_id
        WHERE p.youth_id = $1`,
      [youth.id],
    );
    return row ?? null;
  }

  /** A pupil who signed up without a code (or changed class) joins with one later. */
  async joinCohort(actor: Account | null, classCode: string): Promise<PupilCohort> {
    const youth = this.identity.requireYouth(actor);
    await this.dataSource.transaction((manager) =>
      this.enrolment.joinCohort(manager, youth.id, classCode),
    );
    const cohort = await this.myCohort(youth);
    if (!cohort) throw new Error('joined cohort not found');
    return cohort;
  }

  private async requireSchoolCounsellor(actor: Account | null): Promise<SchoolPlace> {
    const signedIn = this.identity.requireSignedIn(actor);
    if (signedIn.role !== Role.COUNSELLOR) throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    const place = await this.memberships.counsellorPlace(signedIn);
    if (place?.role !== CounsellorRole.SCHOOL_COUNSELLOR || place.schoolId === null) {
      throw new OrganisationException(OrganisationErrorCode.NO_ORGANISATION);
    }
    return { ...place, schoolId: place.schoolId };
  }

  private async cohortIsAt(schoolId: string, cohortId: string): Promise<boolean> {
    if (!isUuid(cohortId)) return false;
    const [row] = await this.dataSource.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM cohort WHERE id = $1 AND school_id = $2) AS found`,
      [cohortId, schoolId],
    );
    return row?.found ?? false;
  }

  private async requireCohortAt(place: SchoolPlace, cohortId: string): Promise<void> {
    if (!(await this.cohortIsAt(place.schoolId, cohortId))) {
      throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    }
  }

  private async cohortView(place: SchoolPlace, cohortId: string): Promise<CohortView> {
    const [cohort] = await this.dataSource.query<
      { id: string; name: string; schoolYear: string; pupilCount: number }[]
    >(
      `SELECT c.id, c.name, c.school_year AS "schoolYear",
              (SELECT count(*)::int FROM cohort_pupil p WHERE p.cohort_id = c.id) AS "pupilCount"
         FROM cohort c WHERE c.id = $1 AND c.school_id = $2`,
      [cohortId, place.schoolId],
    );
    if (!cohort) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const codes = await this.dataSource.query<ClassCodeRow[]>(
      `SELECT id, cohort_id AS "cohortId", code, expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM class_code WHERE cohort_id = $1 ORDER BY created_at DESC, id`,
      [cohortId],
    );
    return {
      ...cohort,
      schoolName: place.organisationName,
      classCodes: codes.map((code) => this.classCodeView(code)),
    };
  }

  private classCodeView(row: ClassCodeRow): ClassCodeView {
    return {
      id: row.id,
      code: formatClassCode(row.code),
      expiresAt: row.expiresAt,
      revokedAt: row.revokedAt,
      active: row.revokedAt === null && row.expiresAt.getTime() > this.clock.now().getTime(),
    };
  }
}
