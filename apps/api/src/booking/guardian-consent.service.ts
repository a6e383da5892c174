import { BookingStatus } from '@akselerator/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import { CONSENT_STATUS_SQL, GuardianConsentStatus, NEEDS_CONSENT_SQL } from './guardian-consent';
import { CONSENT_PATH, consentMail } from './guardian-consent-mail';
import type { GuardianConsentRequest } from './dtos/guardian-consent.types';

/** A link lives at most this long, and never past the day itself. */
const LINK_VALID_DAYS = 30;
const SWEEP_EVERY_MS = 5 * 60_000;
const BATCH = 200;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

const longDate = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});
const atNoon = (isoDate: string): Date => new Date(`${isoDate}T12:00:00Z`);

export interface AskedConsent {
  row: DueRow;
  token: string;
  expiresAt: Date;
}

interface DueRow {
  booking_id: string;
  email: string;
  pupil_name: string;
  title: string;
  employer_name: string;
  street: string;
  postal_code: string;
  postal_place: string;
  date: string;
  start_time: string;
  end_time: string;
}

/**
 * Guardians' consent for pupils under 16: each booking that holds a seat e-mails the guardian on
 * record what, where and when, with a single-use link that expires at the end of the day itself.
 *
 * A booking does not wait for consent: the seat is the pupil's either way (a burst must not be
 * lost to a guardian reading mail slowly), and the employer and the school counsellor see the
 * consent status before the day. The request is recorded in the booking's own transaction and
 * e-mailed after it commits; a sweep catches what other paths (the cohort allocation's publish) or
 * a guardian added later left unasked. The insert (ON CONFLICT DO NOTHING) decides who sends, so
 * no guardian gets the same request twice.
 */
