import {
  norwegianDate,
  SchoolBookingWindowException,
  schoolWindowRefusal,
} from './school-booking-window';

describe(schoolWindowRefusal.name, () => {
  const window = { opensOn: '2027-01-12', closesOn: '2027-03-20' };

  it('lets a pupil book when the school has set no window', () => {
    expect(schoolWindowRefusal('2027-01-01', null)).toBeNull();
    expect(schoolWindowRefusal('2027-01-01', { opensOn: null, closesOn: null })).toBeNull();
  });

  it('refuses before the window opens and after it closes, both ends inclusive', () => {
    expect(schoolWindowRefusal('2027-01-11', window)).toBe('NOT_YET');
    expect(schoolWindowRefusal('2027-01-12', window)).toBeNull();
    expect(schoolWindowRefusal('2027-03-20', window)).toBeNull();
    expect(schoolWindowRefusal('2027-03-21', window)).toBe('CLOSED');
  });

  it('treats a missing end as no limit on that side', () => {
    expect(schoolWindowRefusal('2030-01-01', { opensOn: '2027-01-12', closesOn: null })).toBeNull();
    expect(schoolWindowRefusal('2020-01-01', { opensOn: null, closesOn: '2027-03-20' })).toBeNull();
  });
});

describe(norwegianDate.name, () => {
  it('names the month in bokmål and adds the year only when it is another year', () => {
    expect(norwegianDate('2027-01-12', '2027-01-01')).toBe('12. januar');
    expect(norwegianDate('2027-01-02', '2026-12-01')).toBe('2. januar 2027');
  });
});

describe(SchoolBookingWindowException.name, () => {
  it('tells the pupil when the school opens, with a stable code and the dates', () => {
    const error = new SchoolBookingWindowException(
      '2027-01-01',
      { opensOn: '2027-01-12', closesOn: null },
      'NOT_YET',
    );
    expect(error.message).toContain('Skolen din åpner for booking 12. januar');
    expect(error.extensions).toMatchObject({
      code: 'SCHOOL_BOOKING_WINDOW_CLOSED',
      opensOn: '2027-01-12',
      closesOn: null,
    });
  });
});
