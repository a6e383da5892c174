import {
  AuditAction,
  AuditOutcome,
  LIMITS,
  normaliseSharedFields,
  OpportunityStatus,
  placementGoalKind,
  ProposalParty,
  ProposalStatus,
  canMoveProposal,
  EMPLOYER_VISIBLE_PROPOSAL_STATUSES,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  loadSnapshotSource,
  takeSnapshot,
  type SnapshotSource,
} from '../../applications/shared-profile';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import type { Account } from '../../identity/account.entity';
import { IdentityService } from '../../identity/identity.service';
import type { Notification } from '../../notifications/notification.entity';
import { AccessService } from '../../organisations/access.service';
import { FollowUpService } from '../follow-up/follow-up.service';
import type { AnswerProposalAsEmployerInput, AnswerProposalInput } from './dtos/proposal.inputs';
import { ProposalErrorCode, ProposalException } from './proposal.exception';
import { ProposalNotices } from './proposal-notices';
import { ProposalStore, type LockedProposal } from './proposal-store';
import type { EmployerProposal, MatchProposal } from './proposal.types';

/**
 * The answers to a proposal: the young person's yes (with what they agree to share) or no, the
 * employer's answer, and the placement. Each move checks the status machine under the proposal's
 * row lock, writes one event row and its notifications, or changes nothing.
 */
@Injectable()
export class ProposalAnswersService {
  constructor(
    private readonly identity: IdentityService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly store: ProposalStore,
    private readonly notices: ProposalNotices,
    private readonly followUp: FollowUpService,
    private readonly clock: Clock,
  ) {}

  async listOwn(actor: Account | null): Promise<MatchProposal[]> {
    const youth = this.identity.requireYouth(actor);
    return this.store.forYouth(youth.id);
  }

