import { CounsellorRole, EmployerRole, Role } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from '../identity/account.entity';

export interface CounsellorPlace {
  role: CounsellorRole;
  schoolId: string | null;
  navOfficeId: string | null;
  /** The school's or NAV office's name. */
  organisationName: string;
}

/** Who belongs where: counsellors in schools and NAV offices, employer accounts in employers. */
@Injectable()
export class MembershipService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counsellorPlace(actor: Account): Promise<CounsellorPlace | null> {
    if (actor.role !== Role.COUNSELLOR) return null;
    const [row] = await this.dataSource.query<CounsellorPlace[]>(
      `SELECT m.role, m.school_id AS "schoolId", m.nav_office_id AS "navOfficeId",
              coalesce(s.name, n.name) AS "organisationName"
         FROM counsellor_membership m
         LEFT JOIN school s ON s.id = m.school_id
         LEFT JOIN nav_office n ON n.id = m.nav_office_id
        WHERE m.account_id = $1`,
      [actor.id],
    );
    return row ?? null;
  }

  /**
   * The actor's role in their employer. An employer account without a membership row (made before
   * memberships existed and not backfilled) counts as a plain member: least privilege.
   */
  async employerRole(actor: Account): Promise<EmployerRole | null> {
    if (actor.role !== Role.EMPLOYER || actor.employerId === null) return null;
    const [row] = await this.dataSource.query<{ role: EmployerRole }[]>(
      `SELECT role FROM employer_membership WHERE account_id = $1 AND employer_id = $2`,
      [actor.id, actor.employerId],
    );
    return row?.role ?? EmployerRole.MEMBER;
  }

  /** How the actor is named in a young person's access log: their role and organisation. */
  async actorDescription(actor: Account): Promise<{ role: string; organisation: string | null }> {
    const place = await this.counsellorPlace(actor);
    if (place) return { role: place.role, organisation: place.organisationName };
    return { role: actor.role, organisation: actor.employer?.name ?? null };
  }
}
