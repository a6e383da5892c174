import { AuditAction, OpportunityStatus } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  rankCandidates,
  recommendOpportunities,
  type Reason,
  type YouthProfile,
} from '@akselerator/matching';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { AccessService } from '../organisations/access.service';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { OpportunityErrorCode, OpportunityException } from '../opportunities/opportunity.exception';
import type {
  MatchReason,
  RankedCandidate,
  Recommendation,
  RecommendationList,
} from './matching.types';
import {
  OPPORTUNITY_PROFILES_SQL,
  toOpportunityProfile,
  toYouthProfile,
  type OpportunityRow,
} from './profile-mapping';
import { YouthProfileRecord } from './youth-profile.entity';

const toReason = ({ code, text, textEn }: Reason): MatchReason => ({ code, text, textEn });

/** The engine's two ranking jobs, fed from Postgres and checked per object. */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly opportunities: OpportunitiesService,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  async recommendFor(actor: Account | null, first: number): Promise<RecommendationList> {
    const youth = this.identity.requireYouth(actor);
    const profile = await this.storedProfileOf(youth.id);
    if (!profile) return { items: [], hasProfile: false };
    return { hasProfile: true, items: await this.recommendForProfile(profile, first) };
  }

  /**
   * The young person's stored matching profile in the engine's shape, or null when they have none.
   * No access check: for services that have already checked (and audited) access to the youth.
   */
  async storedProfileOf(youthId: string): Promise<YouthProfile | null> {
    const record = await this.dataSource
      .getRepository(YouthProfileRecord)
      .findOne({ where: { accountId: youthId } });
    return record ? toYouthProfile(record) : null;
  }

  /**
   * Published places ranked for one profile, with their reasons (hospitering days ahead,
   * apprenticeships and jobs open for applications): the youth's own recommendations and what a
   * counsellor may propose. The caller checks access to the youth.
   */
  async recommendForProfile(profile: YouthProfile, first: number): Promise<Recommendation[]> {
    const today = this.clock.today();
    const rows: OpportunityRow[] = await this.dataSource.query(OPPORTUNITY_PROFILES_SQL, [
      today,
      null,
    ]);
    const { recommendations } = recommendOpportunities(profile, rows.map(toOpportunityProfile), {
      today,
      limit: first,
    });
    const loaded = await this.opportunities.loadForIndexing(
      recommendations.map((item) => item.opportunityId),
    );
    const byId = new Map(loaded.map((opportunity) => [opportunity.id, opportunity]));
    return recommendations.flatMap((item) => {
      const opportunity = byId.get(item.opportunityId);
      return opportunity
        ? [{ opportunity, score: item.score, reasons: item.reasons.map(toReason) }]
        : [];
    });
  }

  /**
   * Why a published opportunity is missing from a young person's recommendations: the hard filter
   * that left it out, in plain Norwegian, or null when it passes them (it is among the
   * recommendations, ranked by score). For the youth themself and counsellors who may see the youth
   * (AccessService, audited); anyone else, an unknown youth or opportunity: not found alike.
   */
  async whyNotRecommended(
    actor: Account | null,
    youthId: string,
    opportunityId: string,
  ): Promise<string | null> {
    const access = await this.access.openYouth(
      actor,
      youthId,
      AuditAction.VIEW_PROFILE,
      'Hvorfor et sted mangler blant anbefalingene',
    );
    if (!access) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    const opportunity = await this.opportunities.findVisible(actor, opportunityId);
    if (opportunity?.status !== OpportunityStatus.PUBLISHED)
      throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    const today = this.clock.today();
    const [row] = await this.dataSource.query<OpportunityRow[]>(OPPORTUNITY_PROFILES_SQL, [
      today,
      opportunityId,
    ]);
    if (!row) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    const profile = await this.storedProfileOf(youthId);
    if (!profile) return 'Har ingen profil ennå: anbefalinger krever minst én interesse';
    const { filtered } = recommendOpportunities(profile, [toOpportunityProfile(row)], {
      today,
      explainFiltered: true,
    });
    return filtered[0]?.filteredBecause.text ?? null;
  }

  /**
   * Youths who agreed to be proposed, best first: for the owning employer, or for a counsellor on a
   * published opportunity, who sees only the young people they may see (AccessService) and leaves
   * one audit record per young person listed.
   */
  async candidatesFor(
    actor: Account | null,
    opportunityId: string,
    first: number,
  ): Promise<RankedCandidate[]> {
    const account = this.identity.requireSignedIn(actor);
    const counsellor =
      account.employerId === null ? await this.access.visibleAmong(account, []) : null;
    if (!counsellor) {
      const { employerId } = this.identity.requireEmployerMember(account);
      const opportunity = await this.opportunities.findVisible(account, opportunityId);
      if (opportunity?.employerId !== employerId)
        throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
      return this.rank(opportunityId, first, null);
    }
    const opportunity = await this.opportunities.findVisible(account, opportunityId);
    if (opportunity?.status !== OpportunityStatus.PUBLISHED)
      throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
    const candidates = await this.rank(opportunityId, first, async (youthIds) => {
      const visible = await this.access.visibleAmong(account, youthIds);
      return visible?.youthIds ?? new Set<string>();
    });
    await this.access.recordListed(
      account,
      counsellor.place,
      candidates.map((candidate) => candidate.youthId),
      AuditAction.VIEW_CANDIDATE_LIST,
      `${counsellor.place.organisationName}: kandidater til «${opportunity.title}»`,
    );
    return candidates;
  }

  /** Ranks consenting youths (only those `visible` keeps, when given) for one opportunity. */
  private async rank(
    opportunityId: string,
    first: number,
    visible: ((youthIds: string[]) => Promise<Set<string>>) | null,
  ): Promise<RankedCandidate[]> {
    const today = this.clock.today();
    const [row] = await this.dataSource.query<OpportunityRow[]>(OPPORTUNITY_PROFILES_SQL, [
      today,
      opportunityId,
    ]);
    if (!row) return [];
    const consenting = await this.dataSource
      .getRepository(YouthProfileRecord)
      .find({ where: { consentToBeProposed: true } });
    const allowed = visible ? await visible(consenting.map((record) => record.accountId)) : null;
    const records = allowed
      ? consenting.filter((record) => allowed.has(record.accountId))
      : consenting;
    if (records.length === 0) return [];
    const names: { id: string; display_name: string }[] = await this.dataSource.query(
      'SELECT id, display_name FROM account WHERE id = ANY($1::uuid[])',
      [records.map((record) => record.accountId)],
    );
    const nameOf = new Map(names.map((name) => [name.id, name.display_name]));
    const { candidates } = rankCandidates(toOpportunityProfile(row), records.map(toYouthProfile), {
      today,
      limit: first,
    });
    return candidates.map((candidate) => ({
      youthId: candidate.youthId,
      displayName: nameOf.get(candidate.youthId) ?? '',
      score: candidate.score,
      reasons: candidate.reasons.map(toReason),
      daysWithoutOffer: candidate.daysWithoutOffer,
      pastEightWeeks: candidate.pastEightWeeks,
    }));
  }
}
