import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { Notification } from './notification.entity';

const PAGE = 200;

/** Reads a user's notifications in id order; shared by the gateway and GraphQL. */
@Injectable()
export class NotificationsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  after(accountId: string, afterId: string | null, limit = PAGE): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({
      where: { accountId, ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: Math.min(limit, PAGE),
    });
  }
}
