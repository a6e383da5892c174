import { Role } from '@akselerator/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import { PrivacyService } from './privacy.service';
import { retentionNoticeMail } from './retention-mail';

const EVERY_MS = 6 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The last sign of life: the newest session, or the sign-up. */
const LAST_ACTIVE = `greatest(a.created_at, coalesce((SELECT max(s.created_at) FROM session s WHERE s.account_id = a.id), a.created_at))`;

/**
 * Retention: a young person's account unused for RETENTION_INACTIVE_DAYS is flagged and its owner
 * e-mailed; signing in again clears the flag; still unused RETENTION_GRACE_DAYS later, it is erased
 * like an erasure the young person asked for (anonymous counts kept).
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly privacy: PrivacyService,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => {
        this.logger.warn({
          msg: 'retention round failed; the next will retry',
          err: (error as Error).message,
        });
      });
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runOnce(): Promise<{ flagged: number; cleared: number; erased: number }> {
    const cleared = await this.clearActive();
    const flagged = await this.flagInactive();
    const erased = await this.eraseExpired();
    if (flagged + cleared + erased > 0)
      this.logger.log({ msg: 'retention round', flagged, cleared, erased });
    return { flagged, cleared, erased };
  }

  /** Flags young people's accounts unused for the retention period and tells their owners. */
  async flagInactive(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.config.RETENTION_INACTIVE_DAYS * DAY_MS);
    const flagged = await this.dataSource.query<{ email: string; displayName: string }[]>(
      `INSERT INTO retention_notice (account_id, last_active_at, flagged_at)
       SELECT a.id, ${LAST_ACTIVE}, $3 FROM account a
        WHERE a.role = $1 AND ${LAST_ACTIVE} < $2
          AND NOT EXISTS (SELECT 1 FROM retention_notice r WHERE r.account_id = a.id)
       ON CONFLICT (account_id) DO NOTHING
       RETURNING (SELECT email FROM account WHERE id = account_id) AS email,
                 (SELECT display_name FROM account WHERE id = account_id) AS "displayName"`,
      [Role.YOUTH, cutoff, now],
    );
    for (const account of flagged) {
      this.mailer.sendInBackground(
        retentionNoticeMail({
          to: account.email,
          displayName: account.displayName,
          graceDays: this.config.RETENTION_GRACE_DAYS,
          url: `${this.templates.webUrl}/logg-inn`,
        }),
      );
    }
    return flagged.length;
  }

  /** Whoever signed in after being flagged keeps their account. */
  async clearActive(): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM retention_notice r
        WHERE EXISTS (SELECT 1 FROM session s WHERE s.account_id = r.account_id AND s.created_at > r.flagged_at)`,
    );
    return count;
  }

  /** Erases flagged accounts whose grace period is over and that were not used since. */
  async eraseExpired(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.RETENTION_GRACE_DAYS * DAY_MS);
    const due = await this.dataSource.query<{ accountId: string }[]>(
      `SELECT r.account_id AS "accountId" FROM retention_notice r
        WHERE r.flagged_at < $1
          AND NOT EXISTS (SELECT 1 FROM session s WHERE s.account_id = r.account_id AND s.created_at > r.flagged_at)
        ORDER BY r.flagged_at LIMIT 500`,
      [cutoff],
    );
    let erased = 0;
    for (const { accountId } of due) {
      if (await this.privacy.eraseAccount(accountId)) erased++;
    }
    return erased;
  }
}
