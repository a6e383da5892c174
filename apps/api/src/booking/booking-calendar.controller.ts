import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithAccount } from '../common/graphql-context';
import { bookingsToIcs, bookingToIcs } from './booking-calendar';
import { BookingCalendarService } from './booking-calendar.service';

const sendCalendar = (res: Response, body: string, filename: string): void => {
  res
    .status(200)
    .type('text/calendar; charset=utf-8')
    .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
    .setHeader('Cache-Control', 'private, no-store')
    .send(body);
};

/**
 * GET /calendar/bookings/:id.ics — one booking, for the pupil who made it and the employer it is
 * with (anyone else: the same 404 as for a booking that does not exist).
 * GET /calendar/feed/:token.ics — a private feed of all of the user's bookings, for calendar apps.
 */
@Controller('calendar')
export class BookingCalendarController {
  constructor(private readonly calendar: BookingCalendarService) {}

  @Get('bookings/:file')
  async booking(
    @Param('file') file: string,
    @Req() req: RequestWithAccount,
    @Res() res: Response,
  ): Promise<void> {
    const booking = await this.calendar.forBooking(req.account, file.replace(/\.ics$/, ''));
    if (!booking) throw new NotFoundException();
    sendCalendar(res, bookingToIcs(booking), `hospitering-${booking.date}.ics`);
  }

  @Get('feed/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const bookings = await this.calendar.feed(file.replace(/\.ics$/, ''));
    if (!bookings) throw new NotFoundException();
    sendCalendar(res, bookingsToIcs(bookings), 'akselerator.ics');
  }
}
