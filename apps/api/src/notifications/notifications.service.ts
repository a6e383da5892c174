import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { Notification, NotificationKind, type NotificationPayload } from './notification.entity';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsReader } from './notifications.reader';

/** Writes notifications with the change they announce, delivers them after commit, and lists them. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly gateway: NotificationsGateway,
    private readonly reader: NotificationsReader,
  ) {}

  /** Inside the caller's transaction: the notification exists exactly when the change does. */
  async record(
    manager: EntityManager,
    accountId: string,
    kind: NotificationKind,
    payload: NotificationPayload,
  ): Promise<Notification> {
    return manager.save(manager.create(Notification, { accountId, kind, payload }));
  }

  /** `record` for each of the employer's accounts: whoever of theirs signs in has the news. */
  async recordForEmployer(
    manager: EntityManager,
    employerId: string,
    kind: NotificationKind,
    payload: NotificationPayload,
  ): Promise<Notification[]> {
    const members = await manager.query<{ id: string }[]>(
      'SELECT id FROM account WHERE employer_id = $1',
      [employerId],
    );
    return this.recordForAccounts(
      manager,
      members.map((member) => member.id),
      kind,
      payload,
    );
  }

  /** `record` for each of the accounts (a caller that has already read who they are). */
  async recordForAccounts(
    manager: EntityManager,
    accountIds: readonly string[],
    kind: NotificationKind,
    payload: NotificationPayload,
  ): Promise<Notification[]> {
    const recorded: Notification[] = [];
    for (const accountId of accountIds) {
      recorded.push(await this.record(manager, accountId, kind, payload));
    }
    return recorded;
  }

  /**
   * After commit: push to the users' open connections (on every API instance when the Redis
   * adapter is on). A crash before this only delays delivery until the client catches up.
   */
  deliver(notifications: readonly Notification[]): void {
    for (const notification of notifications)
      this.gateway.emitTo(notification.accountId, notification);
  }

  async listOwn(
    actor: Account | null,
    afterId: string | null,
    latest: number | null,
  ): Promise<Notification[]> {
    const account = this.identity.requireSignedIn(actor);
    // GraphQL leaves out omitted arguments (undefined), so both absences count.
    if (latest != null && afterId == null) return this.reader.latest(account.id, latest);
    return this.reader.after(account.id, afterId ?? null);
  }

  async unreadCount(actor: Account | null): Promise<number> {
    const account = this.identity.requireSignedIn(actor);
    return this.dataSource
      .getRepository(Notification)
      .count({ where: { accountId: account.id, readAt: IsNull() } });
  }

  /** Marks the user's own notifications up to and including `upToId` as read. */
  async markRead(actor: Account | null, upToId: string): Promise<number> {
    const account = this.identity.requireSignedIn(actor);
    if (!/^\d{1,18}$/.test(upToId)) return 0;
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      'UPDATE notification SET read_at = now() WHERE account_id = $1 AND id <= $2 AND read_at IS NULL',
      [account.id, upToId],
    );
    return affected;
  }
}
