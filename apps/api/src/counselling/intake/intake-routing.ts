import { CounsellorRole, hasCaseloadRoom } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Notification } from '../../notifications/notification.entity';
import { NotificationKind } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { CaseloadFullException, CaseloadService } from '../../organisations/caseload.service';

interface Candidate {
  coordinatorId: string;
  navOfficeId: string;
  active: number;
  homeOffice: boolean;
}

export interface Placement {
  coordinatorId: string;
  navOfficeId: string;
  notifications: Notification[];
}

/**
 * Where a request for a coordinator goes. Candidates are the COORDINATORs of every NAV office
 * (office leads take young people by routing them to themselves, not automatically), and the
 * offices in the young person's home municipality (youth_profile.home_municipality_code) come first;
 * with no room there, or no known municipality, any office with room will do: a young person
 * waiting for a coordinator is worse off than one followed from the neighbouring office. Among
 * candidates: the most free places, then the fewest active, then the longest membership.
 * The caseload rule itself is CaseloadService.requireRoom, which locks the coordinator's
 * membership row: two intakes at once queue there, and the second one counts the first.
 */
@Injectable()
export class IntakeRouting {
  constructor(
    private readonly caseloads: CaseloadService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** The NAV office of the young person's home municipality, if there is one. */
  async homeOffice(manager: EntityManager, youthId: string): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT n.id FROM youth_profile p JOIN nav_office n ON n.municipality_code = p.home_municipality_code
        WHERE p.account_id = $1 ORDER BY n.created_at, n.id LIMIT 1`,
      [youthId],
    );
    return row?.id ?? null;
  }

  /** Places the request with the best coordinator who has room; null when everyone is full. */
  async routeAutomatically(
    manager: EntityManager,
    request: { id: string; youthId: string; youthName: string },
    startedBy: string | null,
  ): Promise<Placement | null> {
    const max = this.caseloads.caseloadMax;
    const candidates = await manager.query<Candidate[]>(
      `SELECT m.account_id AS "coordinatorId", m.nav_office_id AS "navOfficeId",
              (SELECT count(*)::int FROM caseload c
                WHERE c.coordinator_id = m.account_id AND c.ended_at IS NULL) AS active,
              (n.municipality_code = (SELECT home_municipality_code FROM youth_profile
                                       WHERE account_id = $1)) IS TRUE AS "homeOffice"
         FROM counsellor_membership m JOIN nav_office n ON n.id = m.nav_office_id
        WHERE m.role = $2
        ORDER BY "homeOffice" DESC, active ASC, m.created_at ASC, m.account_id ASC`,
      [request.youthId, CounsellorRole.COORDINATOR],
    );
    // Free places = max − active, so "most free, then fewest active" is one order; room first.
    const withRoom = candidates.filter((candidate) => hasCaseloadRoom(candidate.active, max));
    for (const candidate of withRoom) {
      try {
        return await this.place(
          manager,
          request,
          candidate.coordinatorId,
          candidate.navOfficeId,
          startedBy,
        );
      } catch (error) {
        // Filled up meanwhile by a parallel intake: the next candidate.
        if (!(error instanceof CaseloadFullException)) throw error;
      }
    }
    return null;
  }

  /**
   * Starts the caseload with this coordinator (refused CASELOAD_FULL when it has no room), marks
   * the request routed, and writes the notices to the young person and the coordinator.
   */
  async place(
    manager: EntityManager,
    request: { id: string; youthId: string; youthName: string },
    coordinatorId: string,
    navOfficeId: string,
    startedBy: string | null,
  ): Promise<Placement> {
    await this.caseloads.startCaseload(
      manager,
      request.youthId,
      coordinatorId,
      navOfficeId,
      startedBy,
    );
    const [names] = await manager.query<{ coordinatorName: string; officeName: string }[]>(
      `UPDATE intake_request r SET status = 'ROUTED', coordinator_id = $2, nav_office_id = $3, routed_at = $4
         FROM account a, nav_office n
        WHERE r.id = $1 AND a.id = $2 AND n.id = $3
        RETURNING a.display_name AS "coordinatorName", n.name AS "officeName"`,
      [request.id, coordinatorId, navOfficeId, this.clock.now()],
    );
    const coordinatorName = names?.coordinatorName ?? '';
    const officeName = names?.officeName ?? 'NAV';
    const notifications = [
      await this.notifications.record(manager, request.youthId, NotificationKind.INTAKE_ROUTED, {
        text: `Du har fått en koordinator: ${coordinatorName} ved ${officeName}. Koordinatoren tar kontakt med deg snart.`,
        youthId: request.youthId,
      }),
      await this.notifications.record(manager, coordinatorId, NotificationKind.INTAKE_ROUTED, {
        text: `${request.youthName} har bedt om en koordinator og er nå hos deg. Ta kontakt og avtal et første møte.`,
        youthId: request.youthId,
      }),
    ];
    return { coordinatorId, navOfficeId, notifications };
  }
}
