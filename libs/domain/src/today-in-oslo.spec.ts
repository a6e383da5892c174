import fc from 'fast-check';
import { isIsoDate } from './iso-date';
import { todayInOslo } from './today-in-oslo';

describe(todayInOslo.name, () => {
  it('is already tomorrow in Oslo late in the UTC evening (winter, UTC+1)', () => {
    expect(todayInOslo(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(todayInOslo(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
  });

  it('follows summer time (UTC+2)', () => {
    expect(todayInOslo(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(todayInOslo(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('crosses the year boundary', () => {
    expect(todayInOslo(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('always gives a real ISO date within a day of the UTC date', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (now) => {
          const sut = todayInOslo(now);
          expect(isIsoDate(sut)).toBe(true);
          const utc = now.toISOString().slice(0, 10);
          const next = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
          expect([utc, next]).toContain(sut);
        },
      ),
    );
  });
});
