import { AuditAction, AuditOutcome } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../common/uuid';
import { recordedInRequest } from './audit-request-scope';

export interface AuditEntry {
  actorId: string | null;
  /** The account role, or the counsellor role when the actor belongs to a school or NAV office. */
  actorRole: string;
  actorName: string;
  actorOrganisation: string | null;
  youthId: string;
  action: AuditAction;
  /** Why: the relationship that allowed it, or what the actor said they needed it for. */
  purpose: string;
  outcome: AuditOutcome;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorRole: string;
  actorName: string;
  actorOrganisation: string | null;
  action: AuditAction;
  purpose: string;
  outcome: AuditOutcome;
}

type NewAuditRow = Omit<AuditEntry, 'youthId'> & { youthId: string | null };

/** Whether the action only reads the young person's data (a change is never merged with another). */
function isRead(action: AuditAction): boolean {
  switch (action) {
    case AuditAction.VIEW_PROFILE:
    case AuditAction.VIEW_BOOKINGS:
    case AuditAction.VIEW_COHORT_LIST:
    case AuditAction.VIEW_CASELOAD:
    case AuditAction.VIEW_PLAN:
    case AuditAction.VIEW_EIGHT_WEEK_LIST:
    case AuditAction.VIEW_CANDIDATE_LIST:
      return true;
    case AuditAction.ASSIGN_COORDINATOR:
    case AuditAction.END_COORDINATOR:
    case AuditAction.CHANGE_PLAN:
    case AuditAction.CHANGE_PROFILE:
    case AuditAction.BOOK_ON_BEHALF:
    case AuditAction.CHANGE_MAPPING:
    case AuditAction.SUBMIT_INTAKE:
    case AuditAction.PROPOSE_MATCH:
    case AuditAction.BOOK_APPOINTMENT:
      return false;
  }
}

/** Writes and reads the append-only audit log of access to young people's data. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One record per meaningful access. Pass the transaction's manager when the access is part of a
   * change, so the record and the change commit together.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  async recordMany(entries: readonly AuditEntry[], manager?: EntityManager): Promise<void> {
    // A denied attempt may name something that is not an id at all: it is kept without the youth.
    const rows = entries.map((entry) => ({
      ...entry,
      youthId: isUuid(entry.youthId) ? entry.youthId : null,
    }));
    // Inside a transaction the record belongs to a change that may still roll back: always written.
    const recorded = manager ? undefined : recordedInRequest();
    if (!recorded) {
      await this.insert(rows, manager);
      return;
    }
    // One request that reads the same thing twice for the same reason (a page asking for the plan
    // and the mapping, each opening the young person) is one look in the young person's log, not
    // two. Only allowed reads are merged: every refusal and every change keeps its own row. A
    // repeat waits for the first write, so no answer goes out before its read is on record.
    const fresh: NewAuditRow[] = [];
    const keys = new Set<string>();
    const earlier = new Set<Promise<void>>();
    for (const row of rows) {
      if (row.outcome !== AuditOutcome.ALLOWED || !isRead(row.action)) {
        fresh.push(row);
        continue;
      }
      const key = JSON.stringify([
        row.actorId,
        row.actorRole,
        row.actorName,
        row.actorOrganisation,
        row.youthId,
        row.action,
        row.purpose,
      ]);
      const written = recorded.get(key);
      if (written) earlier.add(written);
      else if (!keys.has(key)) {
        keys.add(key);
        fresh.push(row);
      }
    }
    const write = this.insert(fresh);
    for (const key of keys) recorded.set(key, write);
    // A failed write is not remembered: the next identical read in this request tries again.
    write.catch(() => {
      for (const key of keys) if (recorded.get(key) === write) recorded.delete(key);
    });
    await Promise.all([write, ...earlier]);
  }

  private async insert(rows: readonly NewAuditRow[], manager?: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO audit_event (actor_id, actor_role, actor_name, actor_organisation, youth_id, action, purpose, outcome)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[])`,
      [
        rows.map((row) => row.actorId),
        rows.map((row) => row.actorRole),
        rows.map((row) => row.actorName),
        rows.map((row) => row.actorOrganisation),
        rows.map((row) => row.youthId),
        rows.map((row) => row.action),
        rows.map((row) => row.purpose),
        rows.map((row) => row.outcome),
      ],
    );
  }

  /** Newest first; `before` is the id of the last row of the previous page. */
  async forYouth(youthId: string, first: number, before: string | null): Promise<AuditRow[]> {
    return this.dataSource.query<AuditRow[]>(
      `SELECT id::text AS id, at, actor_role AS "actorRole", actor_name AS "actorName",
              actor_organisation AS "actorOrganisation", action, purpose, outcome
         FROM audit_event
        WHERE youth_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
        ORDER BY id DESC
        LIMIT $3`,
      [youthId, before, first],
    );
  }
}
