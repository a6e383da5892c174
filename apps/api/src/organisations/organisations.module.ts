import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { SessionCookie } from '../identity/session-cookie';
import { MailModule } from '../mail/mail.module';
import { AccessService } from './access.service';
import { CaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';
import { CohortsService } from './cohorts.service';
import { EmployerMembersResolver } from './employer-members.resolver';
import { EmployerMembersService } from './employer-members.service';
import { EnrolmentModule } from './enrolment.module';
import { MembershipService } from './membership.service';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { StaffAdminResolver } from './staff-admin.resolver';
import { StaffAdminService } from './staff-admin.service';
import { YouthOverviewService } from './youth-overview.service';

/**
 * Organisations and who may see whom: schools and NAV offices with their counsellors, employers
 * with owners and members, cohorts with class codes, caseloads, and the access rules (AccessService)
 * that every module showing a young person's data to someone else goes through.
 */
@Module({
  imports: [IdentityModule, AuditModule, MailModule, EnrolmentModule],
  providers: [
    MembershipService,
    AccessService,
    OrganisationsService,
    CohortsService,
    CaseloadService,
    YouthOverviewService,
    EmployerMembersService,
    StaffAdminService,
    // Stateless; provided here so accepting an invitation signs the new member in like sign-up does.
    SessionCookie,
    OrganisationsResolver,
    CaseloadResolver,
    EmployerMembersResolver,
    StaffAdminResolver,
  ],
  exports: [AccessService, MembershipService, CaseloadService],
})
export class OrganisationsModule {}
