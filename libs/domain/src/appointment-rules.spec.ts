import {
  delayedStart,
  isLateMinutes,
  lateNoticeText,
  osloClockTime,
  osloDateTimeText,
  osloInstant,
  shouldNotifyLate,
  validateAppointmentDraft,
} from './appointment-rules';
import { FieldErrorCode } from './field-error';

const NOW = new Date('2026-12-01T08:00:00Z');
const draft = {
  date: '2026-12-03',
  time: '10:00',
  durationMinutes: 45,
  place: 'Jobbhuset, Kristiansand',
  agenda: '',
};

describe('appointment rules', () => {
  it('reads times on Norway’s clock, winter and summer', () => {
    expect(osloInstant('2026-12-03', '10:00').toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(osloInstant('2026-06-15', '10:00').toISOString()).toBe('2026-06-15T08:00:00.000Z');
    expect(osloInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(osloClockTime(new Date('2026-12-03T09:40:00Z'))).toBe('10.40');
    expect(osloDateTimeText(new Date('2026-12-03T09:40:00Z'))).toBe(
      'torsdag 3. desember kl. 10.40',
    );
  });

  it('accepts a meeting in the future', () => {
    expect(validateAppointmentDraft(draft, NOW)).toEqual([]);
  });

  it('refuses a past start, a bad duration, a missing place and bad dates', () => {
    const errors = validateAppointmentDraft(
      { ...draft, date: '2026-11-30', durationMinutes: 5, place: ' ' },
      NOW,
    );
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['date', FieldErrorCode.DATE_IN_PAST],
      ['durationMinutes', FieldErrorCode.OUT_OF_RANGE],
      ['place', FieldErrorCode.REQUIRED],
    ]);
    expect(validateAppointmentDraft({ ...draft, durationMinutes: 241 }, NOW)).toHaveLength(1);
    expect(
      validateAppointmentDraft({ ...draft, date: '2026-02-30', time: '25:00' }, NOW).map(
        (error) => error.code,
      ),
    ).toEqual([FieldErrorCode.INVALID_DATE, FieldErrorCode.INVALID_TIME]);
  });

  it('notifies only a delay of more than 15 minutes, with the new time in Norwegian', () => {
    expect(shouldNotifyLate(15)).toBe(false);
    expect(shouldNotifyLate(16)).toBe(true);
    expect(isLateMinutes(0)).toBe(false);
    expect(isLateMinutes(181)).toBe(false);
    const later = delayedStart(new Date('2026-12-03T09:00:00Z'), 40);
    expect(lateNoticeText(later)).toBe('Veilederen din er forsinket. Nytt tidspunkt: kl. 10.40');
  });
});
