import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [Notification], {
    description: 'Your notifications after `afterId` (or only the newest `latest`), oldest first',
  })
  myNotifications(
    @CurrentAccount() actor: Account | null,
    @Args('afterId', { type: () => ID, nullable: true }) afterId: string | null,
    @Args('latest', {
      type: () => Int,
      nullable: true,
      description: 'Only the newest N (when afterId is not given)',
    })
    latest: number | null,
  ): Promise<Notification[]> {
    return this.notifications.listOwn(actor, afterId, latest);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentAccount() actor: Account | null): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @Mutation(() => Int, {
    description: 'Marks your notifications up to this id as read; returns how many changed',
  })
  markNotificationsRead(
    @CurrentAccount() actor: Account | null,
    @Args('upToId', { type: () => ID }) upToId: string,
  ): Promise<number> {
    return this.notifications.markRead(actor, upToId);
  }
}
