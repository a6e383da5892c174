import {
  counsellorRoleLabel,
  CounsellorRole,
  isPlanActor,
  MilestoneOwner,
  planActorLabel,
  planChangeSummary,
  summaryForReader,
  type PlanActor,
  type PlanChange,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Milestone, Plan, PlanComment, PlanVersion } from './dtos/plan.types';

/** The plan row as read under its lock. */
export interface LockedPlan {
  id: string;
  youthId: string;
  goal: string;
  startsOn: string;
  version: number;
}

/** Who made a change, for the version row. */
export interface PlanAuthor {
  accountId: string;
  as: PlanActor;
}

/** What the reader is, for "Du …", "mine" and whether the editor is shown. */
export interface PlanReader {
  accountId: string;
  canEdit: boolean;
}

const DELETED_USER = 'Slettet bruker';

function roleLabel(accountRole: string | null, counsellorRole: CounsellorRole | null): string {
  if (counsellorRole) return counsellorRoleLabel(counsellorRole);
  return accountRole === 'YOUTH' ? 'Ungdom' : '';
}

/**
 * The plan's storage: the row lock every change takes first (so two changes at once each get their
 * own version, never the same one), the version row with its summary and snapshot, and reading a
 * whole plan for one reader.
 */
@Injectable()
export class PlanStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async lockByYouth(manager: EntityManager, youthId: string): Promise<LockedPlan | null> {
    return this.lock(manager, 'youth_id', youthId);
  }

  async lockById(manager: EntityManager, planId: string): Promise<LockedPlan | null> {
    return this.lock(manager, 'id', planId);
  }

  /** The young person a plan or milestone belongs to, without a lock (access is checked first). */
  async youthOfPlan(planId: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ youth_id: string }[]>(
      'SELECT youth_id FROM plan WHERE id = $1',
      [planId],
    );
    return rows[0]?.youth_id ?? null;
  }

  async youthOfMilestone(milestoneId: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ youth_id: string }[]>(
      'SELECT p.youth_id FROM milestone m JOIN plan p ON p.id = m.plan_id WHERE m.id = $1',
      [milestoneId],
    );
    return rows[0]?.youth_id ?? null;
  }

  /** A new plan with its first version. The unique youth_id refuses a second one racing it. */
  async create(
    manager: EntityManager,
    youthId: string,
    draft: { goal: string; startsOn: string },
    by: PlanAuthor,
  ): Promise<LockedPlan> {
    const now = this.clock.now();
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO plan (youth_id, goal, starts_on, version, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, 1, $4, $5, $5) RETURNING id`,
      [youthId, draft.goal, draft.startsOn, by.accountId, now],
    );
    const plan = { id: rows[0]?.id ?? '', youthId, ...draft, version: 1 };
    await this.insertVersion(manager, plan, by, { kind: 'CREATED', ...draft });
    return plan;
  }

  /** Bumps the (locked) plan's version and writes the version row; returns the summary. */
  async recordChange(
    manager: EntityManager,
    plan: LockedPlan,
    by: PlanAuthor,
    change: PlanChange,
  ): Promise<string> {
    const version = plan.version + 1;
    await manager.query('UPDATE plan SET version = $2, updated_at = $3 WHERE id = $1', [
      plan.id,
      version,
      this.clock.now(),
    ]);
    return this.insertVersion(manager, { ...plan, version }, by, change);
  }

  async load(youthId: string, reader: PlanReader): Promise<Plan | null> {
    const [row] = await this.dataSource.query<
      { id: string; goal: string; startsOn: string; version: number; updatedAt: Date }[]
    >(
      `SELECT id, goal, starts_on::text AS "startsOn", version, updated_at AS "updatedAt"
         FROM plan WHERE youth_id = $1`,
      [youthId],
    );
    if (!row) return null;
    return {
      ...row,
      youthId,
      milestones: await this.milestones(this.dataSource.manager, row.id),
      comments: await this.comments(row.id, reader),
      versions: await this.versions(row.id, reader),
      canEdit: reader.canEdit,
    };
  }

  async milestones(manager: EntityManager, planId: string): Promise<Milestone[]> {
    const rows: {
      id: string;
      title: string;
      dueOn: string;
      owner: MilestoneOwner;
      doneAt: Date | null;
      position: number;
    }[] = await manager.query(
      `SELECT id, title, due_on::text AS "dueOn", owner, done_at AS "doneAt", position
         FROM milestone WHERE plan_id = $1 ORDER BY position, id`,
      [planId],
    );
    return rows;
  }

  private async lock(
    manager: EntityManager,
    column: 'id' | 'youth_id',
    value: string,
  ): Promise<LockedPlan | null> {
    const rows: LockedPlan[] = await manager.query(
      `SELECT id, youth_id AS "youthId", goal, starts_on::text AS "startsOn", version
         FROM plan WHERE ${column} = $1 FOR UPDATE`,
      [value],
    );
    return rows[0] ?? null;
  }

  private async insertVersion(
    manager: EntityManager,
    plan: LockedPlan,
    by: PlanAuthor,
    change: PlanChange,
  ): Promise<string> {
    const summary = planChangeSummary(by.as, change);
    const milestones = await this.milestones(manager, plan.id);
    const snapshot = {
      goal: plan.goal,
      startsOn: plan.startsOn,
      milestones: milestones.map((milestone) => ({
        id: milestone.id,
        title: milestone.title,
        dueOn: milestone.dueOn,
        owner: milestone.owner,
        done: milestone.doneAt !== null,
      })),
    };
    await manager.query(
      `INSERT INTO plan_version (plan_id, version, changed_by, changed_by_role, summary, snapshot, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        plan.id,
        plan.version,
        by.accountId,
        by.as,
        summary,
        JSON.stringify(snapshot),
        this.clock.now(),
      ],
    );
    return summary;
  }

  private async comments(planId: string, reader: PlanReader): Promise<PlanComment[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        body: string;
        authorId: string | null;
        authorName: string | null;
        accountRole: string | null;
        counsellorRole: CounsellorRole | null;
        createdAt: Date;
      }[]
    >(
      `SELECT c.id, c.body, c.author_id AS "authorId", a.display_name AS "authorName",
              a.role AS "accountRole", m.role AS "counsellorRole", c.created_at AS "createdAt"
         FROM plan_comment c
         LEFT JOIN account a ON a.id = c.author_id
         LEFT JOIN counsellor_membership m ON m.account_id = c.author_id
        WHERE c.plan_id = $1 ORDER BY c.created_at, c.id`,
      [planId],
    );
    return rows.map((row) => ({
      id: row.id,
      body: row.body,
      authorName: row.authorName ?? DELETED_USER,
      authorRoleLabel: roleLabel(row.accountRole, row.counsellorRole),
      mine: row.authorId === reader.accountId,
      createdAt: row.createdAt,
    }));
  }

  private async versions(planId: string, reader: PlanReader): Promise<PlanVersion[]> {
    const rows = await this.dataSource.query<
      {
        version: number;
        summary: string;
        changedBy: string | null;
        role: string;
        name: string | null;
        createdAt: Date;
      }[]
    >(
      `SELECT v.version, v.summary, v.changed_by AS "changedBy", v.changed_by_role AS role,
              a.display_name AS name, v.created_at AS "createdAt"
         FROM plan_version v LEFT JOIN account a ON a.id = v.changed_by
        WHERE v.plan_id = $1 ORDER BY v.version DESC`,
      [planId],
    );
    return rows.map((row) => {
      const actor = isPlanActor(row.role) ? row.role : null;
      return {
        version: row.version,
        summary: actor
          ? summaryForReader(row.summary, actor, row.changedBy === reader.accountId)
          : row.summary,
        changedByName: row.name ?? DELETED_USER,
        changedByRoleLabel: actor ? planActorLabel(actor) : row.role,
        createdAt: row.createdAt,
      };
    });
  }
}
