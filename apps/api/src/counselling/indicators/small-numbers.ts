import type { SmallCount } from './indicators.types';

/**
 * Counts from 1 to SMALL_NUMBER_LIMIT - 1 in a breakdown (one school) could point at a young
 * person, so they are shown as "<5". Programme totals over time are many people and stay exact.
 */
export const SMALL_NUMBER_LIMIT = 5;

export function smallCount(value: number): SmallCount {
  return value > 0 && value < SMALL_NUMBER_LIMIT
    ? { value: null, display: `<${String(SMALL_NUMBER_LIMIT)}` }
    : { value, display: String(value) };
}
