import { BookingStatus, declineText, Locale } from '@akselerator/domain';
import { GuardianConsentStatus } from '../booking/guardian-consent';
import type { SchoolBooking, SchoolBookingsView } from './dtos/school-bookings.types';

/** Spreadsheets in Norway (Excel with Norwegian settings) split on semicolons. */
const SEPARATOR = ';';
/** Lets Excel read the file as UTF-8 (æ, ø, å). */
const BOM = '\uFEFF';

const HEADER = [
  'Elev',
  'Klasse',
  'Skoleår',
  'Dager booket',
  'Har nok dager',
  'Bekreftet',
  'Deltatt',
  'Avslått',
  'Venter på svar',
  'På venteliste',
  'Dato',
  'Fra',
  'Til',
  'Arbeidsgiver',
  'Hospitering',
  'Status',
  'Grunn til avslag',
  'Booket av rådgiver',
  'Samtykke fra foresatt',
  'E-post til foresatt',
];

export function bookingStatusLabel(booking: Pick<SchoolBooking, 'status' | 'awaitingAnswer'>) {
  switch (booking.status) {
    case BookingStatus.REQUESTED:
      return booking.awaitingAnswer ? 'Venter på svar' : 'Booket, ikke besvart ennå';
    case BookingStatus.CONFIRMED:
      return 'Bekreftet';
    case BookingStatus.WAITLISTED:
      return 'På venteliste';
    case BookingStatus.DECLINED:
      return 'Avslått';
    case BookingStatus.CANCELLED:
      return 'Avbestilt';
    case BookingStatus.ATTENDED:
      return 'Deltatt';
    case BookingStatus.NO_SHOW:
      return 'Møtte ikke';
  }
}

export function consentLabel(status: GuardianConsentStatus): string {
  switch (status) {
    case GuardianConsentStatus.NOT_NEEDED:
      return 'Trengs ikke (16 år)';
    case GuardianConsentStatus.NO_GUARDIAN:
      return 'Mangler e-post til foresatt';
    case GuardianConsentStatus.PENDING:
      return 'Venter på samtykke';
    case GuardianConsentStatus.GIVEN:
      return 'Gitt';
  }
}

/**
 * One cell: quoted when it holds the separator, a quote or a line break (RFC 4180), and with a
 * leading apostrophe when a spreadsheet would read it as a formula (=, +, -, @, tab, CR): names and
 * titles are typed by others, and a cell must never run as a formula on the counsellor's machine.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = typeof value === 'boolean' ? (value ? 'Ja' : 'Nei') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The school view as CSV: one line per booking, the pupil's totals repeated on each, and one line
 * for a pupil without bookings, so a spreadsheet filter on any column keeps whole pupils.
 */
export function schoolBookingsCsv(view: SchoolBookingsView): string {
  const lines: (string | number | boolean | null)[][] = [HEADER];
  for (const pupil of view.pupils) {
    const totals = [
      pupil.displayName,
      view.cohortName,
      view.schoolYear,
      pupil.daysBooked,
      pupil.hasRequiredDays,
      pupil.confirmed,
      pupil.attended,
      pupil.declined,
      pupil.awaitingAnswer,
      pupil.waitlisted,
    ];
    if (pupil.bookings.length === 0) {
      lines.push([...totals, ...Array<null>(9).fill(null), pupil.guardianEmail]);
    }
    for (const booking of pupil.bookings) {
      lines.push([
        ...totals,
        booking.date,
        booking.startTime,
        booking.endTime,
        booking.employerName,
        booking.title,
        bookingStatusLabel(booking),
        booking.declineReason ? declineText(booking.declineReason, Locale.NB).employerLabel : null,
        booking.bookedOnBehalf,
        consentLabel(booking.guardianConsent),
        pupil.guardianEmail,
      ]);
    }
  }
  return BOM + lines.map((line) => line.map(csvCell).join(SEPARATOR)).join('\r\n') + '\r\n';
}
