import { FieldErrorCode, type GoalKind as DomainGoalKind } from '@akselerator/domain';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { isUuid } from '../../common/uuid';
import { Satisfies } from '../../common/validation/satisfies.decorator';

/** What the young person reached: after it, follow-up goes on for six months. */
export enum GoalKind {
  JOB = 'JOB',
  APPRENTICESHIP = 'APPRENTICESHIP',
  SCHOOL = 'SCHOOL',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(GoalKind, { name: 'GoalKind' });

/** The API's enum and the domain's union must stay the same set of words (checked by tsc). */
export const GOAL_KIND_OF: Record<DomainGoalKind, GoalKind> = {
  JOB: GoalKind.JOB,
  APPRENTICESHIP: GoalKind.APPRENTICESHIP,
  SCHOOL: GoalKind.SCHOOL,
  ACTIVITY: GoalKind.ACTIVITY,
};

/** A young person in the coordinator's caseload whose goal was reached, and where follow-up is. */
@ObjectType()
export class FollowUpDue {
  @Field(() => ID)
  youthId!: string;

  @Field()
  displayName!: string;

  @Field(() => GoalKind)
  goalKind!: GoalKind;

  @Field()
  goalReachedAt!: Date;

  @Field(() => Int, {
    description: 'The latest reminder that fell due: month 1 to 6 after the goal',
  })
  month!: number;

  @Field({ description: 'When that reminder fell due (YYYY-MM-DD)' })
  dueOn!: string;

  @Field({ description: 'Six months after the goal (YYYY-MM-DD): follow-up is complete then' })
  followUpEndsOn!: string;

  @Field({ description: 'Six months have passed: "oppfølging fullført"' })
  completed!: boolean;
}

/** The follow-up of one caseload after its goal was reached. */
@ObjectType()
export class FollowUpStatus {
  @Field(() => GoalKind)
  goalKind!: GoalKind;

  @Field()
  goalReachedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The next reminder (YYYY-MM-DD), if any' })
  nextDueOn!: string | null;

  @Field({ description: 'Six months after the goal (YYYY-MM-DD)' })
  followUpEndsOn!: string;

  @Field({ description: 'Six months have passed: "oppfølging fullført"' })
  completed!: boolean;
}

@ArgsType()
export class MarkGoalReachedArgs {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  youthId!: string;

  @Field(() => GoalKind, { description: 'JOB, APPRENTICESHIP, SCHOOL or ACTIVITY' })
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, (value) =>
    Object.values(GoalKind).includes(value as GoalKind),
  )
  goalKind!: GoalKind;
}
