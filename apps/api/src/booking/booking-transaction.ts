import type { DataSource, EntityManager } from 'typeorm';
import { BookingErrorCode, BookingException } from './booking.exception';

// Postgres answers that mean "busy, nothing happened": lock or statement timeout, too many
// clients, a deadlock Postgres broke by aborting this transaction, or a row read before the slot's
// lock (an employer's account to notify) that was deleted while the booking waited for it.
const BUSY_CODES = new Set(['55P03', '57014', '53300', '40P01', '23503']);
const UNIQUE_VIOLATION = '23505';

/** A booking transaction whose database refusals come back as typed answers. */
export async function bookingTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    if (error instanceof BookingException) throw error;
    const code =
      (error as { code?: string; driverError?: { code?: string } }).driverError?.code ??
      (error as { code?: string }).code;
    if (code === UNIQUE_VIOLATION)
      throw new BookingException(BookingErrorCode.ALREADY_BOOKED_THAT_DATE);
    if ((code && BUSY_CODES.has(code)) || /timeout/i.test((error as Error).message)) {
      throw new BookingException(BookingErrorCode.TRY_AGAIN);
    }
    throw error;
  }
}
