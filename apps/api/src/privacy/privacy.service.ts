import { BookingStatus, FieldErrorCode, SEAT_HOLDING_STATUSES } from '@akselerator/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BookingService } from '../booking/booking.service';
import { Clock } from '../common/clock';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { SessionService } from '../identity/session.service';

/** What the young person types to confirm that their account is to be erased. */
export const ERASE_CONFIRMATION = 'SLETT';

/** What other people's notifications call an erased pupil. */
export const ERASED_NAME = 'Slettet bruker';

/** Never exported, even to the owner: secrets and their hashes. */
const SECRET_COLUMN = /(hash|token|secret|password)/i;

interface AccountReference {
  table: string;
  column: string;
}

/**
 * A young person's data rights: a copy of everything about them (JSON), and erasure that removes
 * their personal data and keeps only anonymous counts. No youth data is indexed in Meilisearch
 * (only opportunities are), so erasure has nothing to remove there.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly bookings: BookingService,
  ) {}

  /**
   * Every row of every table that points at the account (found from the foreign keys, so a table
   * added later is included without a change here), the account itself and the access log.
   */
  async exportMyData(actor: Account | null): Promise<string> {
    const youth = this.identity.requireYouth(actor);
    return this.exportFor(youth.id);
  }

  /** The export itself; also what a guardian downloads for a pupil under 16 (after the checks). */
  async exportFor(youthId: string): Promise<string> {
    const youth = { id: youthId };
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const reference of await this.accountReferences(this.dataSource.manager)) {
      const rows = await this.dataSource.query<{ row: Record<string, unknown> }[]>(
        `SELECT to_jsonb(t) AS row FROM ${reference.table} t WHERE t.${reference.column} = $1`,
        [youth.id],
      );
      if (rows.length === 0) continue;
      const key = `${reference.table.replaceAll('"', '')}.${reference.column.replaceAll('"', '')}`;
      tables[key] = rows.map(({ row }) => withoutSecrets(row));
    }
    const [account] = await this.dataSource.query<{ row: Record<string, unknown> }[]>(
      `SELECT to_jsonb(a) AS row FROM account a WHERE a.id = $1`,
      [youth.id],
    );
    const accessLog = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT at, actor_name AS "actorName", actor_role AS "actorRole",
              actor_organisation AS "actorOrganisation", action, purpose, outcome
         FROM audit_event WHERE youth_id = $1 ORDER BY id`,
      [youth.id],
    );
    return JSON.stringify(
      {
        exportedAt: this.clock.now().toISOString(),
        about:
          'Alt Akselerator har lagret om deg. Tabellene er oppkalt etter der dataene ligger hos oss.',
        account: withoutSecrets(account?.row ?? {}),
        data: tables,
        accessLog,
      },
      null,
      2,
    );
  }

  /**
   * Erases the young person's account: anonymous counts are kept; their bookings still ahead are
   * cancelled as by the system, so each seat goes to the first on the slot's waitlist;
   * their feedback texts, and their name in other people's notifications, are removed; then the
   * account row is deleted, which removes everything that points at it (profile, bookings,
   * applications, notifications, sessions, tokens, cohort and caseload rows). Audit records keep
   * only the bare id, which no longer leads to anyone.
   */
  async eraseMyAccount(actor: Account | null, confirmation: string): Promise<boolean> {
    const youth = this.identity.requireYouth(actor);
    if (confirmation.trim().toUpperCase() !== ERASE_CONFIRMATION) {
      throw new FieldValidationException([
        {
          field: 'confirmation',
          code: FieldErrorCode.REQUIRED,
          message: `Skriv ${ERASE_CONFIRMATION} for å bekrefte at du vil slette brukeren din.`,
        },
      ]);
    }
    await this.eraseAccount(youth.id);
    this.logger.log({ msg: 'account erased at its owner’s request' });
    return true;
  }

  /**
   * The erasure itself, also used by the retention job and a guardian's link; true when there was
   * an account. `first` runs in the same transaction before anything is erased (a guardian's
   * token is used there, so a failed erasure leaves the link working).
   */
  async eraseAccount(
    youthId: string,
    first?: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const youth = { id: youthId };
    const ended = await this.dataSource.transaction(async (manager) => {
      if (first) await first(manager);
      const [account] = await manager.query<{ email: string; displayName: string }[]>(
        `SELECT email, display_name AS "displayName" FROM account WHERE id = $1 FOR UPDATE`,
        [youth.id],
      );
      if (!account) return null;
      await this.keepAnonymousCounts(manager, youth.id);
      // Through the seat guard, as a cancellation: the waitlist is promoted, the employer told.
      const cancelled = await this.bookings.cancelForErasure(manager, youth.id, ERASED_NAME);
      await this.scrubOthersNotifications(manager, youth.id, account.displayName);
      await manager.query(`DELETE FROM booking_feedback WHERE author_id = $1`, [youth.id]);
      await manager.query(
        `DELETE FROM sign_in_attempt WHERE email_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [account.email],
      );
      const sessions = await this.sessions.deleteAll(manager, youth.id);
      await manager.query(`DELETE FROM account WHERE id = $1`, [youth.id]);
      return { sessions, cancelled };
    });
    if (ended === null) return false;
    this.bookings.announce(ended.cancelled);
    // Every browser and live connection of the erased account is closed.
    this.sessions.announceEnded(ended.sessions);
    return true;
  }

  private async accountReferences(manager: EntityManager): Promise<AccountReference[]> {
    return manager.query<AccountReference[]>(
      `SELECT format('%I.%I', n.nspname, r.relname) AS "table", format('%I', a.attname) AS "column"
         FROM pg_constraint c
         JOIN pg_class r ON r.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = r.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'account'::regclass
        ORDER BY r.relname, a.attname`,
    );
  }

  private async keepAnonymousCounts(manager: EntityManager, youthId: string): Promise<void> {
    await manager.query(
      `INSERT INTO erased_account_statistic
         (erased_on, role, school_year, had_coordinator, days_booked, days_attended, applications)
       SELECT $2::date, a.role,
              (SELECT c.school_year FROM cohort_pupil p JOIN cohort c ON c.id = p.cohort_id WHERE p.youth_id = a.id),
              EXISTS (SELECT 1 FROM caseload l WHERE l.youth_id = a.id),
              (SELECT count(*) FROM booking b WHERE b.youth_id = a.id AND b.status = ANY ($3)),
              (SELECT count(*) FROM booking b WHERE b.youth_id = a.id AND b.status = $4),
              (SELECT count(*) FROM application ap WHERE ap.youth_id = a.id)
         FROM account a WHERE a.id = $1`,
      [youthId, this.clock.today(), SEAT_HOLDING_STATUSES, BookingStatus.ATTENDED],
    );
  }

  /** Employers' notifications about the pupil's bookings and applications lose the pupil's name. */
  private async scrubOthersNotifications(
    manager: EntityManager,
    youthId: string,
    displayName: string,
  ): Promise<void> {
    const escaped = JSON.stringify(displayName).slice(1, -1);
    await manager.query(
      `UPDATE notification n
          SET payload = replace(n.payload::text, $2, $3)::jsonb
        WHERE n.account_id <> $1
          AND strpos(n.payload::text, $2) > 0
          AND (strpos(n.payload::text, $1::text) > 0
               OR EXISTS (SELECT 1 FROM booking b WHERE b.youth_id = $1 AND strpos(n.payload::text, b.id::text) > 0)
               OR EXISTS (SELECT 1 FROM application ap WHERE ap.youth_id = $1 AND strpos(n.payload::text, ap.id::text) > 0))`,
      [youthId, escaped, ERASED_NAME],
    );
  }
}

function withoutSecrets(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_COLUMN.test(key)));
}
