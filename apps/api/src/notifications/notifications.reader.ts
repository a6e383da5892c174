import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { Notification } from './notification.entity';

const PAGE = 200;

/** Reads a user's notifications in id order; shared by the gateway and GraphQL. */
@Injectable()
export class NotificationsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest `count`, oldest first: what a bell shows. */
  async latest(accountId: string, count: number): Promise<Notification[]> {
    const newest = await this.dataSource.getRepository(Notification).find({
      where: { accountId },
      order: { id: 'DESC' },
      take: Math.min(Math.max(count, 1), PAGE),
    });
    return newest.reverse();
  }

  after(accountId: string, afterId: string | null, limit = PAGE): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({
      where: { accountId, ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: Math.min(limit, PAGE),
    });
  }
}
