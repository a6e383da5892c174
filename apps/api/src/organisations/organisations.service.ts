import { Role } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from '../identity/account.entity';
import { MyOrganisation, OrganisationKind } from './dtos/organisation.types';
import { MembershipService } from './membership.service';

/** Where the signed-in person belongs. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  async myOrganisation(actor: Account | null): Promise<MyOrganisation | null> {
    if (!actor) return null;
    if (actor.role === Role.EMPLOYER && actor.employer) {
      return {
        kind: OrganisationKind.EMPLOYER,
        id: actor.employer.id,
        name: actor.employer.name,
        municipalityCode: '',
        counsellorRole: null,
        employerRole: await this.memberships.employerRole(actor),
      };
    }
    const place = await this.memberships.counsellorPlace(actor);
    if (!place) return null;
    const [row] = await this.dataSource.query<{ municipalityCode: string }[]>(
      `SELECT municipality_code AS "municipalityCode" FROM school WHERE id = $1
       UNION ALL SELECT municipality_code FROM nav_office WHERE id = $2`,
      [place.schoolId, place.navOfficeId],
    );
    return {
      kind: place.schoolId ? OrganisationKind.SCHOOL : OrganisationKind.NAV_OFFICE,
      id: place.schoolId ?? place.navOfficeId ?? '',
      name: place.organisationName,
      municipalityCode: row?.municipalityCode ?? '',
      counsellorRole: place.role,
      employerRole: null,
    };
  }
}
