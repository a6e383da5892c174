import { addWorkingDays, BookingStatus, todayInOslo } from '@akselerator/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { Notification } from '../notifications/notification.entity';
import { BookingNotices } from './booking-notices';

const EVERY_MS = 10 * 60_000;
export const REMIND_AFTER_WORKING_DAYS = 2;

/**
 * Every request gets an answer: a booking the employer has not answered within two working days
 * reminds the employer's members, once. Claimed with SKIP LOCKED, so several API instances never
 * remind twice.
 */
@Injectable()
export class BookingRemindersJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BookingRemindersJob.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: BookingNotices,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => {
        this.logger.warn({
          msg: 'booking reminders failed; next round will retry',
          err: (error as Error).message,
        });
      });
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends the reminders that are due now; returns how many bookings were reminded. */
  async runOnce(): Promise<number> {
    const today = this.clock.today();
    const notifications: Notification[] = [];
    const reminded = await this.dataSource.transaction(async (manager) => {
      const waiting: { id: string; created_at: Date }[] = await manager.query(
        `SELECT id, created_at FROM booking WHERE status = $1 AND reminded_at IS NULL
          ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
        [BookingStatus.REQUESTED],
      );
      const due = waiting.filter(
        (booking) =>
          addWorkingDays(todayInOslo(booking.created_at), REMIND_AFTER_WORKING_DAYS) <= today,
      );
      for (const booking of due) {
        notifications.push(...(await this.notices.reminder(manager, booking.id)));
        await manager.query('UPDATE booking SET reminded_at = now() WHERE id = $1', [booking.id]);
      }
      return due.length;
    });
    this.notices.deliver(notifications);
    return reminded;
  }
}
