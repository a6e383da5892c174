import { AuditAction, CounsellorRole } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Account } from '../../identity/account.entity';
import { IdentityService } from '../../identity/identity.service';
import { AccessService } from '../../organisations/access.service';
import { MembershipService } from '../../organisations/membership.service';
import { ProposalErrorCode, ProposalException } from '../proposals/proposal.exception';
import { EightWeekOfferKind, type EightWeekEntry } from './eight-week.types';
import { EIGHT_WEEKS_DAYS, waitingSince } from './waiting-since';

interface WaitingRow {
  youth_id: string;
  youth_name: string;
  coordinator_id: string;
  coordinator_name: string;
  first_caseload: Date;
  first_intake: Date | null;
  last_proposal: Date | null;
  last_application_offer: Date | null;
}

/**
 * Everyone in an active caseload (the coordinator's own; the office lead's whole office) waits
 * since their latest offer: a proposal made for them, or an application of theirs moved to
 * OFFERED; with none, since first contact (the earliest caseload start or intake request). Only
 * what happened up to the clock's now counts, so tests move time instead of waiting.
 */
const WAITING_SQL = `
  SELECT c.youth_id, y.display_name AS youth_name, c.coordinator_id, k.display_name AS coordinator_name,
         (SELECT min(started_at) FROM caseload WHERE youth_id = c.youth_id) AS first_caseload,
         (SELECT min(created_at) FROM intake_request
           WHERE youth_id = c.youth_id AND created_at <= $4) AS first_intake,
         (SELECT max(created_at) FROM match_proposal
           WHERE youth_id = c.youth_id AND created_at <= $4) AS last_proposal,
         (SELECT max(h.changed_at) FROM application_status_change h
            JOIN application a ON a.id = h.application_id
           WHERE a.youth_id = c.youth_id AND h.to_status = 'OFFERED' AND h.changed_at <= $4)
           AS last_application_offer
    FROM caseload c
    JOIN account y ON y.id = c.youth_id
    JOIN account k ON k.id = c.coordinator_id
   WHERE c.ended_at IS NULL AND (c.coordinator_id = $1 OR ($2::boolean AND c.nav_office_id = $3))`;

/** The 8-week list (8-ukersregelen): who has waited 56 days or more without an offer, oldest first. */
@Injectable()
export class EightWeekService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Account | null): Promise<EightWeekEntry[]> {
    const account = this.identity.requireSignedIn(actor);
    const place = await this.memberships.counsellorPlace(account);
    if (
      !place?.navOfficeId ||
      (place.role !== CounsellorRole.COORDINATOR && place.role !== CounsellorRole.OFFICE_LEAD)
    )
      throw new ProposalException(ProposalErrorCode.NO_NAV_OFFICE);
    const now = this.clock.now();
    const today = this.clock.today();
    const rows = await this.dataSource.query<WaitingRow[]>(WAITING_SQL, [
      account.id,
      place.role === CounsellorRole.OFFICE_LEAD,
      place.navOfficeId,
      now,
    ]);
    const entries = rows
      .map((row) => toEntry(row, today))
      .filter((entry) => entry.daysWaited >= EIGHT_WEEKS_DAYS)
      .sort(
        (a, b) =>
          a.waitingSince.getTime() - b.waitingSince.getTime() ||
          a.youthName.localeCompare(b.youthName, 'nb'),
      );
    await this.access.recordListed(
      account,
      place,
      entries.map((entry) => entry.youthId),
      AuditAction.VIEW_EIGHT_WEEK_LIST,
      `${place.organisationName}: oppfølging av 8-ukersregelen`,
    );
    return entries;
  }
}

function toEntry(row: WaitingRow, today: string): EightWeekEntry {
  const waiting = waitingSince(
    {
      firstCaseload: row.first_caseload,
      firstIntake: row.first_intake,
      lastProposal: row.last_proposal,
      lastApplicationOffer: row.last_application_offer,
    },
    today,
  );
  return {
    youthId: row.youth_id,
    youthName: row.youth_name,
    coordinatorId: row.coordinator_id,
    coordinatorName: row.coordinator_name,
    waitingSince: waiting.since,
    daysWaited: waiting.days,
    lastOfferKind:
      waiting.lastOfferKind === null ? null : EightWeekOfferKind[waiting.lastOfferKind],
  };
}
