import { milestoneOwnerLabel, formatNorwegianDate, type MilestoneOwner } from './plan-rules';

/**
 * The one-sentence Norwegian summary each plan version carries, for the plan's timeline. Written
 * in the third person when stored ("Koordinator la til …"); whoever made the change reads "Du …".
 */

/** Who changed the plan, as the timeline names them. Values equal keys. */
export enum PlanActor {
  YOUTH = 'YOUTH',
  COORDINATOR = 'COORDINATOR',
  OFFICE_LEAD = 'OFFICE_LEAD',
}

const SUBJECT: Record<PlanActor, string> = {
  [PlanActor.YOUTH]: 'Ungdommen',
  [PlanActor.COORDINATOR]: 'Koordinator',
  [PlanActor.OFFICE_LEAD]: 'Leder ved NAV-kontoret',
};

/** The label of who changed it, for "who" in the timeline. */
export function planActorLabel(actor: PlanActor): string {
  switch (actor) {
    case PlanActor.YOUTH:
      return 'Ungdom';
    case PlanActor.COORDINATOR:
      return 'Personlig koordinator';
    case PlanActor.OFFICE_LEAD:
      return 'Leder, NAV-kontor';
  }
}

export function isPlanActor(value: string): value is PlanActor {
  return value === 'YOUTH' || value === 'COORDINATOR' || value === 'OFFICE_LEAD';
}

export type PlanChange =
  | { kind: 'CREATED'; goal: string; startsOn: string }
  | { kind: 'PLAN_EDITED'; goal: string | null; startsOn: string | null }
  | { kind: 'MILESTONE_ADDED'; title: string; dueOn: string }
  | { kind: 'MILESTONE_CHANGED'; title: string; dueOn: string; owner: MilestoneOwner }
  | { kind: 'MILESTONE_REMOVED'; title: string }
  | { kind: 'MILESTONE_DONE'; title: string }
  | { kind: 'MILESTONE_UNDONE'; title: string }
  | { kind: 'COMMENTED' };

function predicate(change: PlanChange): string {
  switch (change.kind) {
    case 'CREATED':
      return `laget planen med målet «${change.goal}» (start ${formatNorwegianDate(change.startsOn)}).`;
    case 'PLAN_EDITED': {
      const parts: string[] = [];
      if (change.goal !== null) parts.push(`målet til «${change.goal}»`);
      if (change.startsOn !== null)
        parts.push(`startdatoen til ${formatNorwegianDate(change.startsOn)}`);
      return `endret ${parts.length > 0 ? parts.join(' og ') : 'planen'}.`;
    }
    case 'MILESTONE_ADDED':
      return `la til delmålet «${change.title}» (frist ${formatNorwegianDate(change.dueOn)}).`;
    case 'MILESTONE_CHANGED':
      return `endret delmålet «${change.title}» (frist ${formatNorwegianDate(change.dueOn)}, ansvar: ${milestoneOwnerLabel(change.owner).toLocaleLowerCase('nb')}).`;
    case 'MILESTONE_REMOVED':
      return `fjernet delmålet «${change.title}».`;
    case 'MILESTONE_DONE':
      return `markerte «${change.title}» som gjort.`;
    case 'MILESTONE_UNDONE':
      return `markerte «${change.title}» som ikke gjort likevel.`;
    case 'COMMENTED':
      return 'skrev en kommentar.';
  }
}

/** The stored, third-person sentence: "Koordinator la til delmålet «…» (frist 15.01.2027)." */
export function planChangeSummary(actor: PlanActor, change: PlanChange): string {
  return `${SUBJECT[actor]} ${predicate(change)}`;
}

/** The sentence as a reader sees it: "Du markerte «…» som gjort." when they made the change. */
export function summaryForReader(summary: string, actor: PlanActor, readerMadeIt: boolean): string {
  const subject = SUBJECT[actor];
  if (!readerMadeIt || !summary.startsWith(`${subject} `)) return summary;
  return `Du ${summary.slice(subject.length + 1)}`;
}
