import { addDays, daysBetween, isIsoDate, isoWeekday } from '@akselerator/domain';

/** Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Norwegian public holidays that can fall on a weekday. */
export function norwegianHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const y = String(year);
  return new Set([
    `${y}-01-01`,
    `${y}-05-01`,
    `${y}-05-17`,
    `${y}-12-25`,
    `${y}-12-26`,
    addDays(easter, -3),
    addDays(easter, -2),
    addDays(easter, 1),
    addDays(easter, 39),
    addDays(easter, 50),
  ]);
}

function isSchoolHoliday(date: string, holidays: ReadonlySet<string>): boolean {
  const monthDay = date.slice(5);
  return (
    date.slice(5, 7) === '07' || monthDay >= '12-21' || monthDay <= '01-02' || holidays.has(date)
  );
}

/** 30 June that ends the school year (August–June) that `date` falls in; July belongs to the next. */
function schoolYearEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  return `${String(Number(date.slice(5, 7)) >= 7 ? year + 1 : year)}-06-30`;
}

const MIN_DAYS_LEFT = 40;

/**
 * Weekdays after `today` on which pupils can do hospitering: Monday to Friday in the school year
 * (August to June), without public holidays and the Christmas break. When less than a couple of
 * months of the current school year remain, the next school year is included too.
 */
export function hospiteringDates(today: string): string[] {
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be an ISO date, got ${today}`);
  }
  const first = addDays(today, 1);
  let last = schoolYearEnd(first);
  const holidays = new Set<string>();
  for (let year = Number(first.slice(0, 4)); year <= Number(first.slice(0, 4)) + 2; year++) {
    norwegianHolidays(year).forEach((date) => holidays.add(date));
  }
  const collect = (): string[] => {
    const dates: string[] = [];
    const count = daysBetween(first, last);
    for (let offset = 0; offset <= count; offset++) {
      const date = addDays(first, offset);
      if (isoWeekday(date) <= 5 && !isSchoolHoliday(date, holidays)) {
        dates.push(date);
      }
    }
    return dates;
  };
  let dates = collect();
  if (dates.length < MIN_DAYS_LEFT) {
    last = schoolYearEnd(addDays(last, 40));
    dates = collect();
  }
  return dates;
}
