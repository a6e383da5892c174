/** A school year as Norwegian schools write it: "2026/27" (August to June). */
const SCHOOL_YEAR = /^(\d{4})\/(\d{2})$/;

export function isSchoolYear(value: string): boolean {
  const match = SCHOOL_YEAR.exec(value);
  if (!match) return false;
  const start = Number(match[1]);
  return start >= 2000 && start <= 2099 && Number(match[2]) === (start + 1) % 100;
}

/** The school year a date (YYYY-MM-DD) falls in: from 1 August. */
export function schoolYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${String(start)}/${String((start + 1) % 100).padStart(2, '0')}`;
}
