import {
  addDays,
  MilestoneOwner,
  PlanActor,
  planChangeSummary,
  type PlanChange,
} from '@akselerator/domain';
import { deterministicUuid, type SeededRandom } from '@akselerator/matching';
import { COMMENTS, MILESTONES, type DemoProfileTemplate } from './demo-counselling-texts';

export interface DemoPlan {
  id: string;
  youthId: string;
  goal: string;
  startsOn: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface DemoMilestone {
  id: string;
  planId: string;
  title: string;
  dueOn: string;
  owner: MilestoneOwner;
  doneAt: string | null;
  position: number;
}

export interface DemoPlanVersion {
  planId: string;
  version: number;
  changedBy: string;
  changedByRole: PlanActor;
  summary: string;
  snapshot: {
    goal: string;
    startsOn: string;
    milestones: {
      id: string;
      title: string;
      dueOn: string;
      owner: MilestoneOwner;
      done: boolean;
    }[];
  };
  createdAt: string;
}

export interface DemoPlanComment {
  id: string;
  planId: string;
  authorId: string;
  body: string;
  createdAt: string;
}

export interface DemoPlans {
  plans: DemoPlan[];
  milestones: DemoMilestone[];
  versions: DemoPlanVersion[];
  comments: DemoPlanComment[];
}

const at = (date: string, hour: number, minute = 0) =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

/**
 * One young person's plan as the coordinator made it with them: the goal, milestones with dates
 * and owners (done where their date has passed, mostly), a comment or two, and one version per
 * change with the timeline's sentence and the plan as it was after it. Nothing after `yesterday`.
 */
export function generatePlan(
  random: SeededRandom,
  seed: number,
  index: number,
  into: DemoPlans,
  plan: {
    youthId: string;
    coordinatorId: string;
    template: DemoProfileTemplate;
    startsOn: string;
    yesterday: string;
  },
): void {
  const id = deterministicUuid(seed, 'demo-plan', index);
  const { template, startsOn, yesterday, youthId, coordinatorId } = plan;
  const events: { date: string; by: PlanActor; change: PlanChange; apply: () => void }[] = [];
  const milestones: DemoMilestone[] = MILESTONES[template.goal].map((milestone, position) => ({
    id: deterministicUuid(seed, `demo-plan-${String(index)}-milestone`, position),
    planId: id,
    title: milestone.title,
    dueOn: addDays(startsOn, milestone.after),
    owner: milestone.owner,
    doneAt: null,
    position,
  }));
  const shown = new Set<string>();
  const done = new Set<string>();
  events.push({
    date: startsOn,
    by: PlanActor.COORDINATOR,
    change: { kind: 'CREATED', goal: template.planGoal, startsOn },
    apply: () => undefined,
  });
  for (const milestone of milestones) {
    events.push({
      date: startsOn,
      by: PlanActor.COORDINATOR,
      change: { kind: 'MILESTONE_ADDED', title: milestone.title, dueOn: milestone.dueOn },
      apply: () => shown.add(milestone.id),
    });
    if (milestone.dueOn <= yesterday && random.chance(0.8)) {
      const doneOn = [addDays(milestone.dueOn, -random.int(0, 6)), startsOn].sort().at(-1) ?? '';
      milestone.doneAt = at(doneOn, 13, random.int(0, 59));
      events.push({
        date: doneOn,
        by:
          milestone.owner === MilestoneOwner.COORDINATOR ? PlanActor.COORDINATOR : PlanActor.YOUTH,
        change: { kind: 'MILESTONE_DONE', title: milestone.title },
        apply: () => done.add(milestone.id),
      });
    }
  }
  const commentCount = random.int(0, 2);
  for (let number = 0; number < commentCount; number++) {
    const date = addDays(startsOn, random.int(3, 60));
    if (date > yesterday) continue;
    const comment = COMMENTS[(index + number) % COMMENTS.length] ?? { byYouth: true, body: '' };
    const createdAt = at(date, 15, random.int(0, 59));
    into.comments.push({
      id: deterministicUuid(seed, `demo-plan-${String(index)}-comment`, number),
      planId: id,
      authorId: comment.byYouth ? youthId : coordinatorId,
      body: comment.body,
      createdAt,
    });
    events.push({
      date,
      by: comment.byYouth ? PlanActor.YOUTH : PlanActor.COORDINATOR,
      change: { kind: 'COMMENTED' },
      apply: () => undefined,
    });
  }
  // In the order they happened; the same day keeps the order they were made in.
  const ordered = events
    .map((event, order) => ({ ...event, order }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  ordered.forEach((event, position) => {
    event.apply();
    into.versions.push({
      planId: id,
      version: position + 1,
      changedBy: event.by === PlanActor.YOUTH ? youthId : coordinatorId,
      changedByRole: event.by,
      summary: planChangeSummary(event.by, event.change),
      snapshot: {
        goal: template.planGoal,
        startsOn,
        milestones: milestones
          .filter((milestone) => shown.has(milestone.id))
          .map((milestone) => ({
            id: milestone.id,
            title: milestone.title,
            dueOn: milestone.dueOn,
            owner: milestone.owner,
            done: done.has(milestone.id),
          })),
      },
      createdAt: at(event.date, 10, position % 60),
    });
  });
  const last = into.versions.at(-1);
  into.plans.push({
    id,
    youthId,
    goal: template.planGoal,
    startsOn,
    version: ordered.length,
    createdBy: coordinatorId,
    createdAt: at(startsOn, 10),
    updatedAt: last?.createdAt ?? at(startsOn, 10),
  });
  into.milestones.push(...milestones);
}
