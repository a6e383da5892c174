import {
  AuditAction,
  MILESTONE_OWNERS,
  validateMilestoneDraft,
  type MilestoneOwner,
  type PlanChange,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import { FieldValidationException } from '../../common/validation/field-validation.exception';
import type { Account } from '../../identity/account.entity';
import type { Notification } from '../../notifications/notification.entity';
import type { Plan } from './dtos/plan.types';
import type { MilestoneInput } from './dtos/plan.inputs';
import { PlanAccess, type PlanParty } from './plan-access';
import { PlanErrorCode, PlanException } from './plan.exception';
import { PlanNotices } from './plan-notices';
import { PlanStore, type LockedPlan } from './plan-store';
import { PlansService } from './plans.service';

const OWNERS = new Map<string, MilestoneOwner>(
  MILESTONE_OWNERS.map((item) => [item.code, item.code]),
);

interface MilestoneRow {
  id: string;
  title: string;
  dueOn: string;
  doneAt: Date | null;
}

/**
 * Milestones (delmål): the coordinator adds, changes and removes them; the youth and the
 * coordinator mark them done or not. Each change is one new plan version, under the plan's lock.
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly access: PlanAccess,
    private readonly store: PlanStore,
    private readonly notices: PlanNotices,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  async add(actor: Account | null, youthId: string, input: MilestoneInput): Promise<Plan> {
    const party = await this.access.coordinatorChange(actor, youthId, AuditAction.CHANGE_PLAN);
    const draft = this.clean(input);
    return this.change(party, async (manager) => {
      const plan = await this.store.lockByYouth(manager, youthId);
      if (!plan) throw new PlanException(PlanErrorCode.NO_PLAN);
      this.check(draft, plan);
      await manager.query(
        `INSERT INTO milestone (plan_id, title, due_on, owner, position)
         SELECT $1, $2, $3, $4, coalesce(max(position) + 1, 0) FROM milestone WHERE plan_id = $1`,
        [plan.id, draft.title, draft.dueOn, draft.owner],
      );
      return { plan, change: { kind: 'MILESTONE_ADDED', title: draft.title, dueOn: draft.dueOn } };
    });
  }

  async update(actor: Account | null, milestoneId: string, input: MilestoneInput): Promise<Plan> {
    const party = await this.coordinatorFor(actor, milestoneId);
    const draft = this.clean(input);
    return this.change(party, async (manager) => {
      const { plan } = await this.lockMilestone(manager, milestoneId);
      const checked = this.check(draft, plan);
      await manager.query(
        'UPDATE milestone SET title = $2, due_on = $3, owner = $4 WHERE id = $1',
        [milestoneId, checked.title, checked.dueOn, checked.owner],
      );
      return { plan, change: { kind: 'MILESTONE_CHANGED', ...checked } };
    });
  }

  async remove(actor: Account | null, milestoneId: string): Promise<Plan> {
    const party = await this.coordinatorFor(actor, milestoneId);
    return this.change(party, async (manager) => {
      const { plan, milestone } = await this.lockMilestone(manager, milestoneId);
      await manager.query('DELETE FROM milestone WHERE id = $1', [milestoneId]);
      return { plan, change: { kind: 'MILESTONE_REMOVED', title: milestone.title } };
    });
  }

  /** The youth or the coordinator marks a milestone done, or not done after all. */
  async setDone(actor: Account | null, milestoneId: string, done: boolean): Promise<Plan> {
    const youthId = isUuid(milestoneId) ? await this.store.youthOfMilestone(milestoneId) : null;
    if (!youthId) return this.access.denyUnknown(actor, AuditAction.CHANGE_PLAN);
    const party = await this.access.partyChange(actor, youthId);
    return this.change(party, async (manager) => {
      const { plan, milestone } = await this.lockMilestone(manager, milestoneId);
      // Marking it as it already is changes nothing, and makes no version.
      if ((milestone.doneAt !== null) === done) return { plan, change: null };
      await manager.query('UPDATE milestone SET done_at = $2 WHERE id = $1', [
        milestoneId,
        done ? this.clock.now() : null,
      ]);
      return {
        plan,
        change: { kind: done ? 'MILESTONE_DONE' : 'MILESTONE_UNDONE', title: milestone.title },
      };
    });
  }

  private async coordinatorFor(actor: Account | null, milestoneId: string): Promise<PlanParty> {
    const youthId = isUuid(milestoneId) ? await this.store.youthOfMilestone(milestoneId) : null;
    if (!youthId) return this.access.denyUnknown(actor, AuditAction.CHANGE_PLAN);
    return this.access.coordinatorChange(actor, youthId, AuditAction.CHANGE_PLAN);
  }

  /** Runs one change under the plan's lock, records its version, then tells the other party. */
  private async change(
    party: PlanParty,
    work: (manager: EntityManager) => Promise<{ plan: LockedPlan; change: PlanChange | null }>,
  ): Promise<Plan> {
    const as = party.as;
    if (!as) throw new PlanException(PlanErrorCode.NOT_FOUND);
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const { plan, change } = await work(manager);
      if (!change) return;
      const summary = await this.store.recordChange(
        manager,
        plan,
        { accountId: party.account.id, as },
        change,
      );
      notifications.push(...(await this.notices.planChanged(manager, party.youthId, as, summary)));
    });
    this.notices.deliver(notifications);
    return this.plans.viewAfterChange(party);
  }

  /** Plan first, then the milestone: the lock order every plan change uses. */
  private async lockMilestone(
    manager: EntityManager,
    milestoneId: string,
  ): Promise<{ plan: LockedPlan; milestone: MilestoneRow }> {
    const owner: { plan_id: string }[] = await manager.query(
      'SELECT plan_id FROM milestone WHERE id = $1',
      [milestoneId],
    );
    const planId = owner[0]?.plan_id;
    const plan = planId ? await this.store.lockById(manager, planId) : null;
    const rows: MilestoneRow[] = plan
      ? await manager.query(
          `SELECT id, title, due_on::text AS "dueOn", done_at AS "doneAt"
             FROM milestone WHERE id = $1 AND plan_id = $2 FOR UPDATE`,
          [milestoneId, plan.id],
        )
      : [];
    const milestone = rows[0];
    // Removed by someone else meanwhile: gone is gone.
    if (!plan || !milestone) throw new PlanException(PlanErrorCode.NOT_FOUND);
    return { plan, milestone };
  }

  private clean(input: MilestoneInput): { title: string; dueOn: string; owner: string } {
    return { title: input.title.trim(), dueOn: input.dueOn.trim(), owner: input.owner };
  }

  /** The draft as the plan allows it (not due before the plan starts), or field errors. */
  private check(
    draft: { title: string; dueOn: string; owner: string },
    plan: LockedPlan,
  ): { title: string; dueOn: string; owner: MilestoneOwner } {
    const errors = validateMilestoneDraft(draft, plan.startsOn);
    const owner = OWNERS.get(draft.owner);
    if (errors.length > 0 || !owner) throw new FieldValidationException(errors);
    return { title: draft.title, dueOn: draft.dueOn, owner };
  }
}
