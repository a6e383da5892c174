import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { AddCounsellorInput, CreateOrganisationInput } from './dtos/organisation.inputs';
import { OrganisationKind, OrganisationSummary, StaffMember } from './dtos/organisation.types';
import { StaffAdminService } from './staff-admin.service';

/** Programme admins: schools, NAV offices and their counsellors. */
@Resolver()
export class StaffAdminResolver {
  constructor(private readonly staffAdmin: StaffAdminService) {}

  @Query(() => [OrganisationSummary], { description: 'Schools and NAV offices (admins)' })
  organisations(@CurrentAccount() actor: Account | null): Promise<OrganisationSummary[]> {
    return this.staffAdmin.organisations(actor);
  }

  @Query(() => [StaffMember], { description: 'The counsellors of a school or NAV office (admins)' })
  organisationStaff(
    @CurrentAccount() actor: Account | null,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<StaffMember[]> {
    return this.staffAdmin.staff(actor, organisationId);
  }

  @Mutation(() => OrganisationSummary, {
    description: 'Registers a lower-secondary school (admins)',
  })
  createSchool(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationSummary> {
    return this.staffAdmin.createOrganisation(actor, OrganisationKind.SCHOOL, input);
  }

  @Mutation(() => OrganisationSummary, { description: 'Registers a NAV office (admins)' })
  createNavOffice(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationSummary> {
    return this.staffAdmin.createOrganisation(actor, OrganisationKind.NAV_OFFICE, input);
  }

  @Mutation(() => StaffMember, {
    description:
      'Places a counsellor in a school or NAV office; a new e-mail gets an account (admins)',
  })
  addCounsellor(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: AddCounsellorInput,
  ): Promise<StaffMember> {
    return this.staffAdmin.addCounsellor(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Takes a counsellor out of their organisation (admins)' })
  removeCounsellor(
    @CurrentAccount() actor: Account | null,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<boolean> {
    return this.staffAdmin.removeCounsellor(actor, accountId);
  }
}
