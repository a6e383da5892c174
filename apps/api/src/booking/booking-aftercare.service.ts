import { BookingStatus, canMoveBooking, Role } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import { BookingAnswerService } from './booking-answer.service';
import { Booking } from './booking.entity';
import { BookingErrorCode, BookingException } from './booking.exception';
import { BookingFeedback, FeedbackAuthor } from './booking-feedback.entity';
import type { GiveFeedbackInput } from './dtos/give-feedback.input';

/** After the day: attendance (the employer) and short feedback (both sides). */
@Injectable()
export class BookingAftercareService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly answers: BookingAnswerService,
    private readonly clock: Clock,
  ) {}

  async markAttendance(
    actor: Account | null,
    bookingId: string,
    attended: boolean,
  ): Promise<Booking> {
    this.identity.requireEmployerMember(actor);
    const booking = await this.partyBooking(actor, bookingId);
    if (booking.slotDate > this.clock.today())
      throw new BookingException(BookingErrorCode.DAY_NOT_OVER);
    const to = attended ? BookingStatus.ATTENDED : BookingStatus.NO_SHOW;
    if (!canMoveBooking(booking.status, to))
      throw new BookingException(BookingErrorCode.NOT_ANSWERABLE);
    // Conditional on the status read, so two clicks from two colleagues cannot both apply.
    const [, changed] = await this.dataSource.query<[unknown, number]>(
      'UPDATE booking SET status = $2, updated_at = now() WHERE id = $1 AND status = $3',
      [bookingId, to, booking.status],
    );
    if (changed !== 1) throw new BookingException(BookingErrorCode.NOT_ANSWERABLE);
    return this.partyBooking(actor, bookingId);
  }

  async giveFeedback(actor: Account | null, input: GiveFeedbackInput): Promise<BookingFeedback> {
    const account = this.identity.requireSignedIn(actor);
    const booking = await this.partyBooking(account, input.bookingId);
    if (booking.slotDate > this.clock.today())
      throw new BookingException(BookingErrorCode.DAY_NOT_OVER);
    if (booking.status !== BookingStatus.ATTENDED) {
      throw new BookingException(BookingErrorCode.NO_FEEDBACK_FOR_THIS_BOOKING);
    }
    const authorRole =
      account.role === Role.EMPLOYER ? FeedbackAuthor.EMPLOYER : FeedbackAuthor.YOUTH;
    const repository = this.dataSource.getRepository(BookingFeedback);
    // One piece of feedback per side; giving it again corrects it.
    await repository.upsert(
      {
        bookingId: booking.id,
        authorRole,
        authorId: account.id,
        rating: input.rating,
        comment: input.comment,
      },
      ['bookingId', 'authorRole'],
    );
    const saved = await repository.findOne({ where: { bookingId: booking.id, authorRole } });
    if (!saved) throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    return saved;
  }

  /** Feedback is shared between the two parties, and hidden from everyone else. */
  async feedbackFor(
    actor: Account | null,
    booking: Booking,
    author: FeedbackAuthor,
  ): Promise<BookingFeedback | null> {
    if (!(await this.answers.isParty(actor, booking))) return null;
    return this.dataSource
      .getRepository(BookingFeedback)
      .findOne({ where: { bookingId: booking.id, authorRole: author } });
  }

  private async partyBooking(actor: Account | null, bookingId: string): Promise<Booking> {
    const booking = isUuid(bookingId)
      ? await this.dataSource
          .getRepository(Booking)
          .findOne({ where: { id: bookingId }, relations: { slot: true } })
      : null;
    if (!booking || !(await this.answers.isParty(actor, booking))) {
      throw new BookingException(BookingErrorCode.BOOKING_NOT_FOUND);
    }
    return booking;
  }
}
