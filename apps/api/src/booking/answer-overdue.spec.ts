import { isAnswerOverdue } from './answer-overdue';

describe(isAnswerOverdue.name, () => {
  it('is overdue after two working days, weekends not counted', () => {
    const friday = new Date('2026-10-02T10:00:00Z');
    expect(isAnswerOverdue(friday, '2026-10-02')).toBe(false);
    expect(isAnswerOverdue(friday, '2026-10-05')).toBe(false); // Monday: one working day
    expect(isAnswerOverdue(friday, '2026-10-06')).toBe(true); // Tuesday: two
  });
});
