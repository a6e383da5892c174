import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import type { CalendarBooking } from './booking-calendar';

interface CalendarRow {
  id: string;
  opportunity_id: string;
  title: string;
  employer_name: string;
  date: string;
  start_time: string;
  end_time: string;
  street: string;
  postal_code: string;
  postal_place: string;
  latitude: number;
  longitude: number;
  tasks: string;
  practical_info: string;
}

const CALENDAR_SQL = `
  SELECT b.id, o.id AS opportunity_id, o.title, e.name AS employer_name, s.date::text AS date,
         to_char(s.start_time, 'HH24:MI') AS start_time, to_char(s.end_time, 'HH24:MI') AS end_time,
         o.street, o.postal_code, o.postal_place, o.latitude, o.longitude, o.tasks, o.practical_info
    FROM booking b JOIN slot s ON s.id = b.slot_id JOIN opportunity o ON o.id = s.opportunity_id
    JOIN employer e ON e.id = o.employer_id
   WHERE b.status IN ('REQUESTED', 'CONFIRMED', 'ATTENDED')`;

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Bookings as calendar events: one booking for its two parties, or a private feed of all of them. */
@Injectable()
export class BookingCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly config: AppConfig,
  ) {}

  /** null when the booking does not exist or is not the actor's (the same answer). */
  async forBooking(
    actor: Account | null | undefined,
    bookingId: string,
  ): Promise<CalendarBooking | null> {
    if (!actor || !isUuid(bookingId)) return null;
    const rows: CalendarRow[] = await this.dataSource.query(
      `${CALENDAR_SQL} AND b.id = $1 AND (b.youth_id = $2 OR o.employer_id = $3)`,
      [bookingId, actor.id, actor.employerId],
    );
    return rows[0] ? this.toCalendarBooking(rows[0]) : null;
  }

  /** A new private feed address; the old one stops working. The secret is shown only now. */
  async createFeed(actor: Account | null): Promise<string> {
    const account = this.identity.requireSignedIn(actor);
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feed (account_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [account.id, hash(token)],
    );
    return `${this.config.PUBLIC_API_URL}/calendar/feed/${token}.ics`;
  }

  /** The feed's bookings: a pupil's own, or an employer's; null for an unknown secret. */
  async feed(token: string): Promise<CalendarBooking[] | null> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
    const owners: { id: string; employer_id: string | null }[] = await this.dataSource.query(
      'SELECT a.id, a.employer_id FROM calendar_feed f JOIN account a ON a.id = f.account_id WHERE f.token_hash = $1',
      [hash(token)],
    );
    const owner = owners[0];
    if (!owner) return null;
    const rows: CalendarRow[] = await this.dataSource.query(
      `${CALENDAR_SQL} AND (b.youth_id = $1 OR o.employer_id = $2) ORDER BY s.date, s.start_time`,
      [owner.id, owner.employer_id],
    );
    return rows.map((row) => this.toCalendarBooking(row));
  }

  private toCalendarBooking(row: CalendarRow): CalendarBooking {
    const webOrigin = this.config.WEB_ORIGINS.split(',')[0]?.trim() ?? '';
    return {
      id: row.id,
      title: row.title,
      employerName: row.employer_name,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
      street: row.street,
      postalCode: row.postal_code.trim(),
      postalPlace: row.postal_place,
      latitude: row.latitude,
      longitude: row.longitude,
      tasks: row.tasks,
      practicalInfo: row.practical_info,
      webUrl: `${webOrigin}/muligheter/${row.opportunity_id}`,
    };
  }
}
