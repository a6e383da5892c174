import { summariseUpcoming } from './upcoming-slots';

describe(summariseUpcoming.name, () => {
  const today = '2027-03-10';

  it('ignores past dates and sums the free seats ahead', () => {
    const sut = summariseUpcoming(
      [
        { date: '2027-03-12', capacity: 4, seatsBooked: 4 },
        { date: '2027-03-09', capacity: 5, seatsBooked: 0 },
        { date: '2027-03-10', capacity: 3, seatsBooked: 1 },
        { date: '2027-04-01', capacity: 2, seatsBooked: 0 },
      ],
      today,
    );
    expect(sut).toEqual({
      nextDate: '2027-03-10',
      nextFreeDate: '2027-03-10',
      seatsLeft: 4,
      dates: ['2027-03-10', '2027-03-12', '2027-04-01'],
    });
  });

  it('says when nothing is ahead', () => {
    expect(summariseUpcoming([{ date: '2027-01-01', capacity: 2, seatsBooked: 0 }], today)).toEqual(
      {
        nextDate: null,
        nextFreeDate: null,
        seatsLeft: 0,
        dates: [],
      },
    );
  });

  it('skips full dates when looking for the next free one', () => {
    const sut = summariseUpcoming(
      [
        { date: '2027-03-11', capacity: 2, seatsBooked: 2 },
        { date: '2027-03-15', capacity: 2, seatsBooked: 1 },
      ],
      today,
    );
    expect(sut.nextDate).toBe('2027-03-11');
    expect(sut.nextFreeDate).toBe('2027-03-15');
    expect(sut.seatsLeft).toBe(1);
  });
});
