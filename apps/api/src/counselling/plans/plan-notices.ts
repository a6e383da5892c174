import { PlanActor } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Notification, NotificationKind } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';

/**
 * PLAN_CHANGED to the other party, written in the change's transaction and delivered after commit:
 * the youth when their coordinator changes something; the coordinator(s) following the youth when
 * the youth marks a milestone or comments.
 */
@Injectable()
export class PlanNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async planChanged(
    manager: EntityManager,
    youthId: string,
    by: PlanActor,
    summary: string,
  ): Promise<Notification[]> {
    if (by !== PlanActor.YOUTH) {
      return [
        await this.notifications.record(manager, youthId, NotificationKind.PLAN_CHANGED, {
          text: `Planen din er oppdatert: ${summary}`,
          youthId,
        }),
      ];
    }
    const coordinators: { coordinator_id: string; name: string }[] = await manager.query(
      `SELECT l.coordinator_id, a.display_name AS name
         FROM caseload l JOIN account a ON a.id = l.youth_id
        WHERE l.youth_id = $1 AND l.ended_at IS NULL`,
      [youthId],
    );
    const recorded: Notification[] = [];
    for (const row of coordinators) {
      recorded.push(
        await this.notifications.record(
          manager,
          row.coordinator_id,
          NotificationKind.PLAN_CHANGED,
          {
            text: summary.startsWith('Ungdommen ')
              ? `${row.name} ${summary.slice('Ungdommen '.length)}`
              : `Planen til ${row.name}: ${summary}`,
            youthId,
          },
        ),
      );
    }
    return recorded;
  }

  async mappingChanged(manager: EntityManager, youthId: string): Promise<Notification[]> {
    return [
      await this.notifications.record(manager, youthId, NotificationKind.PLAN_CHANGED, {
        text: 'Koordinatoren din har oppdatert kartleggingen av det du er god på og drømmer om.',
        youthId,
      }),
    ];
  }

  deliver(notifications: readonly Notification[]): void {
    this.notifications.deliver(notifications);
  }
}
