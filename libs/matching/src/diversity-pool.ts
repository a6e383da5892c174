/**
 * The few scored items the diversity re-rank can ever reach, kept while streaming over every
 * opportunity, so that re-ranking the pool gives exactly what re-ranking the full sorted list
 * would (diversify.ts), without sorting that list. W is the window, L the page size, m and p the
 * per-employer and per-trade caps.
 *
 *   best      the L + W best items: the page after the window, and the fallback picks
 *   outside   the W best items outside the youth's interests: the quota of surprises
 *   per trade the W + p best items of each trade, at most m per employer (inside and outside
 *             the interests kept apart)
 *
 * Why per trade is enough: when the greedy takes item x of trade t because it has room, every
 * better item of t it passes over shares x's trade and interest status, so it was passed over
 * for its employer's cap. An employer at its cap has m picks, fewer than W picks are made, so at
 * most W − 1 such items sit in t's list, plus fewer than p picks of t itself: a list of W + p
 * reaches x. An item left out for its employer's cap has m better siblings with the same
 * constraints, one of which would be taken first.
 */
import type { Diversifiable } from './diversify';
import type { DiversityConfig } from './match-weights';
import { compareRanked, isBetter, TopK, type Ranked } from './top-k';

export type Poolable = Ranked & Diversifiable;

export class DiversityPool<T extends Poolable> {
  private readonly best: TopK<T>;
  private readonly outside: TopK<T>;
  private readonly perTrade = new Map<string, Shortlist<T>>();
  private readonly perTradeOutside = new Map<string, Shortlist<T>>();
  private readonly shortlistLength: number;

  constructor(
    limit: number,
    private readonly config: DiversityConfig,
  ) {
    const window = limit === 0 ? 0 : Math.max(0, config.window);
    this.best = new TopK(limit + window);
    this.outside = new TopK(window);
    this.shortlistLength = window === 0 ? 0 : window + Math.max(0, config.maxPerTrade);
  }

  /** No part of the pool keeps an item of this trade scoring below this. */
  floor(tradeCode: string, outsideInterests: boolean): number {
    let floor = this.best.floor();
    if (outsideInterests) {
      floor = Math.min(floor, this.outside.floor());
    }
    if (this.shortlistLength > 0) {
      const shortlist = (outsideInterests ? this.perTradeOutside : this.perTrade).get(tradeCode);
      floor = Math.min(
        floor,
        shortlist === undefined ? Number.NEGATIVE_INFINITY : shortlist.floor(),
      );
    }
    return floor;
  }

  /** Would any part of the pool keep this item? Cheap: ask before building the item. */
  wants(
    score: number,
    id: string,
    tradeCode: string,
    employerId: string,
    outsideInterests: boolean,
  ): boolean {
    return (
      this.best.admits(score, id) ||
      (outsideInterests && this.outside.admits(score, id)) ||
      this.shortlistWants(score, id, tradeCode, employerId, outsideInterests)
    );
  }

  add(item: T): void {
    const keepInShortlist = this.shortlistWants(
      item.score,
      item.id,
      item.tradeCode,
      item.employerId,
      item.outsideInterests,
    );
    this.best.push(item);
    if (item.outsideInterests) {
      this.outside.push(item);
    }
    if (keepInShortlist) {
      const lists = item.outsideInterests ? this.perTradeOutside : this.perTrade;
      let shortlist = lists.get(item.tradeCode);
      if (shortlist === undefined) {
        shortlist = new Shortlist(this.shortlistLength, Math.max(0, this.config.maxPerEmployer));
        lists.set(item.tradeCode, shortlist);
      }
      shortlist.add(item);
    }
  }

  private shortlistWants(
    score: number,
    id: string,
    tradeCode: string,
    employerId: string,
    outsideInterests: boolean,
  ): boolean {
    if (this.shortlistLength === 0) {
      return false;
    }
    const shortlist = (outsideInterests ? this.perTradeOutside : this.perTrade).get(tradeCode);
    return shortlist === undefined || shortlist.wouldKeep(score, id, employerId);
  }

  /** Every kept item once, best first. */
  sorted(): T[] {
    const unique = new Map<string, T>();
    const parts = [this.best.sorted(), this.outside.sorted()];
    for (const lists of [this.perTrade, this.perTradeOutside]) {
      for (const shortlist of lists.values()) {
        parts.push(shortlist.items);
      }
    }
    for (const part of parts) {
      for (const item of part) {
        unique.set(item.id, item);
      }
    }
    return [...unique.values()].sort(compareRanked);
  }
}

/** The best `length` items of one trade, best first, with at most `perEmployer` per employer. */
class Shortlist<T extends Poolable> {
  readonly items: T[] = [];

  constructor(
    private readonly length: number,
    private readonly perEmployer: number,
  ) {}

  floor(): number {
    const last = this.items.at(-1);
    if (this.perEmployer === 0 || this.length === 0) {
      return Number.POSITIVE_INFINITY;
    }
    return last === undefined || this.items.length < this.length
      ? Number.NEGATIVE_INFINITY
      : last.score;
  }

  wouldKeep(score: number, id: string, employerId: string): boolean {
    if (this.perEmployer === 0) {
      return false;
    }
    const last = this.items.at(-1);
    if (last !== undefined && this.items.length >= this.length && !isBetter(score, id, last)) {
      return false;
    }
    const { count, worst } = this.employerShare(employerId);
    return count < this.perEmployer || worst === undefined || isBetter(score, id, worst);
  }

  /** Call only after `wouldKeep` said yes. */
  add(item: T): void {
    const { count, worst } = this.employerShare(item.employerId);
    if (count >= this.perEmployer && worst !== undefined) {
      this.items.splice(this.items.indexOf(worst), 1);
    }
    let index = this.items.length;
    for (let before = this.items.at(index - 1); before !== undefined;) {
      if (!isBetter(item.score, item.id, before)) {
        break;
      }
      index--;
      before = index > 0 ? this.items.at(index - 1) : undefined;
    }
    this.items.splice(index, 0, item);
    if (this.items.length > this.length) {
      this.items.pop();
    }
  }

  /** How many of the list are this employer's, and the worst of them. */
  private employerShare(employerId: string): { count: number; worst: T | undefined } {
    let count = 0;
    let worst: T | undefined;
    for (let index = 0; index < this.items.length; index++) {
      const item = this.items[index];
      if (item.employerId === employerId) {
        count++;
        worst = item;
      }
    }
    return { count, worst };
  }
}
