import fc from 'fast-check';
import { isTimeOfDay, minutesOfDay } from './time-of-day';

describe(isTimeOfDay.name, () => {
  it.each(['00:00', '08:00', '14:30', '23:59'])('accepts %s', (value) => {
    expect(isTimeOfDay(value)).toBe(true);
  });

  it.each(['24:00', '8:00', '08:60', '08.00', '08:00:00', ' 08:00', ''])('rejects %j', (value) => {
    expect(isTimeOfDay(value)).toBe(false);
  });

  it('accepts every minute of the day and nothing else of the same shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (hours, minutes) => {
          const value = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
          expect(isTimeOfDay(value)).toBe(hours < 24 && minutes < 60);
        },
      ),
    );
  });
});

describe(minutesOfDay.name, () => {
  it('counts minutes since midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('23:59')).toBe(1439);
  });

  it('throws on an invalid time', () => {
    expect(() => minutesOfDay('25:00')).toThrow(RangeError);
  });
});
