/**
 * The diversity re-rank: the first page of recommendations should not be ten places of one trade
 * at one big employer. A greedy pass fills the window (the top 10) in score order, but skips an
 * item whose trade or employer already has its share while other items are left, and keeps the
 * last places of the window for items outside the youth's stated interests until the quota of
 * such surprises is met. Outside the window the order is the score order. It only reorders: the
 * output is a permutation of the input, and the best item stays first.
 */
import type { DiversityConfig } from './match-weights';

export interface Diversifiable {
  tradeCode: string;
  employerId: string;
  /** Outside the youth's stated interests (neither their trade nor their programme). */
  outsideInterests: boolean;
}

/** `ranked` is best first; returns the same items, reordered, and those placed above a better one. */
export function diversify<T extends Diversifiable>(
  ranked: readonly T[],
  config: DiversityConfig,
): { items: T[]; promoted: Set<T> } {
  const remaining = [...ranked];
  const picked: T[] = [];
  const promoted = new Set<T>();
  const perTrade = new Map<string, number>();
  const perEmployer = new Map<string, number>();
  let outside = 0;
  const window = Math.min(config.window, ranked.length);
  // Never more surprises than leaves the first place to the best item.
  const quota = Math.min(config.minOutsideInterests, window - 1);
  while (picked.length < window) {
    const placesLeft = window - picked.length;
    const mustBeOutside =
      quota - outside >= placesLeft && remaining.some((item) => item.outsideInterests);
    const allowed = (item: T): boolean => !mustBeOutside || item.outsideInterests;
    const roomFor = (item: T): boolean =>
      (perTrade.get(item.tradeCode) ?? 0) < config.maxPerTrade &&
      (perEmployer.get(item.employerId) ?? 0) < config.maxPerEmployer;
    let index = remaining.findIndex((item) => allowed(item) && roomFor(item));
    if (index === -1) {
      index = remaining.findIndex(allowed);
    }
    index = Math.max(0, index);
    const item = remaining.at(index);
    if (item === undefined) {
      break;
    }
    remaining.splice(index, 1);
    if (index > 0) {
      promoted.add(item);
    }
    picked.push(item);
    perTrade.set(item.tradeCode, (perTrade.get(item.tradeCode) ?? 0) + 1);
    perEmployer.set(item.employerId, (perEmployer.get(item.employerId) ?? 0) + 1);
    if (item.outsideInterests) {
      outside++;
    }
  }
  return { items: [...picked, ...remaining], promoted };
}
