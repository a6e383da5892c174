import {
  AuditAction,
  findMunicipality,
  isAdaptation,
  isStrength,
  KRISTIANSAND_MUNICIPALITY_CODE,
  OpportunityStatus,
  ProposalParty,
  ProposalStatus,
  canMoveProposal,
  OPEN_PROPOSAL_STATUSES,
} from '@akselerator/domain';
import type { YouthProfile } from '@akselerator/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/uuid';
import type { Account } from '../../identity/account.entity';
import { IdentityService } from '../../identity/identity.service';
import { RecommendationsService } from '../../matching/recommendations.service';
import type { Notification } from '../../notifications/notification.entity';
import { AccessService, YouthAccessBasis } from '../../organisations/access.service';
import type { ProposeMatchInput } from './dtos/proposal.inputs';
import { ProposalErrorCode, ProposalException } from './proposal.exception';
import { interestCodes } from './mapping-interests';
import { ProposalNotices } from './proposal-notices';
import { ProposalStore } from './proposal-store';
import {
  ProposalRankingBasis,
  type MatchProposal,
  type ProposableOpportunityList,
} from './proposal.types';

const COUNSELLOR_BASES: readonly YouthAccessBasis[] = [
  YouthAccessBasis.COORDINATOR,
  YouthAccessBasis.SCHOOL_COUNSELLOR,
];

