import { addDays, isoWeekday } from './iso-date';

/**
 * The date `count` working days after `date` (Monday–Friday; public holidays are not counted as
 * working days when given). Used for "an unanswered booking reminds the employer after 2 working days".
 */
export function addWorkingDays(date: string, count: number, holidays: ReadonlySet<string> = new Set()): string {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isoWeekday(current) <= 5 && !holidays.has(current)) left -= 1;
  }
  return current;
}
