import { CounsellorRole, EmployerRole } from '@akselerator/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { YouthProfileRecord } from '../../matching/youth-profile.entity';

registerEnumType(CounsellorRole, { name: 'CounsellorRole' });
registerEnumType(EmployerRole, { name: 'EmployerRole' });

export enum OrganisationKind {
  SCHOOL = 'SCHOOL',
  NAV_OFFICE = 'NAV_OFFICE',
  EMPLOYER = 'EMPLOYER',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

/** Where the signed-in person works, and their role there. */
@ObjectType()
export class MyOrganisation {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  municipalityCode!: string;

  @Field(() => CounsellorRole, { nullable: true })
  counsellorRole!: CounsellorRole | null;

  @Field(() => EmployerRole, { nullable: true })
  employerRole!: EmployerRole | null;
}

@ObjectType('ClassCode')
export class ClassCodeView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'As shown to the class, e.g. K7PX-4QXM' })
  code!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field({ description: 'Not expired and not withdrawn' })
  active!: boolean;
}

/** A cohort as its school counsellor sees it, with its class codes. */
@ObjectType('Cohort')
export class CohortView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. 10A' })
  name!: string;

  @Field({ description: 'e.g. 2026/27' })
  schoolYear!: string;

  @Field()
  schoolName!: string;

  @Field(() => Int)
  pupilCount!: number;

  @Field(() => [ClassCodeView], { description: 'Newest first' })
  classCodes!: ClassCodeView[];
}

/** The pupil's own cohort and school. */
@ObjectType()
export class PupilCohort {
  @Field(() => ID)
  cohortId!: string;

  @Field()
  cohortName!: string;

  @Field()
  schoolYear!: string;

  @Field()
  schoolName!: string;

  @Field()
  joinedAt!: Date;
}

/** One pupil in the school counsellor's cohort list. */
@ObjectType()
export class CohortPupil {
  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field()
  joinedAt!: Date;

  @Field(() => Int, { description: 'Bookings that hold a seat (requested, confirmed, attended)' })
  daysBooked!: number;

  @Field(() => Int)
  daysAttended!: number;
}

@ObjectType()
export class CaseloadEntry {
  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field(() => ID)
  coordinatorId!: string;

  @Field()
  coordinatorName!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;
}

@ObjectType()
export class BookingSummary {
  @Field(() => Int, { description: 'Waiting for the employer' })
  requested!: number;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  waitlisted!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int)
  attended!: number;

  @Field(() => Int)
  noShow!: number;
}

/** What a counsellor sees on opening a young person's page (one VIEW_PROFILE audit record). */
@ObjectType()
export class YouthOverview {
  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'SELF, SCHOOL_COUNSELLOR or COORDINATOR: why the viewer may see this' })
  accessBasis!: string;

  @Field(() => String, { nullable: true })
  schoolName!: string | null;

  @Field(() => String, { nullable: true })
  cohortName!: string | null;

  @Field(() => String, { nullable: true })
  schoolYear!: string | null;

  @Field(() => String, { nullable: true, description: 'The active coordinator, if any' })
  coordinatorName!: string | null;

  @Field(() => YouthProfileRecord, {
    nullable: true,
    description: 'Interests, strengths and practical needs (never diagnoses)',
  })
  profile!: YouthProfileRecord | null;

  @Field(() => BookingSummary)
  bookings!: BookingSummary;
}

@ObjectType()
export class EmployerMember {
  @Field(() => ID)
  accountId!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => EmployerRole)
  role!: EmployerRole;
}

@ObjectType({ description: 'What a colleague invitation link is about, for the page it opens' })
export class EmployerInvitationPreview {
  @Field({ description: 'The employer one is invited to' })
  employerName!: string;

  @Field({ description: 'The address the invitation went to (the account must use it)' })
  email!: string;

  @Field()
  expiresAt!: Date;
}

/** A school or NAV office, for the programme admins. */
@ObjectType()
export class OrganisationSummary {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  municipalityCode!: string;

  @Field(() => Int)
  counsellorCount!: number;
}

/** A counsellor and where they work (for the programme admins). */
@ObjectType()
export class StaffMember {
  @Field(() => ID)
  accountId!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => CounsellorRole)
  role!: CounsellorRole;

  @Field(() => ID)
  organisationId!: string;

  @Field()
  organisationName!: string;
}
