import { AuditAction } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Booking } from '../booking/booking.entity';
import { BookingMoveService } from '../booking/booking-move.service';
import { BookingService } from '../booking/booking.service';
import type { MoveBookingInput } from '../booking/dtos/move-booking.input';
import type { BookSlotInput } from '../booking/dtos/book-slot.input';
import { GuardianConsentService } from '../booking/guardian-consent.service';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { AccessService, YouthAccessBasis } from '../organisations/access.service';
import {
  OrganisationErrorCode,
  OrganisationException,
} from '../organisations/organisations.exception';
import type { SetGuardianEmailInput } from './dtos/school-view.inputs';

/**
 * What a school counsellor does for a pupil of their school: book a day on the pupil's behalf
 * (through the booking module, so the same seat guard and rules apply), keep the guardian's e-mail
 * on record, and send a guardian's consent request again. Anyone else is answered as if the pupil
 * did not exist, and every attempt, allowed or not, lands in the pupil's access log.
 */
@Injectable()
export class SchoolPupilActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly bookings: BookingService,
    private readonly moves: BookingMoveService,
    private readonly consents: GuardianConsentService,
  ) {}

  async bookForPupil(
    actor: Account | null,
    youthId: string,
    input: BookSlotInput,
  ): Promise<Booking> {
    const counsellor = await this.requireCounsellorOf(actor, youthId, AuditAction.BOOK_ON_BEHALF);
    // Audited after the booking, so the log says what happened; a refusal above is audited there.
    const booking = await this.bookings.bookOnBehalf(youthId, counsellor.id, input);
    await this.access.openYouth(counsellor, youthId, AuditAction.BOOK_ON_BEHALF);
    return booking;
  }

  /** Moves a pupil's booking to another day (old seat freed, new one taken, or neither). */
  async moveForPupil(actor: Account | null, input: MoveBookingInput): Promise<Booking> {
    const youthId = await this.moves.pupilOf(input.bookingId);
    if (!youthId) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const counsellor = await this.requireCounsellorOf(actor, youthId, AuditAction.BOOK_ON_BEHALF);
    const booking = await this.moves.move(counsellor.id, input);
    await this.access.openYouth(counsellor, youthId, AuditAction.BOOK_ON_BEHALF, 'flyttet en dag');
    return booking;
  }

  async setGuardianEmail(actor: Account | null, input: SetGuardianEmailInput): Promise<string> {
    const counsellor = await this.requireCounsellorOf(
      actor,
      input.youthId,
      AuditAction.CHANGE_PROFILE,
    );
    await this.access.openYouth(
      counsellor,
      input.youthId,
      AuditAction.CHANGE_PROFILE,
      'e-post til foresatt',
    );
    await this.consents.setGuardianEmail(input.youthId, input.email, counsellor.id);
    return input.email;
  }

  /** A fresh link to the guardian for a booking still without consent; returns e-mails sent. */
  async resendGuardianConsent(actor: Account | null, bookingId: string): Promise<number> {
    if (!isUuid(bookingId)) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const [row] = await this.dataSource.query<{ youth_id: string }[]>(
      'SELECT youth_id FROM booking WHERE id = $1',
      [bookingId],
    );
    if (!row) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    await this.requireCounsellorOf(actor, row.youth_id, AuditAction.CHANGE_PROFILE);
    return this.consents.request([bookingId], true);
  }

  /**
   * A school counsellor of the pupil's school. Someone with no access at all is audited as denied
   * (openYouth writes the DENIED record); a coordinator, who may see the young person but not act
   * for the school, is refused without a record, since nothing was shown or changed.
   */
  private async requireCounsellorOf(
    actor: Account | null,
    youthId: string,
    action: AuditAction,
  ): Promise<Account> {
    const access = await this.access.canSeeYouth(actor, youthId);
    if (actor && access?.basis === YouthAccessBasis.SCHOOL_COUNSELLOR) return actor;
    if (actor && !access) await this.access.openYouth(actor, youthId, action);
    throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
  }
}
