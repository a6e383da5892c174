import type { Operation } from '@/lib/graphql';

export type GoalKindName = 'JOB' | 'APPRENTICESHIP' | 'SCHOOL' | 'ACTIVITY';

export interface FollowUpStatus {
  goalKind: GoalKindName;
  goalReachedAt: string;
  nextDueOn: string | null;
  followUpEndsOn: string;
  completed: boolean;
}

const STATUS = 'goalKind goalReachedAt nextDueOn followUpEndsOn completed';

export const FOLLOW_UP_OF_QUERY: Operation<
  { followUpOf: FollowUpStatus | null },
  { youthId: string }
> = {
  query: `query FollowUpOf($youthId: ID!) { followUpOf(youthId: $youthId) { ${STATUS} } }`,
};

export const MARK_GOAL_REACHED_MUTATION: Operation<
  { markGoalReached: FollowUpStatus },
  { youthId: string; goalKind: GoalKindName }
> = {
  query: `mutation MarkGoalReached($youthId: ID!, $goalKind: GoalKind!) { markGoalReached(youthId: $youthId, goalKind: $goalKind) { ${STATUS} } }`,
};

export const END_FOLLOW_UP_MUTATION: Operation<
  { endFollowUp: { endedAt: string | null } },
  { youthId: string }
> = {
  query: `mutation EndFollowUp($youthId: ID!) { endFollowUp(youthId: $youthId) { endedAt } }`,
};
