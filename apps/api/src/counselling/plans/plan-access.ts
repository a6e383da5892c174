import { AuditAction, AuditOutcome, CounsellorRole, LIMITS, PlanActor } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Account } from '../../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../../identity/identity.exception';
import { AccessService, YouthAccessBasis } from '../../organisations/access.service';
import { MembershipService } from '../../organisations/membership.service';
import { PlanErrorCode, PlanException } from './plan.exception';

/** Who is reading or changing a plan, and in which capacity. */
export interface PlanParty {
  account: Account;
  youthId: string;
  basis: YouthAccessBasis;
  /** Set for those who may change the plan: the youth (marks and comments) or the coordinator. */
  as: PlanActor | null;
}

/**
 * Who may read and change a young person's plan and mapping. Reading: whoever AccessService lets
 * see the young person (the youth, their coordinator, their school counsellor), audited VIEW_PLAN
 * for everyone but the youth. Editing the plan and the mapping: only the coordinator with the youth
 * in their active caseload (or an office lead who has them). Marking milestones and commenting:
 * that coordinator and the youth. Every refusal concerning a young person is audited DENIED and
 * answered as not found.
 */
@Injectable()
export class PlanAccess {
  constructor(
    private readonly access: AccessService,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
  ) {}

  async read(actor: Account | null, youthId: string): Promise<PlanParty> {
    const signedIn = this.signedIn(actor);
    const access = await this.access.openYouth(signedIn, youthId, AuditAction.VIEW_PLAN);
    if (!access) throw new PlanException(PlanErrorCode.NOT_FOUND);
    return {
      account: signedIn,
      youthId,
      basis: access.basis,
      as: await this.changerRole(signedIn, access.basis),
    };
  }

  /** The coordinator (or office lead) following the youth; the youth themself is refused. */
  async coordinatorChange(
    actor: Account | null,
    youthId: string,
    action: AuditAction.CHANGE_PLAN | AuditAction.CHANGE_MAPPING,
  ): Promise<PlanParty> {
    const signedIn = this.signedIn(actor);
    const found = await this.access.canSeeYouth(signedIn, youthId);
    if (found?.basis === YouthAccessBasis.SELF)
      throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    if (found?.basis !== YouthAccessBasis.COORDINATOR) return this.deny(signedIn, youthId, action);
    return this.allow(signedIn, youthId, action);
  }

  /** The youth themself (not audited) or their coordinator. */
  async partyChange(actor: Account | null, youthId: string): Promise<PlanParty> {
    const signedIn = this.signedIn(actor);
    const found = await this.access.canSeeYouth(signedIn, youthId);
    if (found?.basis === YouthAccessBasis.SELF)
      return { account: signedIn, youthId, basis: found.basis, as: PlanActor.YOUTH };
    if (found?.basis !== YouthAccessBasis.COORDINATOR)
      return this.deny(signedIn, youthId, AuditAction.CHANGE_PLAN);
    return this.allow(signedIn, youthId, AuditAction.CHANGE_PLAN);
  }

  /** For an object that does not exist at all: the same answer, audited without a young person. */
  async denyUnknown(actor: Account | null, action: AuditAction): Promise<never> {
    return this.deny(this.signedIn(actor), '', action);
  }

  private signedIn(actor: Account | null): Account {
    if (!actor) throw new IdentityException(IdentityErrorCode.UNAUTHENTICATED);
    return actor;
  }

  private async allow(account: Account, youthId: string, action: AuditAction): Promise<PlanParty> {
    // Re-checks and writes the ALLOWED record with the relationship as the reason.
    const access = await this.access.openYouth(account, youthId, action);
    if (access?.basis !== YouthAccessBasis.COORDINATOR) return this.deny(account, youthId, action);
    return {
      account,
      youthId,
      basis: access.basis,
      as: await this.changerRole(account, access.basis),
    };
  }

  /**
   * A refusal, recorded DENIED whoever asked: also a school counsellor, who may read the plan of
   * her pupil but not change it (AccessService alone would record her attempt as allowed).
   */
  private async deny(account: Account, youthId: string, action: AuditAction): Promise<never> {
    const described = await this.memberships.actorDescription(account);
    await this.audit.record({
      actorId: account.id,
      actorRole: described.role,
      actorName: account.displayName.slice(0, LIMITS.displayNameMax),
      actorOrganisation: described.organisation,
      youthId,
      action,
      purpose: 'Ingen tilgang til å endre planen',
      outcome: AuditOutcome.DENIED,
    });
    throw new PlanException(PlanErrorCode.NOT_FOUND);
  }

  private async changerRole(account: Account, basis: YouthAccessBasis): Promise<PlanActor | null> {
    switch (basis) {
      case YouthAccessBasis.SELF:
        return PlanActor.YOUTH;
      case YouthAccessBasis.SCHOOL_COUNSELLOR:
        return null;
      case YouthAccessBasis.COORDINATOR: {
        const place = await this.memberships.counsellorPlace(account);
        return place?.role === CounsellorRole.OFFICE_LEAD
          ? PlanActor.OFFICE_LEAD
          : PlanActor.COORDINATOR;
      }
    }
  }
}
