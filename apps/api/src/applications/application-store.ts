import {
  ApplicationDeclineReason,
  ApplicationParty,
  ApplicationStatus,
  OPEN_APPLICATION_STATUSES,
  OpportunityKind,
  OpportunityStatus,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Application } from './application.entity';
import { ApplicationErrorCode, ApplicationException } from './application.exception';
import { ApplicationStatusChange } from './application-status-change.entity';

/** What the application rules need to know about an opportunity, read under its row lock. */
export interface LockedOpportunity {
  id: string;
  employerId: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  places: number | null;
  applicationDeadline: string | null;
}

export interface StatusMove {
  applicationId: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  by: { accountId: string; party: ApplicationParty };
  declineReason?: ApplicationDeclineReason | null;
}

// Postgres answers that mean "busy, nothing happened": lock or statement timeout, too many clients.
const BUSY_CODES = new Set(['55P03', '57014', '53300']);
const UNIQUE_VIOLATION = '23505';

const APPLICATION_RELATIONS = { opportunity: { employer: true } } as const;

/**
 * Applications exist only for apprenticeships and simple jobs, which have no slots, so the slots
 * are not joined (a LEFT JOIN of none trips the slot columns' transformers); the field stays a list.
 */
function withoutSlots(application: Application): Application {
  application.opportunity.slots = [];
  return application;
}

/**
 * The shared mechanics of both sides of an application: the opportunity's row lock (always taken
 * before the application's, so two changes never deadlock), the places count, status changes
 * with their history row, and the transaction that turns database refusals into typed errors.
 */
@Injectable()
export class ApplicationStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Locks the opportunity row. `share` for changes that only read the places count (applying,
   * withdrawing, moving): they run side by side but wait for a change that can fill a place.
   * `update` for a change that can fill a place (accepting an offer): those run one at a time, and
   * each counts the accepted applications only after the previous one has committed (READ
   * COMMITTED takes a fresh snapshot per statement), so the last place is never taken twice.
   */
  async lockOpportunity(
    manager: EntityManager,
    opportunityId: string,
    mode: 'share' | 'update',
  ): Promise<LockedOpportunity | null> {
    const rows: {
      id: string;
      employer_id: string;
      kind: OpportunityKind;
      status: OpportunityStatus;
      places: number | null;
      application_deadline: string | null;
    }[] = await manager.query(
      `SELECT id, employer_id, kind, status, places, application_deadline::text AS application_deadline
         FROM opportunity WHERE id = $1 ${mode === 'update' ? 'FOR UPDATE' : 'FOR SHARE'}`,
      [opportunityId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      employerId: row.employer_id,
      kind: row.kind,
      status: row.status,
      places: row.places,
      applicationDeadline: row.application_deadline,
    };
  }

  /** The application's current status, locked for this transaction. */
  async lockApplication(
    manager: EntityManager,
    applicationId: string,
  ): Promise<ApplicationStatus | null> {
    const rows: { status: ApplicationStatus }[] = await manager.query(
      'SELECT status FROM application WHERE id = $1 FOR UPDATE',
      [applicationId],
    );
    return rows[0]?.status ?? null;
  }

  /** True when accepted offers already fill every place (never for an opportunity without places). */
  async placesFilled(manager: EntityManager, opportunity: LockedOpportunity): Promise<boolean> {
    if (opportunity.places === null) return false;
    const rows: { accepted: number }[] = await manager.query(
      'SELECT count(*)::int AS accepted FROM application WHERE opportunity_id = $1 AND status = $2',
      [opportunity.id, ApplicationStatus.ACCEPTED],
    );
    return (rows[0]?.accepted ?? 0) >= opportunity.places;
  }

  /** Applications on the opportunity that still wait for an answer, leaving one out. */
  async openOthers(
    manager: EntityManager,
    opportunityId: string,
    exceptApplicationId: string,
  ): Promise<number> {
    const rows: { open: number }[] = await manager.query(
      `SELECT count(*)::int AS open FROM application
        WHERE opportunity_id = $1 AND id <> $2 AND status = ANY($3::text[])`,
      [opportunityId, exceptApplicationId, OPEN_APPLICATION_STATUSES],
    );
    return rows[0]?.open ?? 0;
  }

  /** Sets the new status and writes its history row, in the caller's transaction. */
  async move(manager: EntityManager, move: StatusMove): Promise<void> {
    const now = this.clock.now();
    const reason = move.declineReason ?? null;
    await manager.query(
      `UPDATE application SET status = $2, decline_reason = $3, status_changed_at = $4, updated_at = $4
        WHERE id = $1`,
      [move.applicationId, move.to, reason, now],
    );
    await this.recordChange(manager, move);
  }

  async recordChange(manager: EntityManager, move: StatusMove): Promise<void> {
    await manager.insert(ApplicationStatusChange, {
      applicationId: move.applicationId,
      fromStatus: move.from,
      toStatus: move.to,
      declineReason: move.declineReason ?? null,
      changedById: move.by.accountId,
      changedByRole: move.by.party,
      changedAt: this.clock.now(),
    });
  }

  async load(applicationId: string): Promise<Application> {
    const application = await this.dataSource.getRepository(Application).findOne({
      where: { id: applicationId },
      relations: APPLICATION_RELATIONS,
    });
    if (!application) throw new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND);
    return withoutSlots(application);
  }

  async find(where: { youthId?: string; opportunityId?: string }): Promise<Application[]> {
    const found = await this.dataSource.getRepository(Application).find({
      where,
      relations: APPLICATION_RELATIONS,
      order: { appliedAt: 'DESC' },
    });
    return found.map(withoutSlots);
  }

  history(applicationId: string): Promise<ApplicationStatusChange[]> {
    return this.dataSource
      .getRepository(ApplicationStatusChange)
      .find({ where: { applicationId }, order: { id: 'ASC' } });
  }

  /** Maps the database's own refusals to typed answers. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof ApplicationException) throw error;
      const code =
        (error as { code?: string; driverError?: { code?: string } }).driverError?.code ??
        (error as { code?: string }).code;
      // The unique index (opportunity, youth) caught two applications racing each other.
      if (code === UNIQUE_VIOLATION)
        throw new ApplicationException(ApplicationErrorCode.ALREADY_APPLIED);
      if ((code && BUSY_CODES.has(code)) || /timeout/i.test((error as Error).message)) {
        throw new ApplicationException(ApplicationErrorCode.TRY_AGAIN);
      }
      throw error;
    }
  }
}