/**
 * The counsellor's side of proposals: ranked opportunities for a young person they follow,
 * proposing one with a personal message, the young person's proposals, withdrawing one. Access to
 * the young person goes through AccessService (audited, allowed and denied alike).
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly access: AccessService,
    private readonly recommendations: RecommendationsService,
    private readonly store: ProposalStore,
    private readonly notices: ProposalNotices,
    private readonly clock: Clock,
  ) {}

  /**
   * Published places ranked for the young person by the matching engine, from their own matching
   * profile, else from the counsellor's strength-based mapping, else by local demand and distance
   * from Kristiansand; the answer says which. Open proposals are marked.
   */
  async opportunitiesForYouth(
    actor: Account | null,
    youthId: string,
    first: number,
  ): Promise<ProposableOpportunityList> {
    await this.requireCounsellorOf(actor, youthId, AuditAction.VIEW_PROFILE, 'Mulige forslag');
    const stored = await this.recommendations.storedProfileOf(youthId);
    const { basis, profile } = stored
      ? { basis: ProposalRankingBasis.MATCHING_PROFILE, profile: stored }
      : await this.profileFromMapping(youthId);
    const [ranked, proposed, names] = await Promise.all([
      this.recommendations.recommendForProfile(profile, first),
      this.store.openProposalOpportunities(youthId),
      this.dataSource.query<{ display_name: string }[]>(
        'SELECT display_name FROM account WHERE id = $1',
        [youthId],
      ),
    ]);
    return {
      youthId,
      youthName: names[0]?.display_name ?? '',
      basis,
      items: ranked.map((item) => ({
        opportunity: item.opportunity,
        score: item.score,
        reasons: item.reasons,
        alreadyProposed: proposed.has(item.opportunity.id),
      })),
    };
  }

  async propose(actor: Account | null, input: ProposeMatchInput): Promise<MatchProposal> {
    const counsellor = await this.requireCounsellorOf(
      actor,
      input.youthId,
      AuditAction.PROPOSE_MATCH,
      'Forslag om en mulighet',
    );
    const message = input.message.trim();
    const notifications: Notification[] = [];
    const proposalId = await this.store.transaction(async (manager) => {
      // Share lock: the employer cannot close it between this check and the insert.
      const found: { status: OpportunityStatus }[] = await manager.query(
        'SELECT status FROM opportunity WHERE id = $1 FOR SHARE',
        [input.opportunityId],
      );
      const opportunity = found[0];
      if (!opportunity) throw new ProposalException(ProposalErrorCode.OPPORTUNITY_NOT_FOUND);
      if (opportunity.status !== OpportunityStatus.PUBLISHED)
        throw new ProposalException(ProposalErrorCode.OPPORTUNITY_CLOSED);
      const open: unknown[] = await manager.query(
        `SELECT 1 FROM match_proposal WHERE youth_id = $1 AND opportunity_id = $2
            AND status = ANY($3::text[])`,
        [input.youthId, input.opportunityId, OPEN_PROPOSAL_STATUSES],
      );
      if (open.length > 0) throw new ProposalException(ProposalErrorCode.ALREADY_PROPOSED);
      const now = this.clock.now();
      // The partial unique index refuses a racing twin: ALREADY_PROPOSED (store.transaction).
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO match_proposal (youth_id, opportunity_id, counsellor_id, message, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.youthId, input.opportunityId, counsellor.id, message, ProposalStatus.PROPOSED, now],
      );
      const id = inserted[0]?.id ?? '';
      await this.store.recordEvent(
        manager,
        id,
        ProposalStatus.PROPOSED,
        { accountId: counsellor.id, party: ProposalParty.COUNSELLOR },
        null,
        now,
      );
      notifications.push(...(await this.notices.proposed(manager, id)));
      return id;
    });
    this.notices.deliver(notifications);
    return this.store.load(proposalId);
  }

  async proposalsForYouth(actor: Account | null, youthId: string): Promise<MatchProposal[]> {
    await this.requireCounsellorOf(actor, youthId, AuditAction.VIEW_PLAN, 'Forslag til ungdommen');
    return this.store.forYouth(youthId);
  }

  /** A counsellor who may see the young person takes back a proposal not yet answered. */
  async withdraw(actor: Account | null, proposalId: string): Promise<MatchProposal> {
    const account = this.identity.requireSignedIn(actor);
    const youthId = await this.store.youthOfProposal(proposalId);
    if (!youthId) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
    await this.requireCounsellorOf(account, youthId, AuditAction.PROPOSE_MATCH, 'Trakk et forslag');
    const notifications: Notification[] = [];
    await this.store.transaction(async (manager) => {
      const proposal = await this.store.lock(manager, proposalId);
      if (!proposal) throw new ProposalException(ProposalErrorCode.NOT_FOUND);
      if (!canMoveProposal(proposal.status, ProposalStatus.WITHDRAWN, ProposalParty.COUNSELLOR))
        throw new ProposalException(ProposalErrorCode.ILLEGAL_STATUS_CHANGE);
      await this.store.move(manager, {
        proposal,
        to: ProposalStatus.WITHDRAWN,
        by: { accountId: account.id, party: ProposalParty.COUNSELLOR },
      });
      notifications.push(...(await this.notices.withdrawn(manager, proposalId)));
    });
    this.notices.deliver(notifications);
    return this.store.load(proposalId);
  }

  /**
   * The counsellor (coordinator or the pupil's school counsellor) who may see the young person,
   * audited with `action`; anyone else (the youth themself included) is refused like not found,
   * with a DENIED record.
   */
  async requireCounsellorOf(
    actor: Account | null,
    youthId: string,
    action: AuditAction,
    purpose: string,
  ): Promise<Account> {
    const account = this.identity.requireSignedIn(actor);
    if (!isUuid(youthId)) throw new ProposalException(ProposalErrorCode.YOUTH_NOT_FOLLOWED);
    const access = await this.access.openYouth(account, youthId, action, purpose);
    if (!access || !COUNSELLOR_BASES.includes(access.basis))
      throw new ProposalException(ProposalErrorCode.YOUTH_NOT_FOLLOWED);
    return account;
  }

  /**
   * Without a matching profile: the strength-based mapping's interests (trade or programme codes
   * or names), strengths and adaptations; without that either, an empty profile that the engine
   * ranks by local demand. Both measure distance from Kristiansand's centre.
   */
  private async profileFromMapping(
    youthId: string,
  ): Promise<{ basis: ProposalRankingBasis; profile: YouthProfile }> {
    const rows: { interests: string[]; strengths: string[]; adaptations: string[] }[] =
      await this.dataSource.query(
        'SELECT interests, strengths, adaptations FROM strength_mapping WHERE youth_id = $1',
        [youthId],
      );
    const mapping = rows[0];
    const centre = findMunicipality(KRISTIANSAND_MUNICIPALITY_CODE);
    const base: YouthProfile = {
      id: youthId,
      interests: { programmeCodes: [], tradeCodes: [] },
      strengths: [],
      adaptationsNeeded: [],
      home: centre ? { latitude: centre.latitude, longitude: centre.longitude } : undefined,
      firstContactDate: this.clock.today(),
      consentToBeProposed: true,
    };
    if (!mapping) return { basis: ProposalRankingBasis.LOCAL_DEMAND, profile: base };
    const interests = interestCodes(mapping.interests);
    return {
      basis: ProposalRankingBasis.STRENGTH_MAPPING,
      profile: {
        ...base,
        interests,
        strengths: mapping.strengths.filter(isStrength),
        adaptationsNeeded: mapping.adaptations.filter(isAdaptation),
      },
    };
  }
}
