/** Wall-clock times as 24-hour 'HH:MM' strings; they compare as plain strings. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Minutes since midnight for a valid 'HH:MM'. */
export function minutesOfDay(value: string): number {
  if (!isTimeOfDay(value)) {
    throw new RangeError(`Not a time of day: ${value}`);
  }
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}