@Injectable()
export class GuardianConsentService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GuardianConsentService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.requestSoon(null);
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** After a booking change commits; never makes the caller wait or fail. */
  requestSoon(bookingIds: readonly string[] | null): void {
    if (bookingIds?.length === 0) return;
    this.request(bookingIds).catch((error: unknown) => {
      this.logger.warn({
        msg: 'guardian consent requests failed; the sweep will retry',
        err: (error as Error).message,
      });
    });
  }

  /**
   * Asks for consent on the given bookings (all due ones when null) that need it and have not been
   * asked, in a transaction of its own. With `again`, a request not yet answered is sent anew with
   * a fresh link (the old one stops working): for a changed guardian e-mail or a counsellor's "send
   * again". Returns how many e-mails went out.
   */
  async request(bookingIds: readonly string[] | null, again = false): Promise<number> {
    const asked = await this.dataSource.transaction((manager) =>
      this.ask(manager, bookingIds, again),
    );
    return this.send(asked);
  }

  /**
   * Inside the caller's transaction (a booking, a cancellation that promotes someone): records the
   * consent requests these bookings need, so they commit or vanish with the change. Hand the result
   * to `send` after the commit. One statement when nobody needs asking, instead of a transaction
   * of its own after every booking of a burst.
   */
  async ask(
    manager: EntityManager,
    bookingIds: readonly string[] | null,
    again = false,
  ): Promise<AskedConsent[]> {
    if (bookingIds?.length === 0) return [];
    // With ids, the primary key finds them (an `$3 IS NULL OR b.id = ANY($3)` would scan every
    // booking, and a booking asks while it holds its slot's lock).
    const now = this.clock.now();
    const due = await manager.query<DueRow[]>(
      `SELECT b.id AS booking_id, g.email, a.display_name AS pupil_name, o.title,
              e.name AS employer_name, o.street, o.postal_code, o.postal_place, s.date::text AS date,
              to_char(s.start_time, 'HH24:MI') AS start_time, to_char(s.end_time, 'HH24:MI') AS end_time
         FROM booking b
         JOIN guardian_contact g ON g.youth_id = b.youth_id
         JOIN account a ON a.id = b.youth_id
         JOIN slot s ON s.id = b.slot_id
         JOIN opportunity o ON o.id = s.opportunity_id
         JOIN employer e ON e.id = o.employer_id
         LEFT JOIN youth_profile yp ON yp.account_id = b.youth_id
         LEFT JOIN guardian_consent gcs ON gcs.booking_id = b.id
        WHERE b.status = ANY($1::text[]) AND b.slot_date >= $2::date
          AND ${again ? 'gcs.given_at IS NULL' : 'gcs.booking_id IS NULL'}
          AND ${NEEDS_CONSENT_SQL}
          AND ${bookingIds ? 'b.id = ANY($3::uuid[])' : '$3::uuid[] IS NULL'}
        ORDER BY b.slot_date, b.id
        LIMIT ${String(BATCH)}
          FOR UPDATE OF b SKIP LOCKED`,
      [
        [BookingStatus.REQUESTED, BookingStatus.CONFIRMED],
        this.clock.today(),
        bookingIds ? bookingIds.filter(isUuid) : null,
      ],
    );
    if (due.length === 0) return [];
    const tokens = due.map(() => randomBytes(32).toString('base64url'));
    const written = await manager.query<{ booking_id: string; expires_at: Date }[]>(
      `INSERT INTO guardian_consent (booking_id, token_hash, sent_to, sent_at, expires_at)
       SELECT t.booking_id, t.token_hash, t.sent_to, $4::timestamptz,
              least($4::timestamptz + make_interval(days => ${String(LINK_VALID_DAYS)}),
                    ((b.slot_date + 1)::timestamp AT TIME ZONE 'Europe/Oslo'))
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(booking_id, token_hash, sent_to)
         JOIN booking b ON b.id = t.booking_id
       ON CONFLICT (booking_id) DO ${
         again
           ? `UPDATE SET token_hash = EXCLUDED.token_hash, sent_to = EXCLUDED.sent_to,
                sent_at = EXCLUDED.sent_at, expires_at = EXCLUDED.expires_at
              WHERE guardian_consent.given_at IS NULL`
           : 'NOTHING'
       }
       RETURNING booking_id, expires_at`,
      [due.map((row) => row.booking_id), tokens.map(hash), due.map((row) => row.email), now],
    );
    const expiresBy = new Map(written.map((row) => [row.booking_id, row.expires_at]));
    return due.flatMap((row, index) => {
      const expiresAt = expiresBy.get(row.booking_id);
      const token = tokens[index];
      return expiresAt && token ? [{ row, token, expiresAt }] : [];
    });
  }

  /** After commit: the e-mails for what `ask` recorded. Returns how many were sent. */
  send(asked: readonly AskedConsent[]): number {
    for (const { row, token, expiresAt } of asked) {
      this.mailer.sendInBackground(
        consentMail({
          to: row.email,
          pupilName: row.pupil_name,
          title: row.title,
          employerName: row.employer_name,
          place: `${row.street}, ${row.postal_code} ${row.postal_place}`,
          when: `${longDate.format(atNoon(row.date))}, kl. ${row.start_time}–${row.end_time}`,
          url: `${this.templates.webUrl}${CONSENT_PATH}?token=${encodeURIComponent(token)}`,
          // The last moment is midnight after the day; the day itself is the last whole day.
          validUntil: shortDate.format(new Date(expiresAt.getTime() - 1)),
        }),
      );
    }
    return asked.length;
  }

  /** What the guardian's link is about, without using it; null for an unknown or used link. */
  async view(token: string): Promise<GuardianConsentRequest | null> {
    if (!TOKEN.test(token)) return null;
    return this.load('gcs.token_hash = $1', hash(token));
  }

  /** Uses the link: consent is given once, and the link stops working. Null when it cannot be used. */
  async give(token: string): Promise<GuardianConsentRequest | null> {
    if (!TOKEN.test(token)) return null;
    const [rows] = await this.dataSource.query<[{ booking_id: string }[], number]>(
      `UPDATE guardian_consent SET given_at = $2, token_hash = NULL
        WHERE token_hash = $1 AND given_at IS NULL AND expires_at > $2
        RETURNING booking_id`,
      [hash(token), this.clock.now()],
    );
    const bookingId = rows[0]?.booking_id;
    return bookingId ? this.load('b.id = $1', bookingId) : null;
  }

  async statusOf(bookingId: string): Promise<GuardianConsentStatus> {
    const [row] = await this.dataSource.query<{ status: GuardianConsentStatus }[]>(
      `SELECT ${CONSENT_STATUS_SQL} AS status FROM booking b
         LEFT JOIN youth_profile yp ON yp.account_id = b.youth_id
         LEFT JOIN guardian_consent gcs ON gcs.booking_id = b.id
        WHERE b.id = $1`,
      [bookingId],
    );
    return row?.status ?? GuardianConsentStatus.NOT_NEEDED;
  }

  /**
   * The guardian e-mail on record for a pupil; the caller has checked who may set it. A new or
   * changed address gets the requests still unanswered, each with a fresh link.
   */
  async setGuardianEmail(youthId: string, email: string, setBy: string): Promise<void> {
    // An INSERT answers its rows (an UPDATE would answer [rows, count]).
    const rows = await this.dataSource.query<{ changed: boolean }[]>(
      `INSERT INTO guardian_contact AS g (youth_id, email, updated_by, updated_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (youth_id) DO UPDATE SET email = EXCLUDED.email, updated_by = EXCLUDED.updated_by,
              updated_at = EXCLUDED.updated_at
        WHERE g.email IS DISTINCT FROM EXCLUDED.email
       RETURNING true AS changed`,
      [youthId, email, setBy],
    );
    if (rows.length === 0) return;
    const bookings = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM booking WHERE youth_id = $1 AND status = ANY($2::text[]) AND slot_date >= $3::date`,
      [youthId, [BookingStatus.REQUESTED, BookingStatus.CONFIRMED], this.clock.today()],
    );
    if (bookings.length > 0)
      await this.request(
        bookings.map((booking) => booking.id),
        true,
      );
  }

  private async load(where: string, value: string): Promise<GuardianConsentRequest | null> {
    const [row] = await this.dataSource.query<
      {
        pupilName: string;
        title: string;
        employerName: string;
        street: string;
        postalCode: string;
        postalPlace: string;
        date: string;
        startTime: string;
        endTime: string;
        expiresAt: Date;
        givenAt: Date | null;
      }[]
    >(
      `SELECT a.display_name AS "pupilName", o.title, e.name AS "employerName", o.street,
              o.postal_code AS "postalCode", o.postal_place AS "postalPlace", s.date::text AS date,
              to_char(s.start_time, 'HH24:MI') AS "startTime", to_char(s.end_time, 'HH24:MI') AS "endTime",
              gcs.expires_at AS "expiresAt", gcs.given_at AS "givenAt"
         FROM guardian_consent gcs
         JOIN booking b ON b.id = gcs.booking_id
         JOIN account a ON a.id = b.youth_id
         JOIN slot s ON s.id = b.slot_id
         JOIN opportunity o ON o.id = s.opportunity_id
         JOIN employer e ON e.id = o.employer_id
        WHERE ${where}`,
      [value],
    );
    if (!row) return null;
    const { expiresAt, givenAt, ...facts } = row;
    return {
      ...facts,
      given: givenAt !== null,
      expired: givenAt === null && expiresAt.getTime() <= this.clock.now().getTime(),
    };
  }
}
