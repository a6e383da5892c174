/** The y axis of a chart: a round top value and the ticks up to it (at most about five). */
export function axisTicks(max: number): { top: number; ticks: number[] } {
  const wanted = Math.max(max, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(wanted));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= wanted) ??
    10 * magnitude;
  const whole = Math.max(1, Math.round(step));
  const top = Math.ceil(Math.max(max, 1) / whole) * whole;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += whole) ticks.push(tick);
  return { top, ticks };
}

export interface ChartMonth {
  /** YYYY-MM */
  key: string;
  short: string;
  long: string;
}

/** Month names for the axis and the tables, in the reader's language. */
export function chartMonths(months: readonly string[], intl: string): ChartMonth[] {
  const short = new Intl.DateTimeFormat(intl, { month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return months.map((key) => {
    const date = new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1));
    return { key, short: short.format(date).replace('.', ''), long: long.format(date) };
  });
}
