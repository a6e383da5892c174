import { Locale } from '@akselerator/domain';
import {
  formatDayDate,
  formatDistance,
  formatNumber,
  formatTimeRange,
  joinList,
  lowerFirst,
} from './norwegian-format';

describe(formatDistance.name, () => {
  const sut = formatDistance;

  it('uses a decimal comma in bokmål and a point in English under 10 km', () => {
    expect(sut(4.2, Locale.NB)).toBe('4,2 km');
    expect(sut(4.2, Locale.EN)).toBe('4.2 km');
    expect(sut(9.94, Locale.NB)).toBe('9,9 km');
  });

  it('rounds to whole kilometres from 10 km and to 100 m under 1 km', () => {
    expect(sut(9.96, Locale.NB)).toBe('10 km');
    expect(sut(26.4, Locale.NB)).toBe('26 km');
    expect(sut(0.34, Locale.NB)).toBe('300 m');
    expect(sut(0, Locale.NB)).toBe('100 m');
    expect(sut(0.97, Locale.NB)).toBe('1,0 km');
  });
});

describe(formatDayDate.name, () => {
  const sut = formatDayDate;

  it('writes weekday, day and month', () => {
    expect(sut('2026-03-03', Locale.NB)).toBe('tirsdag 3. mars');
    expect(sut('2026-03-03', Locale.EN)).toBe('Tuesday 3 March');
    expect(sut('2026-11-29', Locale.NB)).toBe('søndag 29. november');
  });

  it('returns a malformed date as it is', () => {
    expect(sut('2026-02-30', Locale.NB)).toBe('2026-02-30');
  });
});

describe(joinList.name, () => {
  const sut = joinList;

  it('joins with commas and "og" / "and"', () => {
    expect(sut([], Locale.NB)).toBe('');
    expect(sut(['a'], Locale.NB)).toBe('a');
    expect(sut(['a', 'b'], Locale.NB)).toBe('a og b');
    expect(sut(['a', 'b', 'c'], Locale.EN)).toBe('a, b and c');
  });
});

describe(lowerFirst.name, () => {
  const sut = lowerFirst;

  it('lower-cases a capitalised word but keeps abbreviations', () => {
    expect(sut('Elektrikerfaget')).toBe('elektrikerfaget');
    expect(sut('IT-utviklerfaget')).toBe('IT-utviklerfaget');
    expect(sut('CNC-maskineringsfaget')).toBe('CNC-maskineringsfaget');
    expect(sut('')).toBe('');
  });
});

describe(formatTimeRange.name, () => {
  it('writes Norwegian times with "kl." and full stops', () => {
    expect(formatTimeRange('09:00', '13:30', Locale.NB)).toBe('kl. 09.00–13.30');
    expect(formatTimeRange('09:00', '13:30', Locale.EN)).toBe('09:00–13:30');
  });
});

describe(formatNumber.name, () => {
  it('keeps one decimal with a comma in bokmål', () => {
    expect(formatNumber(7.5, Locale.NB)).toBe('7,5');
    expect(formatNumber(20, Locale.NB)).toBe('20');
    expect(formatNumber(7.5, Locale.EN)).toBe('7.5');
  });
});