  /** The young person says yes (sharing exactly the chosen fields, frozen now) or no. */
  async answer(actor: Account | null, input: AnswerProposalInput): Promise<MatchProposal> {
    const youth = this.identity.requireYouth(actor);
    const to = input.accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED;
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const proposal = await this.store.lock(manager, input.proposalId);
      if (proposal?.youthId !== youth.id) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
      if (!canMoveProposal(proposal.status, to, ProposalParty.YOUTH))
        throw new ProposalException(ProposalErrorCode.ILLEGAL_STATUS_CHANGE);
      const note = input.note?.trim() || null;
      const by = { accountId: youth.id, party: ProposalParty.YOUTH };
      if (input.accept) {
        if (proposal.opportunityStatus !== OpportunityStatus.PUBLISHED)
          throw new ProposalException(ProposalErrorCode.OPPORTUNITY_CLOSED);
        const sharedFields = normaliseSharedFields(input.sharedFields);
        const snapshot = takeSnapshot(
          sharedFields,
          await this.snapshotSource(manager, youth.id),
          this.clock.today(),
        );
        await this.store.move(manager, {
          proposal,
          to,
          by,
          note,
          sharedFields,
          sharedSnapshot: snapshot,
        });
      } else {
        await this.store.move(manager, {
          proposal,
          to,
          by,
          note,
          declineReason: input.declineReason ?? null,
        });
      }
      notifications.push(...(await this.notices.answered(manager, proposal.id, input.accept)));
    });
    this.notices.deliver(notifications);
    return this.store.load(input.proposalId);
  }

  /**
   * The employer's candidates from accepted proposals: only what each young person agreed to
   * share. Reading them is one VIEW_PROFILE audit record per young person.
   */
  async listForEmployer(
    actor: Account | null,
    opportunityId: string | null,
  ): Promise<EmployerProposal[]> {
    const { account, employerId } = this.identity.requireEmployerMember(actor);
    if (opportunityId !== null && !isUuid(opportunityId)) return [];
    const found = await this.store.forEmployer(employerId, opportunityId);
    await this.audit.recordMany(
      found.map(({ proposal, youthId }) => ({
        actorId: account.id,
        actorRole: account.role,
        actorName: account.displayName.slice(0, LIMITS.displayNameMax),
        actorOrganisation: account.employer?.name ?? null,
        youthId,
        action: AuditAction.VIEW_PROFILE,
        purpose: `Forslag fra veileder til «${proposal.opportunity.title}»`,
        outcome: AuditOutcome.ALLOWED,
      })),
    );
    return found.map(({ proposal }) => proposal);
  }

  async answerAsEmployer(
    actor: Account | null,
    input: AnswerProposalAsEmployerInput,
  ): Promise<EmployerProposal> {
    const { account, employerId } = this.identity.requireEmployerMember(actor);
    const to = input.accept ? ProposalStatus.EMPLOYER_ACCEPTED : ProposalStatus.EMPLOYER_DECLINED;
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const proposal = await this.lockForEmployer(manager, input.proposalId, employerId);
      if (!canMoveProposal(proposal.status, to, ProposalParty.EMPLOYER))
        throw new ProposalException(ProposalErrorCode.ILLEGAL_STATUS_CHANGE);
      const message = input.message.trim();
      await this.store.move(manager, {
        proposal,
        to,
        by: { accountId: account.id, party: ProposalParty.EMPLOYER },
        note: message,
        employerMessage: message,
      });
      notifications.push(
        ...(await this.notices.employerAnswered(manager, proposal.id, input.accept)),
      );
    });
    this.notices.deliver(notifications);
    return this.store.loadForEmployer(input.proposalId);
  }

  /**
   * An employer's yes ends in a placement: marked by the employer or by a counsellor who may see
   * the young person. The young person's goal is reached, so follow-up starts (6 months).
   */
  async markPlaced(actor: Account | null, proposalId: string): Promise<MatchProposal> {
    const account = this.identity.requireSignedIn(actor);
    if (!isUuid(proposalId)) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
    const party = account.employerId !== null ? ProposalParty.EMPLOYER : ProposalParty.COUNSELLOR;
    if (party === ProposalParty.COUNSELLOR) {
      const youthId = await this.store.youthOfProposal(proposalId);
      const access = youthId
        ? await this.access.openYouth(account, youthId, AuditAction.PROPOSE_MATCH, 'Fikk plass')
        : null;
      if (!access || access.organisation === null)
        throw new ProposalException(ProposalErrorCode.NOT_FOUND);
    }
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const proposal =
        party === ProposalParty.EMPLOYER
          ? await this.lockForEmployer(manager, proposalId, account.employerId ?? '')
          : await this.store.lock(manager, proposalId);
      if (!proposal) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
      if (!canMoveProposal(proposal.status, ProposalStatus.PLACED, party))
        throw new ProposalException(ProposalErrorCode.ILLEGAL_STATUS_CHANGE);
      const at = await this.store.move(manager, {
        proposal,
        to: ProposalStatus.PLACED,
        by: { accountId: account.id, party },
      });
      await this.followUp.recordGoalReached(
        manager,
        proposal.youthId,
        placementGoalKind(proposal.opportunityKind),
        at,
      );
      notifications.push(...(await this.notices.placed(manager, proposal.id)));
    });
    this.notices.deliver(notifications);
    return this.store.load(proposalId);
  }

  /** The proposal, locked, when it is on the employer's opportunity and past the youth's yes. */
  private async lockForEmployer(
    manager: EntityManager,
    proposalId: string,
    employerId: string,
  ): Promise<LockedProposal> {
    const proposal = await this.store.lock(manager, proposalId);
    // Before the young person said yes, the employer does not know the proposal exists.
    if (
      proposal?.employerId !== employerId ||
      !EMPLOYER_VISIBLE_PROPOSAL_STATUSES.includes(proposal.status)
    )
      throw new ProposalException(ProposalErrorCode.NOT_FOUND);
    return proposal;
  }

  private async snapshotSource(manager: EntityManager, youthId: string): Promise<SnapshotSource> {
    const source = await loadSnapshotSource(manager, youthId);
    if (!source) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
    return source;
  }
}
