import { addDays, BookingStatus } from '@akselerator/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { Notification } from '../notifications/notification.entity';
import { isAnswerOverdue } from './answer-overdue';
import { BookingNotices } from './booking-notices';

const EVERY_MS = 10 * 60_000;

/**
 * Every request gets an answer: a booking the employer has not answered within two working days
 * reminds the employer's members, once. And a pupil holding a seat is reminded the day before.
 * Claimed with SKIP LOCKED, so several API instances never remind twice.
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
      Promise.all([this.runOnce(), this.remindDayBefore()]).catch((error: unknown) => {
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
      const due = waiting.filter((booking) => isAnswerOverdue(booking.created_at, today));
      for (const booking of due) {
        notifications.push(...(await this.notices.reminder(manager, booking.id)));
        await manager.query('UPDATE booking SET reminded_at = now() WHERE id = $1', [booking.id]);
      }
      return due.length;
    });
    this.notices.deliver(notifications);
    return reminded;
  }

  /** Reminds pupils of tomorrow's day, once per booking; returns how many were reminded. */
  async remindDayBefore(): Promise<number> {
    const tomorrow = addDays(this.clock.today(), 1);
    const notifications: Notification[] = [];
    const reminded = await this.dataSource.transaction(async (manager) => {
      const due: { id: string }[] = await manager.query(
        `SELECT id FROM booking
          WHERE slot_date = $1::date AND status = ANY($2::text[]) AND day_before_reminded_at IS NULL
          ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED`,
        [tomorrow, [BookingStatus.REQUESTED, BookingStatus.CONFIRMED]],
      );
      for (const booking of due) {
        notifications.push(...(await this.notices.dayBefore(manager, booking.id)));
      }
      if (due.length > 0) {
        await manager.query(
          'UPDATE booking SET day_before_reminded_at = now() WHERE id = ANY($1::uuid[])',
          [due.map((booking) => booking.id)],
        );
      }
      return due.length;
    });
    this.notices.deliver(notifications);
    return reminded;
  }
}
