import {
  AuditAction,
  checkText,
  createFieldError,
  dueBeforeStartError,
  Locale,
  PLAN_TEXT_RULES,
  validatePlanDraft,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import { FieldValidationException } from '../../common/validation/field-validation.exception';
import type { Account } from '../../identity/account.entity';
import { IdentityService } from '../../identity/identity.service';
import type { Notification } from '../../notifications/notification.entity';
import { YouthAccessBasis } from '../../organisations/access.service';
import type { MyPlan, Plan } from './dtos/plan.types';
import type { SavePlanInput } from './dtos/plan.inputs';
import { PlanAccess, type PlanParty } from './plan-access';
import { PlanErrorCode, PlanException } from './plan.exception';
import { PlanNotices } from './plan-notices';
import { PlanStore } from './plan-store';
import { StrengthMappingService } from './strength-mapping.service';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === UNIQUE_VIOLATION
  );
}

/** Reading a plan, the young person's own page, saving the goal and start date, and comments. */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly access: PlanAccess,
    private readonly store: PlanStore,
    private readonly notices: PlanNotices,
    private readonly mappings: StrengthMappingService,
    private readonly clock: Clock,
  ) {}

  /** Null when the young person has no plan yet (and the reader may see them). */
  async plan(actor: Account | null, youthId: string): Promise<Plan | null> {
    const party = await this.access.read(actor, youthId);
    return this.view(party);
  }

  async myPlan(actor: Account | null): Promise<MyPlan> {
    const youth = this.identity.requireYouth(actor);
    const party: PlanParty = {
      account: youth,
      youthId: youth.id,
      basis: YouthAccessBasis.SELF,
      as: null,
    };
    const rows = await this.dataSource.query<{ name: string }[]>(
      `SELECT a.display_name AS name FROM caseload l JOIN account a ON a.id = l.coordinator_id
        WHERE l.youth_id = $1 AND l.ended_at IS NULL ORDER BY l.started_at DESC LIMIT 1`,
      [youth.id],
    );
    return {
      plan: await this.view(party),
      mapping: await this.mappings.find(youth.id),
      coordinatorName: rows[0]?.name ?? null,
    };
  }

  /** Creates the plan, or changes its goal and start date; a new version only when something changed. */
  async save(actor: Account | null, youthId: string, input: SavePlanInput): Promise<Plan> {
    const draft = { goal: input.goal.trim(), startsOn: input.startsOn.trim() };
    const errors = validatePlanDraft(draft);
    if (errors.length > 0) throw new FieldValidationException(errors);
    const party = await this.access.coordinatorChange(actor, youthId, AuditAction.CHANGE_PLAN);
    const by = { accountId: party.account.id, as: this.changer(party) };
    const notifications: Notification[] = [];
    try {
      await this.store.transaction(async (manager) => {
        const plan = await this.store.lockByYouth(manager, youthId);
        if (!plan) {
          await this.store.create(manager, youthId, draft, by);
          const summary = `Koordinatoren din har laget en plan sammen med deg: «${draft.goal}».`;
          notifications.push(...(await this.notices.planChanged(manager, youthId, by.as, summary)));
          return;
        }
        const goalChanged = plan.goal !== draft.goal;
        const startChanged = plan.startsOn !== draft.startsOn;
        if (!goalChanged && !startChanged) return;
        if (startChanged) {
          // A later start must not leave a milestone due before the plan begins.
          const [early] = (await this.store.milestones(manager, plan.id)).filter(
            (milestone) => milestone.dueOn < draft.startsOn,
          );
          if (early) {
            const error = dueBeforeStartError('startsOn', draft.startsOn);
            throw new FieldValidationException([
              {
                ...error,
                message: `Delmålet «${early.title}» har frist før denne datoen. Flytt fristen først, eller velg en tidligere startdato.`,
              },
            ]);
          }
        }
        await manager.query('UPDATE plan SET goal = $2, starts_on = $3 WHERE id = $1', [
          plan.id,
          draft.goal,
          draft.startsOn,
        ]);
        const summary = await this.store.recordChange(manager, { ...plan, ...draft }, by, {
          kind: 'PLAN_EDITED',
          goal: goalChanged ? draft.goal : null,
          startsOn: startChanged ? draft.startsOn : null,
        });
        notifications.push(...(await this.notices.planChanged(manager, youthId, by.as, summary)));
      });
    } catch (error) {
      // Two first saves at once: the second lost the race for the unique youth_id; save again.
      if (!isUniqueViolation(error)) throw error;
      return this.save(actor, youthId, input);
    }
    this.notices.deliver(notifications);
    return this.viewAfterChange(party);
  }

  /** The youth or the coordinator writes a note on the plan. */
  async addComment(actor: Account | null, planId: string, body: string): Promise<Plan> {
    if (!isUuid(planId)) return this.access.denyUnknown(actor, AuditAction.CHANGE_PLAN);
    const youthId = await this.store.youthOfPlan(planId);
    if (!youthId) return this.access.denyUnknown(actor, AuditAction.CHANGE_PLAN);
    const party = await this.access.partyChange(actor, youthId);
    const text = body.trim();
    const problem = checkText(text, PLAN_TEXT_RULES.comment);
    if (problem)
      throw new FieldValidationException([
        createFieldError('body', problem.code, Locale.NB, problem.params),
      ]);
    const by = { accountId: party.account.id, as: this.changer(party) };
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const plan = await this.store.lockById(manager, planId);
      if (!plan) throw new PlanException(PlanErrorCode.NOT_FOUND);
      await manager.query(
        'INSERT INTO plan_comment (plan_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)',
        [plan.id, party.account.id, text, this.clock.now()],
      );
      const summary = await this.store.recordChange(manager, plan, by, { kind: 'COMMENTED' });
      notifications.push(
        ...(await this.notices.planChanged(
          manager,
          youthId,
          by.as,
          `${summary} «${text.length > 140 ? `${text.slice(0, 140)}…` : text}»`,
        )),
      );
    });
    this.notices.deliver(notifications);
    return this.viewAfterChange(party);
  }

  private changer(party: PlanParty) {
    if (!party.as) throw new PlanException(PlanErrorCode.NOT_FOUND);
    return party.as;
  }

  private view(party: PlanParty): Promise<Plan | null> {
    return this.store.load(party.youthId, {
      accountId: party.account.id,
      canEdit: party.basis === YouthAccessBasis.COORDINATOR,
    });
  }

  /** The plan as it is after a change (access was checked and audited for the change). */
  async viewAfterChange(party: PlanParty): Promise<Plan> {
    const plan = await this.view(party);
    if (!plan) throw new PlanException(PlanErrorCode.NOT_FOUND);
    return plan;
  }
}
