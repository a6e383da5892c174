import { isoWeekday } from '@akselerator/domain';
import { easterSunday, hospiteringDates, norwegianHolidays } from './demo-school-calendar';

describe(easterSunday.name, () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
  ])('knows Easter %i', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe(norwegianHolidays.name, () => {
  it('has the fixed and the Easter-based days', () => {
    const sut = norwegianHolidays(2026);
    for (const date of [
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]) {
      expect(sut.has(date)).toBe(true);
    }
    expect(sut.size).toBe(10);
  });
});

describe(hospiteringDates.name, () => {
  it('starts after today and runs to the end of the school year', () => {
    const sut = hospiteringDates('2026-08-14');
    expect(sut[0]).toBe('2026-08-17');
    expect(sut.at(-1)).toBe('2027-06-30');
  });

  it('has only weekdays outside July, public holidays and the Christmas break', () => {
    const sut = hospiteringDates('2026-01-15');
    expect(sut.length).toBeGreaterThan(100);
    for (const date of sut) {
      expect(isoWeekday(date)).toBeLessThanOrEqual(5);
      expect(date.slice(5, 7)).not.toBe('07');
      expect(date.slice(5) >= '12-21' || date.slice(5) <= '01-02').toBe(false);
    }
    expect(sut).not.toContain('2026-05-01');
    expect(sut).not.toContain('2026-05-14');
  });

  it('moves on to the next school year when this one is nearly over', () => {
    const sut = hospiteringDates('2026-06-10');
    expect(sut[0]).toBe('2026-06-11');
    expect(sut).toContain('2026-08-17');
    expect(sut.at(-1)).toBe('2027-06-30');
  });

  it('skips July when today is in the summer holiday', () => {
    const sut = hospiteringDates('2026-07-01');
    expect(sut[0]).toBe('2026-08-03');
  });
});
