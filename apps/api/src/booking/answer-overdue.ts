import { addWorkingDays, todayInOslo } from '@akselerator/domain';

/** An employer has this many working days to answer a booking before it counts as overdue. */
export const REMIND_AFTER_WORKING_DAYS = 2;

/**
 * Every request gets an answer: a REQUESTED booking made this long ago reminds the employer (the
 * reminders job) and shows as "venter på svar" to the pupil's school counsellor (the school view).
 * One rule for both, so the counsellor sees exactly the bookings the employer was reminded of.
 */
export function isAnswerOverdue(bookedAt: Date, today: string): boolean {
  return addWorkingDays(todayInOslo(bookedAt), REMIND_AFTER_WORKING_DAYS) <= today;
}
