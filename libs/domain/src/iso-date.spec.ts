import fc from 'fast-check';
import { addDays, daysBetween, daysInMonth, isIsoDate, isoWeekday } from './iso-date';

const calendarDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe(isIsoDate.name, () => {
  it.each(['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-05',
    '26-01-05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '2026/01/05',
    '',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('accepts exactly the dates the JavaScript calendar knows', () => {
    fc.assert(fc.property(calendarDate, (value) => isIsoDate(value)));
  });

  it('rejects any string that is not ten characters of YYYY-MM-DD', () => {
    fc.assert(
      fc.property(
        fc.string().filter((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value)),
        (value) => !isIsoDate(value),
      ),
    );
  });
});

describe(daysInMonth.name, () => {
  it('knows February in leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe(addDays.name, () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('is undone by adding the opposite number of days', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(addDays(addDays(date, days), -days)).toBe(date);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('throws on something that is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe(isoWeekday.name, () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-01-05')).toBe(1);
    expect(isoWeekday('2026-01-09')).toBe(5);
    expect(isoWeekday('2026-01-11')).toBe(7);
  });

  it('advances by one each day', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(isoWeekday(addDays(date, 1))).toBe((isoWeekday(date) % 7) + 1);
      }),
    );
  });
});
