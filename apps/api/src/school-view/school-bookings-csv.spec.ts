import { BookingStatus, DeclineReason } from '@akselerator/domain';
import { GuardianConsentStatus } from '../booking/guardian-consent';
import type { SchoolBookingsView } from './dtos/school-bookings.types';
import { csvCell, schoolBookingsCsv } from './school-bookings-csv';

describe(schoolBookingsCsv.name, () => {
  const view: SchoolBookingsView = {
    cohortId: 'c',
    cohortName: '10A',
    schoolYear: '2026/27',
    requiredDays: 2,
    pupils: [
      {
        youthId: 'y1',
        displayName: 'Åse "Ås" Øren',
        guardianEmail: 'mor@example.no',
        daysBooked: 1,
        confirmed: 0,
        attended: 0,
        declined: 1,
        waitlisted: 0,
        awaitingAnswer: 1,
        hasRequiredDays: false,
        bookings: [
          {
            id: 'b1',
            date: '2026-10-06',
            startTime: '09:00',
            endTime: '14:00',
            opportunityId: 'o1',
            title: '=HYPERLINK("http://evil.example")',
            employerName: 'Snekker; Hansen AS',
            status: BookingStatus.REQUESTED,
            declineReason: null,
            awaitingAnswer: true,
            bookedOnBehalf: false,
            guardianConsent: GuardianConsentStatus.PENDING,
          },
          {
            id: 'b2',
            date: '2026-10-07',
            startTime: '08:00',
            endTime: '12:00',
            opportunityId: 'o2',
            title: 'Frisør',
            employerName: 'Klipp',
            status: BookingStatus.DECLINED,
            declineReason: DeclineReason.DAY_CANCELLED,
            awaitingAnswer: false,
            bookedOnBehalf: true,
            guardianConsent: GuardianConsentStatus.NO_GUARDIAN,
          },
        ],
      },
      {
        youthId: 'y2',
        displayName: 'Ola',
        guardianEmail: null,
        daysBooked: 0,
        confirmed: 0,
        attended: 0,
        declined: 0,
        waitlisted: 0,
        awaitingAnswer: 0,
        hasRequiredDays: false,
        bookings: [],
      },
    ],
  };

  it('writes a BOM, a Norwegian header, one line per booking and one for a pupil without any', () => {
    const sut = schoolBookingsCsv(view);
    expect(sut.startsWith('\uFEFFElev;Klasse;Skoleår;Dager booket;')).toBe(true);
    const lines = sut.slice(1).split('\r\n');
    expect(lines).toHaveLength(5); // header, two bookings, Ola, and the final line break
    expect(lines[4]).toBe('');
    const columns = lines[0]?.split(';').length;
    expect(lines[3]).toBe(`Ola;10A;2026/27;0;Nei;0;0;0;0;0${';'.repeat((columns ?? 0) - 10)}`);
    expect(lines[1]).toContain(';Venter på svar;');
    expect(lines[1]).toContain(';Venter på samtykke;mor@example.no');
    expect(lines[2]).toContain(';Avslått;Dagen er avlyst;Ja;Mangler e-post til foresatt;');
  });

  it('quotes separators and quotes, and never lets a cell run as a formula', () => {
    const sut = schoolBookingsCsv(view);
    expect(sut).toContain('"Åse ""Ås"" Øren"');
    expect(sut).toContain('"Snekker; Hansen AS"');
    expect(sut).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvCell('+47 123')).toBe("'+47 123");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('linje\nto')).toBe('"linje\nto"');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });
});
