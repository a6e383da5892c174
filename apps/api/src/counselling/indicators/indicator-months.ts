/** The 12 months (YYYY-MM) that end with the month of `today` (YYYY-MM-DD), oldest first. */
export function lastTwelveMonths(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: 12 }, (_, index) => {
    const total = year * 12 + month - 11 + index;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    return `${String(y)}-${String(m).padStart(2, '0')}`;
  });
}

/** One decimal, as every ratio on the page is shown. */
export const oneDecimal = (value: number): number => Math.round(value * 10) / 10;
