import {
  FieldErrorCode,
  INTAKE_QUESTIONS,
  WHAT_MATTERS_RULE,
  type IntakePriority as DomainPriority,
} from '@akselerator/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { isUuid } from '../../common/uuid';
import { Satisfies } from '../../common/validation/satisfies.decorator';

export enum IntakePriority {
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
  LOW = 'LOW',
}
registerEnumType(IntakePriority, { name: 'IntakePriority' });

export enum IntakeStatus {
  WAITING = 'WAITING',
  ROUTED = 'ROUTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(IntakeStatus, { name: 'IntakeStatus' });

/** The API's enum and the domain's union stay the same words (checked by tsc). */
export const PRIORITY_OF: Record<DomainPriority, IntakePriority> = {
  HIGH: IntakePriority.HIGH,
  NORMAL: IntakePriority.NORMAL,
  LOW: IntakePriority.LOW,
};

const HELP_OPTIONS = INTAKE_QUESTIONS.find((question) => question.field === 'helpWanted')?.options
  .length;
const isText = (value: unknown): boolean => typeof value === 'string' && value.length <= 1000;

/** The five screening answers (option codes from libs/domain INTAKE_QUESTIONS). */
@InputType()
export class IntakeInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A counsellor asking on behalf of a young person they follow; empty: for oneself',
  })
  @Satisfies(FieldErrorCode.REQUIRED, (value) => value == null || isUuid(value))
  youthId?: string | null;

  @Field({ description: 'FOLLOW_UP_NEED: CLOSE, SOME or UNSURE' })
  @Satisfies(FieldErrorCode.REQUIRED, isText)
  followUpNeed!: string;

  @Field({
    description: 'TIME_OUTSIDE: NOT_OUTSIDE, UNDER_3_MONTHS, MONTHS_3_TO_12, OVER_12_MONTHS',
  })
  @Satisfies(FieldErrorCode.REQUIRED, isText)
  timeOutside!: string;

  @Field(() => [String], { description: 'HELP_WANTED: one or more option codes' })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) =>
      Array.isArray(value) &&
      value.length <= (HELP_OPTIONS ?? 10) &&
      value.every((item) => typeof item === 'string'),
  )
  helpWanted!: string[];

  @Field({ description: 'CURRENT_SITUATION: an option code' })
  @Satisfies(FieldErrorCode.REQUIRED, isText)
  currentSituation!: string;

  @Field(() => String, {
    nullable: true,
    description: `WHAT_MATTERS: optional free text, at most ${WHAT_MATTERS_RULE.max} characters`,
  })
  @Satisfies(
    FieldErrorCode.TOO_LONG,
    (value) => value == null || (typeof value === 'string' && value.length <= 5000),
    {
      max: WHAT_MATTERS_RULE.max,
    },
  )
  whatMatters?: string | null;
}

@ObjectType()
export class IntakeAnswersView {
  @Field()
  followUpNeed!: string;

  @Field()
  timeOutside!: string;

  @Field(() => [String])
  helpWanted!: string[];

  @Field()
  currentSituation!: string;

  @Field()
  whatMatters!: string;
}

/** A request for a coordinator as the young person (or whoever placed it) sees it. */
@ObjectType()
export class IntakeRequestView {
  @Field(() => ID)
  id!: string;

  @Field(() => IntakeStatus)
  status!: IntakeStatus;

  @Field(() => IntakePriority, { description: 'Suggested from the answers' })
  priority!: IntakePriority;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  routedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who follows the young person now (routed), else null',
  })
  coordinatorName!: string | null;

  @Field(() => String, { nullable: true })
  navOfficeName!: string | null;
}

/** The coordinator who follows the young person now (however the caseload began). */
@ObjectType()
export class MyCoordinator {
  @Field()
  coordinatorName!: string;

  @Field()
  navOfficeName!: string;

  @Field()
  since!: Date;
}

/** One coordinator's load in the office lead's view. */
@ObjectType()
export class CoordinatorLoad {
  @Field(() => ID)
  coordinatorId!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'COORDINATOR or OFFICE_LEAD' })
  role!: string;

  @Field(() => Int, { description: 'Young people followed now' })
  active!: number;

  @Field(() => Int)
  max!: number;

  @Field(() => Int)
  free!: number;
}

/** A request waiting for a coordinator (shown to the office's counsellors; audited). */
@ObjectType()
export class WaitingIntake {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field(() => IntakePriority)
  priority!: IntakePriority;

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  waitingDays!: number;

  @Field(() => IntakeAnswersView)
  answers!: IntakeAnswersView;
}

/** A young person followed at the office, for the lead who moves young people between coordinators. */
@ObjectType()
export class OfficeCaseloadEntry {
  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field(() => ID)
  coordinatorId!: string;

  @Field()
  coordinatorName!: string;
}

@ObjectType()
export class OfficeLoad {
  @Field(() => ID)
  navOfficeId!: string;

  @Field()
  officeName!: string;

  @Field(() => Int, { description: 'The caseload maximum (CASELOAD_MAX)' })
  max!: number;

  @Field({ description: 'The viewer is the office lead (may route and reassign)' })
  viewerIsLead!: boolean;

  @Field(() => [CoordinatorLoad])
  coordinators!: CoordinatorLoad[];
}
