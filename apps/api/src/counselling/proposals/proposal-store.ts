import {
  ApplicationSharedField,
  OpportunityKind,
  OpportunityStatus,
  ProposalDeclineReason,
  ProposalParty,
  ProposalStatus,
  proposalStatusLabel,
  OPEN_PROPOSAL_STATUSES,
  EMPLOYER_VISIBLE_PROPOSAL_STATUSES,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import { SharedProfile, type SharedSnapshot } from '../../applications/shared-profile';
import { OpportunitiesService } from '../../opportunities/opportunities.service';
import type { Opportunity } from '../../opportunities/opportunity.entity';
import { ProposalErrorCode, ProposalException } from './proposal.exception';
import type { EmployerProposal, MatchProposal, ProposalEvent } from './proposal.types';

/** A proposal row as read under its lock, with what the rules need about its opportunity. */
export interface LockedProposal {
  id: string;
  youthId: string;
  opportunityId: string;
  counsellorId: string | null;
  status: ProposalStatus;
  employerId: string;
  opportunityStatus: OpportunityStatus;
  opportunityKind: OpportunityKind;
  title: string;
}

export interface ProposalMove {
  proposal: LockedProposal;
  to: ProposalStatus;
  by: { accountId: string; party: ProposalParty };
  note?: string | null;
  /** Extra columns set with the status (answered_at and the like are set from `to`). */
  declineReason?: ProposalDeclineReason | null;
  sharedFields?: readonly ApplicationSharedField[];
  sharedSnapshot?: SharedSnapshot;
  employerMessage?: string | null;
}

interface ProposalRow {
  id: string;
  youth_id: string;
  youth_name: string;
  opportunity_id: string;
  counsellor_name: string | null;
  counsellor_organisation: string | null;
  message: string;
  status: ProposalStatus;
  decline_reason: ProposalDeclineReason | null;
  shared_fields: ApplicationSharedField[];
  shared_snapshot: SharedSnapshot | null;
  employer_message: string | null;
  created_at: Date;
  answered_at: Date | null;
  employer_answered_at: Date | null;
  placed_at: Date | null;
  youth_note: string | null;
  history: { status: ProposalStatus; actorRole: string; at: string }[];
}

const UNIQUE_VIOLATION = '23505';

// The youth's note is the note of their own answer; the counsellor's office from their membership.
const SELECT_PROPOSALS = `
  SELECT p.id, p.youth_id, y.display_name AS youth_name, p.opportunity_id,
         c.display_name AS counsellor_name, coalesce(s.name, n.name) AS counsellor_organisation,
         p.message, p.status, p.decline_reason, p.shared_fields, p.shared_snapshot, p.employer_message,
         p.created_at, p.answered_at, p.employer_answered_at, p.placed_at,
         (SELECT e.note FROM match_proposal_event e
           WHERE e.proposal_id = p.id AND e.actor_role = 'YOUTH' ORDER BY e.id DESC LIMIT 1) AS youth_note,
         (SELECT coalesce(json_agg(json_build_object('status', e.status, 'actorRole', e.actor_role, 'at', e.at)
                   ORDER BY e.id), '[]') FROM match_proposal_event e WHERE e.proposal_id = p.id) AS history
    FROM match_proposal p
    JOIN account y ON y.id = p.youth_id
    LEFT JOIN account c ON c.id = p.counsellor_id
    LEFT JOIN counsellor_membership m ON m.account_id = p.counsellor_id
    LEFT JOIN school s ON s.id = m.school_id
    LEFT JOIN nav_office n ON n.id = m.nav_office_id`;

/**
 * The shared mechanics of proposals: the row lock every move takes, the move itself with its event
 * row, and reading proposals (with their opportunities) for the youth, counsellors and employers.
 */
@Injectable()
export class ProposalStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly opportunities: OpportunitiesService,
    private readonly clock: Clock,
  ) {}

  /** Runs `work` in a transaction; a racing second open proposal becomes ALREADY_PROPOSED. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION)
        throw new ProposalException(ProposalErrorCode.ALREADY_PROPOSED);
      throw error;
    }
  }

  /** Locks the proposal row (SELECT … FOR UPDATE): moves on one proposal run one at a time. */
  async lock(manager: EntityManager, proposalId: string): Promise<LockedProposal | null> {
    const rows: {
      id: string;
      youth_id: string;
      opportunity_id: string;
      counsellor_id: string | null;
      status: ProposalStatus;
      employer_id: string;
      opportunity_status: OpportunityStatus;
      opportunity_kind: OpportunityKind;
      title: string;
    }[] = await manager.query(
      `SELECT p.id, p.youth_id, p.opportunity_id, p.counsellor_id, p.status,
              o.employer_id, o.status AS opportunity_status, o.kind AS opportunity_kind, o.title
         FROM match_proposal p JOIN opportunity o ON o.id = p.opportunity_id
        WHERE p.id = $1
          FOR UPDATE OF p`,
      [proposalId],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          youthId: row.youth_id,
          opportunityId: row.opportunity_id,
          counsellorId: row.counsellor_id,
          status: row.status,
          employerId: row.employer_id,
          opportunityStatus: row.opportunity_status,
          opportunityKind: row.opportunity_kind,
          title: row.title,
        }
      : null;
  }

  /** Sets the new status (and its timestamp and columns) and writes the event row. */
  async move(manager: EntityManager, move: ProposalMove): Promise<Date> {
    const at = this.clock.now();
    const timestampColumn = (() => {
      switch (move.to) {
        case ProposalStatus.ACCEPTED:
        case ProposalStatus.DECLINED:
          return 'answered_at';
        case ProposalStatus.EMPLOYER_ACCEPTED:
        case ProposalStatus.EMPLOYER_DECLINED:
          return 'employer_answered_at';
        case ProposalStatus.PLACED:
          return 'placed_at';
        case ProposalStatus.WITHDRAWN:
        case ProposalStatus.PROPOSED:
          return null;
      }
    })();
    await manager.query(
      `UPDATE match_proposal
          SET status = $2,
              decline_reason = coalesce($3, decline_reason),
              shared_fields = coalesce($4::text[], shared_fields),
              shared_snapshot = coalesce($5::jsonb, shared_snapshot),
              employer_message = coalesce($6, employer_message)
              ${timestampColumn ? `, ${timestampColumn} = $7` : ''}
        WHERE id = $1`,
      [
        move.proposal.id,
        move.to,
        move.declineReason ?? null,
        move.sharedFields ? [...move.sharedFields] : null,
        move.sharedSnapshot ? JSON.stringify(move.sharedSnapshot) : null,
        move.employerMessage ?? null,
        ...(timestampColumn ? [at] : []),
      ],
    );
    await this.recordEvent(manager, move.proposal.id, move.to, move.by, move.note ?? null, at);
    return at;
  }

  async recordEvent(
    manager: EntityManager,
    proposalId: string,
    status: ProposalStatus,
    by: { accountId: string; party: ProposalParty },
    note: string | null,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO match_proposal_event (proposal_id, status, actor_id, actor_role, note, at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [proposalId, status, by.accountId, by.party, note, at],
    );
  }

  /** The young person a proposal is for, or null (callers check access to them). */
  async youthOfProposal(proposalId: string): Promise<string | null> {
    if (!isUuid(proposalId)) return null;
    const rows: { youth_id: string }[] = await this.dataSource.query(
      'SELECT youth_id FROM match_proposal WHERE id = $1',
      [proposalId],
    );
    return rows[0]?.youth_id ?? null;
  }

  /** Opportunities that already have an open proposal for this young person. */
  async openProposalOpportunities(youthId: string): Promise<Set<string>> {
    const rows: { opportunity_id: string }[] = await this.dataSource.query(
      `SELECT opportunity_id FROM match_proposal
        WHERE youth_id = $1 AND status = ANY($2::text[])`,
      [youthId, OPEN_PROPOSAL_STATUSES],
    );
    return new Set(rows.map((row) => row.opportunity_id));
  }

  /** A young person's proposals, newest first. */
  async forYouth(youthId: string): Promise<MatchProposal[]> {
    return this.toProposals(
      await this.dataSource.query<ProposalRow[]>(
        `${SELECT_PROPOSALS} WHERE p.youth_id = $1 ORDER BY p.created_at DESC, p.id`,
        [youthId],
      ),
    );
  }

  async load(proposalId: string): Promise<MatchProposal> {
    const [proposal] = await this.toProposals(
      await this.dataSource.query<ProposalRow[]>(`${SELECT_PROPOSALS} WHERE p.id = $1`, [
        proposalId,
      ]),
    );
    if (!proposal) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
    return proposal;
  }

  /** The employer's candidates: accepted-or-later proposals on its opportunities, newest answer first. */
  async forEmployer(
    employerId: string,
    opportunityId: string | null,
  ): Promise<{ proposal: EmployerProposal; youthId: string }[]> {
    const rows = await this.dataSource.query<ProposalRow[]>(
      `${SELECT_PROPOSALS}
        JOIN opportunity o ON o.id = p.opportunity_id
       WHERE o.employer_id = $1 AND ($2::uuid IS NULL OR o.id = $2::uuid)
         AND p.status = ANY($3::text[])
       ORDER BY p.answered_at DESC, p.id`,
      [employerId, opportunityId, EMPLOYER_VISIBLE_PROPOSAL_STATUSES],
    );
    const byId = await this.opportunitiesById(rows);
    return rows.flatMap((row) => {
      const opportunity = byId.get(row.opportunity_id);
      return opportunity && row.answered_at
        ? [
            {
              proposal: this.toEmployerProposal(row, opportunity, row.answered_at),
              youthId: row.youth_id,
            },
          ]
        : [];
    });
  }

  async loadForEmployer(proposalId: string): Promise<EmployerProposal> {
    const rows = await this.dataSource.query<ProposalRow[]>(`${SELECT_PROPOSALS} WHERE p.id = $1`, [
      proposalId,
    ]);
    const row = rows[0];
    const opportunity = row ? (await this.opportunitiesById(rows)).get(row.opportunity_id) : null;
    if (!row?.answered_at || !opportunity) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
    return this.toEmployerProposal(row, opportunity, row.answered_at);
  }

  private toEmployerProposal(
    row: ProposalRow,
    opportunity: Opportunity,
    answeredAt: Date,
  ): EmployerProposal {
    return {
      id: row.id,
      opportunity,
      // Only the frozen copy: never the live profile, never a field that was not chosen.
      candidate: SharedProfile.from(row.shared_snapshot ?? {}),
      counsellorName: row.counsellor_name,
      counsellorOrganisation: row.counsellor_organisation,
      status: row.status,
      statusLabel: proposalStatusLabel(row.status),
      employerMessage: row.employer_message,
      answeredAt,
      employerAnsweredAt: row.employer_answered_at,
      placedAt: row.placed_at,
    };
  }

  private async toProposals(rows: ProposalRow[]): Promise<MatchProposal[]> {
    const byId = await this.opportunitiesById(rows);
    return rows.flatMap((row) => {
      const opportunity = byId.get(row.opportunity_id);
      if (!opportunity) return [];
      const history: ProposalEvent[] = row.history.map((event) => ({
        status: event.status,
        actorRole: event.actorRole,
        at: new Date(event.at),
      }));
      return [
        {
          id: row.id,
          youthId: row.youth_id,
          youthName: row.youth_name,
          opportunity,
          counsellorName: row.counsellor_name,
          counsellorOrganisation: row.counsellor_organisation,
          message: row.message,
          status: row.status,
          statusLabel: proposalStatusLabel(row.status),
          declineReason: row.decline_reason,
          youthNote: row.youth_note,
          sharedFields: row.shared_fields,
          employerMessage: row.employer_message,
          createdAt: row.created_at,
          answeredAt: row.answered_at,
          employerAnsweredAt: row.employer_answered_at,
          placedAt: row.placed_at,
          history,
        },
      ];
    });
  }

  private async opportunitiesById(rows: readonly ProposalRow[]): Promise<Map<string, Opportunity>> {
    const loaded = await this.opportunities.loadForIndexing([
      ...new Set(rows.map((row) => row.opportunity_id)),
    ]);
    return new Map(loaded.map((opportunity) => [opportunity.id, opportunity]));
  }
}
