import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { CohortsService } from './cohorts.service';
import { CreateClassCodeInput, CreateCohortInput } from './dtos/organisation.inputs';
import {
  ClassCodeView,
  CohortPupil,
  CohortView,
  MyOrganisation,
  PupilCohort,
} from './dtos/organisation.types';
import { OrganisationsService } from './organisations.service';

/** Schools, cohorts and class codes. */
@Resolver()
export class OrganisationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly cohorts: CohortsService,
  ) {}

  @Query(() => MyOrganisation, {
    nullable: true,
    description: "The signed-in person's school, NAV office or employer, and their role there",
  })
  myOrganisation(@CurrentAccount() actor: Account | null): Promise<MyOrganisation | null> {
    return this.organisations.myOrganisation(actor);
  }

  @Query(() => [CohortView], { description: "The school counsellor's cohorts, newest year first" })
  myCohorts(@CurrentAccount() actor: Account | null): Promise<CohortView[]> {
    return this.cohorts.myCohorts(actor);
  }

  @Query(() => PupilCohort, { nullable: true, description: "The signed-in pupil's cohort" })
  myCohort(@CurrentAccount() actor: Account | null): Promise<PupilCohort | null> {
    return this.cohorts.myCohort(actor);
  }

  @Query(() => [CohortPupil], {
    nullable: true,
    description: "A cohort's pupils, for a school counsellor of its school; otherwise null",
  })
  cohortPupils(
    @CurrentAccount() actor: Account | null,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<CohortPupil[] | null> {
    return this.cohorts.cohortPupils(actor, cohortId);
  }

  @Mutation(() => CohortView, {
    description: 'A school counsellor creates a cohort at their school',
  })
  createCohort(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateCohortInput,
  ): Promise<CohortView> {
    return this.cohorts.createCohort(actor, input);
  }

  @Mutation(() => ClassCodeView, { description: 'A new class code for a cohort of the school' })
  createClassCode(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: CreateClassCodeInput,
  ): Promise<ClassCodeView> {
    return this.cohorts.createClassCode(actor, input);
  }

  @Mutation(() => ClassCodeView, { description: 'Withdraws a class code at once' })
  revokeClassCode(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ClassCodeView> {
    return this.cohorts.revokeClassCode(actor, id);
  }

  @Mutation(() => PupilCohort, {
    description: 'A signed-in pupil joins (or moves to) the cohort of a class code',
  })
  joinCohort(
    @CurrentAccount() actor: Account | null,
    @Args('classCode') classCode: string,
  ): Promise<PupilCohort> {
    return this.cohorts.joinCohort(actor, classCode);
  }
}
