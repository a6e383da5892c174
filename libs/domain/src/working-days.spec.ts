import fc from 'fast-check';
import { addDays, isoWeekday } from './iso-date';
import { addWorkingDays } from './working-days';

describe(addWorkingDays.name, () => {
  it('skips the weekend', () => {
    // Thursday 2027-03-04 + 2 working days = Monday 2027-03-08.
    expect(addWorkingDays('2027-03-04', 2)).toBe('2027-03-08');
    expect(addWorkingDays('2027-03-01', 2)).toBe('2027-03-03');
  });

  it('skips given public holidays', () => {
    expect(addWorkingDays('2027-05-14', 1, new Set(['2027-05-17']))).toBe('2027-05-18');
  });

  it('always lands on a weekday, after the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 20 }), (offset, count) => {
        const start = addDays('2026-01-01', offset);
        const end = addWorkingDays(start, count);
        return end > start && isoWeekday(end) <= 5;
      }),
    );
  });
});
