import type { Operation } from '@/lib/graphql';

/** The GraphQL documents and shapes of the mapping and the plan (issue 8 §2). */

export type MilestoneOwnerName = 'YOUTH' | 'COORDINATOR' | 'TOGETHER';

export interface PlanMilestone {
  id: string;
  title: string;
  dueOn: string;
  owner: MilestoneOwnerName;
  doneAt: string | null;
}

export interface PlanCommentView {
  id: string;
  body: string;
  authorName: string;
  authorRoleLabel: string;
  mine: boolean;
  createdAt: string;
}

export interface PlanVersionView {
  version: number;
  summary: string;
  changedByName: string;
  changedByRoleLabel: string;
  createdAt: string;
}

export interface PlanView {
  id: string;
  youthId: string;
  goal: string;
  startsOn: string;
  version: number;
  canEdit: boolean;
  milestones: PlanMilestone[];
  comments: PlanCommentView[];
  versions: PlanVersionView[];
}

export interface StrengthMappingView {
  interests: string[];
  strengths: string[];
  adaptations: string[];
  dreams: string;
  workExperience: string;
  goals: string;
  updatedAt: string;
}

export type StrengthMappingDraftInput = Omit<StrengthMappingView, 'updatedAt'>;

export interface MilestoneDraftInput {
  title: string;
  dueOn: string;
  owner: string;
}

const PLAN_FIELDS = `id youthId goal startsOn version canEdit
  milestones { id title dueOn owner doneAt }
  comments { id body authorName authorRoleLabel mine createdAt }
  versions { version summary changedByName changedByRoleLabel createdAt }`;
const MAPPING_FIELDS = 'interests strengths adaptations dreams workExperience goals updatedAt';

export const PLAN_PAGE_QUERY: Operation<
  { plan: PlanView | null; strengthMapping: StrengthMappingView | null },
  { youthId: string }
> = {
  query: `query PlanPage($youthId: ID!) {
  plan(youthId: $youthId) { ${PLAN_FIELDS} }
  strengthMapping(youthId: $youthId) { ${MAPPING_FIELDS} }
}`,
};

export const MY_PLAN_QUERY: Operation<{
  myPlan: {
    coordinatorName: string | null;
    plan: PlanView | null;
    mapping: StrengthMappingView | null;
  };
}> = {
  query: `query MyPlan { myPlan { coordinatorName plan { ${PLAN_FIELDS} } mapping { ${MAPPING_FIELDS} } } }`,
};

export const SAVE_MAPPING_MUTATION: Operation<
  { saveStrengthMapping: StrengthMappingView },
  { youthId: string; input: StrengthMappingDraftInput }
> = {
  query: `mutation SaveMapping($youthId: ID!, $input: StrengthMappingInput!) {
  saveStrengthMapping(youthId: $youthId, input: $input) { ${MAPPING_FIELDS} }
}`,
};

export const SAVE_PLAN_MUTATION: Operation<
  { savePlan: { id: string; version: number } },
  { youthId: string; input: { goal: string; startsOn: string } }
> = {
  query: `mutation SavePlan($youthId: ID!, $input: SavePlanInput!) {
  savePlan(youthId: $youthId, input: $input) { id version }
}`,
};

export const ADD_MILESTONE_MUTATION: Operation<
  { addMilestone: { id: string; version: number } },
  { youthId: string; input: MilestoneDraftInput }
> = {
  query: `mutation AddMilestone($youthId: ID!, $input: MilestoneInput!) {
  addMilestone(youthId: $youthId, input: $input) { id version }
}`,
};

export const UPDATE_MILESTONE_MUTATION: Operation<
  { updateMilestone: { id: string; version: number } },
  { milestoneId: string; input: MilestoneDraftInput }
> = {
  query: `mutation UpdateMilestone($milestoneId: ID!, $input: MilestoneInput!) {
  updateMilestone(milestoneId: $milestoneId, input: $input) { id version }
}`,
};

export const REMOVE_MILESTONE_MUTATION: Operation<
  { removeMilestone: { id: string; version: number } },
  { milestoneId: string }
> = {
  query: `mutation RemoveMilestone($milestoneId: ID!) {
  removeMilestone(milestoneId: $milestoneId) { id version }
}`,
};

export const SET_MILESTONE_DONE_MUTATION: Operation<
  { setMilestoneDone: { id: string; version: number } },
  { milestoneId: string; done: boolean }
> = {
  query: `mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {
  setMilestoneDone(milestoneId: $milestoneId, done: $done) { id version }
}`,
};

export const ADD_COMMENT_MUTATION: Operation<
  { addPlanComment: { id: string; version: number } },
  { planId: string; body: string }
> = {
  query: `mutation AddPlanComment($planId: ID!, $body: String!) {
  addPlanComment(planId: $planId, body: $body) { id version }
}`,
};

/** The frame of the coordinator's page: who the young person is, and why the viewer may see them. */
export const YOUTH_FRAME_QUERY: Operation<
  { youthOverview: { youthId: string; displayName: string; accessBasis: string } | null },
  { youthId: string }
> = {
  query: `query YouthFrame($youthId: ID!) {
  youthOverview(youthId: $youthId) { youthId displayName accessBasis }
}`,
};
