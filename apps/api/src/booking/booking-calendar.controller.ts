import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { RequestWithAccount } from '../common/graphql-context';
import { AppConfig } from '../config/app-config';
import { bookingToIcs } from './booking-calendar';
import { isUuid } from '../common/uuid';

/**
 * GET /calendar/bookings/:id.ics — a booking as a calendar file, for the pupil who made it and the
 * employer it is with. Anyone else gets the same 404 as for a booking that does not exist.
 */
@Controller('calendar')
export class BookingCalendarController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  @Get('bookings/:file')
  async booking(
    @Param('file') file: string,
    @Req() req: RequestWithAccount,
    @Res() res: Response,
  ): Promise<void> {
    const id = file.replace(/\.ics$/, '');
    const actor = req.account;
    if (!actor || !isUuid(id)) throw new NotFoundException();
    const rows: {
      id: string;
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
      opportunity_id: string;
    }[] = await this.dataSource.query(
      `SELECT b.id, o.id AS opportunity_id, o.title, e.name AS employer_name, s.date::text AS date,
              to_char(s.start_time, 'HH24:MI') AS start_time, to_char(s.end_time, 'HH24:MI') AS end_time,
              o.street, o.postal_code, o.postal_place, o.latitude, o.longitude, o.tasks, o.practical_info
         FROM booking b JOIN slot s ON s.id = b.slot_id JOIN opportunity o ON o.id = s.opportunity_id
         JOIN employer e ON e.id = o.employer_id
        WHERE b.id = $1 AND b.status IN ('REQUESTED', 'CONFIRMED', 'ATTENDED')
          AND (b.youth_id = $2 OR o.employer_id = $3)`,
      [id, actor.id, actor.employerId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException();
    const webOrigin = this.config.WEB_ORIGINS.split(',')[0]?.trim() ?? '';
    const ics = bookingToIcs({
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
    });
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="hospitering-${row.date}.ics"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(ics);
  }
}
