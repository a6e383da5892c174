import fc from 'fast-check';
import { FieldErrorCode, type FieldError } from './field-error';
import { addDays, isoWeekday } from './iso-date';
import { Locale } from './locale';
import {
  expandSlotPattern,
  SLOT_PATTERN_MAX,
  validateSlotPattern,
  Weekday,
  type SlotPattern,
} from './slot-pattern';

const today = '2027-02-15';

function pattern(overrides: Partial<SlotPattern> = {}): SlotPattern {
  return {
    weekdays: [Weekday.TUESDAY, Weekday.THURSDAY],
    fromDate: '2027-03-01',
    toDate: '2027-03-31',
    startTime: '09:00',
    endTime: '14:00',
    capacity: 4,
    ...overrides,
  };
}

const codesOf = (errors: FieldError[]) => errors.map(({ field, code }) => ({ field, code }));

describe(expandSlotPattern.name, () => {
  it('gives every Tuesday and Thursday in March 2027, 4 seats each', () => {
    const slots = expandSlotPattern(pattern());
    expect(slots.map((slot) => slot.date)).toEqual([
      '2027-03-02',
      '2027-03-04',
      '2027-03-09',
      '2027-03-11',
      '2027-03-16',
      '2027-03-18',
      '2027-03-23',
      '2027-03-25',
      '2027-03-30',
    ]);
    expect(slots.every((slot) => slot.capacity === 4 && slot.startTime === '09:00')).toBe(true);
  });

  it('counts calendar days across the daylight-saving change (Sunday 28 March 2027)', () => {
    const sundays = expandSlotPattern(
      pattern({
        weekdays: [Weekday.SUNDAY, Weekday.MONDAY],
        fromDate: '2027-03-27',
        toDate: '2027-03-29',
      }),
    );
    expect(sundays.map((slot) => slot.date)).toEqual(['2027-03-28', '2027-03-29']);
  });

  it('includes both ends of the period and crosses a leap day', () => {
    const days = expandSlotPattern(
      pattern({
        weekdays: Object.values(Weekday),
        fromDate: '2028-02-28',
        toDate: '2028-03-01',
      }),
    );
    expect(days.map((slot) => slot.date)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('stops after the limit, however long the period', () => {
    const days = expandSlotPattern(
      pattern({ weekdays: [Weekday.MONDAY], fromDate: '2027-01-01', toDate: '9999-12-31' }),
      5,
    );
    expect(days).toHaveLength(5);
  });

  it('only ever gives dates in the period, on the chosen weekdays, each once and in order', () => {
    const weekdays = Object.values(Weekday);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 120 }),
        fc.subarray(weekdays),
        (offset, length, chosen) => {
          const fromDate = addDays('2026-01-01', offset);
          const toDate = addDays(fromDate, length);
          const days = expandSlotPattern(pattern({ weekdays: chosen, fromDate, toDate }), 1000);
          const dates = days.map((slot) => slot.date);
          expect([...dates].sort()).toEqual(dates);
          expect(new Set(dates).size).toBe(dates.length);
          for (const date of dates) {
            expect(date >= fromDate && date <= toDate).toBe(true);
            expect(chosen.map((day) => weekdays.indexOf(day) + 1)).toContain(isoWeekday(date));
          }
          // Every chosen weekday in the period is there: a full week holds each once.
          if (length >= 6) expect(new Set(dates.map(isoWeekday)).size).toBe(chosen.length);
        },
      ),
    );
  });
});

describe(validateSlotPattern.name, () => {
  it('accepts a sensible pattern', () => {
    expect(validateSlotPattern(pattern(), today)).toEqual([]);
  });

  it('refuses a pattern that produces no dates, on the weekdays field', () => {
    const errors = validateSlotPattern(
      pattern({ weekdays: [Weekday.SATURDAY], fromDate: '2027-03-01', toDate: '2027-03-05' }),
      today,
    );
    expect(codesOf(errors)).toEqual([
      { field: 'weekdays', code: FieldErrorCode.NO_DATES_IN_PATTERN },
    ]);
    expect(errors[0]?.message).toContain('ukedagene');
  });

  it('refuses more than 200 days, but allows exactly 200', () => {
    const every = Object.values(Weekday);
    const exactly = pattern({
      weekdays: every,
      fromDate: '2027-03-01',
      toDate: addDays('2027-03-01', SLOT_PATTERN_MAX - 1),
    });
    expect(validateSlotPattern(exactly, today)).toEqual([]);
    const tooMany = { ...exactly, toDate: addDays(exactly.toDate, 1) };
    expect(codesOf(validateSlotPattern(tooMany, today, Locale.NB))).toEqual([
      { field: 'toDate', code: FieldErrorCode.TOO_MANY_SLOTS },
    ]);
    expect(validateSlotPattern(tooMany, today)[0]?.message).toContain('200');
  });

  it('refuses no weekdays, a start in the past, a reversed period, bad times and capacity', () => {
    expect(codesOf(validateSlotPattern(pattern({ weekdays: [] }), today))).toEqual([
      { field: 'weekdays', code: FieldErrorCode.REQUIRED },
    ]);
    expect(codesOf(validateSlotPattern(pattern({ fromDate: '2027-02-14' }), today))).toEqual([
      { field: 'fromDate', code: FieldErrorCode.DATE_IN_PAST },
    ]);
    expect(
      codesOf(
        validateSlotPattern(pattern({ fromDate: '2027-03-10', toDate: '2027-03-09' }), today),
      ),
    ).toEqual([{ field: 'toDate', code: FieldErrorCode.DATE_RANGE_REVERSED }]);
    expect(
      codesOf(validateSlotPattern(pattern({ fromDate: '2027-02-30', toDate: 'mars' }), today)),
    ).toEqual([
      { field: 'fromDate', code: FieldErrorCode.INVALID_DATE },
      { field: 'toDate', code: FieldErrorCode.INVALID_DATE },
    ]);
    expect(
      codesOf(
        validateSlotPattern(pattern({ startTime: '14:00', endTime: '09:00', capacity: 0 }), today),
      ),
    ).toEqual([
      { field: 'endTime', code: FieldErrorCode.END_BEFORE_START },
      { field: 'capacity', code: FieldErrorCode.CAPACITY_OUT_OF_RANGE },
    ]);
    expect(codesOf(validateSlotPattern(pattern({ startTime: '9' }), today))).toEqual([
      { field: 'startTime', code: FieldErrorCode.INVALID_TIME },
    ]);
  });

  it('accepts a period starting today', () => {
    expect(validateSlotPattern(pattern({ fromDate: today }), today)).toEqual([]);
  });
});
