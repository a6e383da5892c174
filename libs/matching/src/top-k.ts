/**
 * A bounded top-k: keeps the k best of a stream in a binary min-heap whose root is the worst kept
 * item, so each new item costs one comparison when it is not good enough and O(log k) when it is.
 * Ranking 100,000 places for a page of 20 never sorts the 100,000. "Better" is a higher score,
 * then a smaller id, so the result does not depend on input order.
 */
export interface Ranked {
  score: number;
  id: string;
}

/** Higher score first; equal scores by id, ascending. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.score !== b.score) {
    return b.score - a.score;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export class TopK<T extends Ranked> {
  private readonly heap: T[] = [];

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.heap.length;
  }

  /** Items scoring below this are not kept (−∞ until the heap is full). */
  floor(): number {
    const worst = this.heap.at(0);
    if (this.capacity <= 0) {
      return Number.POSITIVE_INFINITY;
    }
    return worst === undefined || this.heap.length < this.capacity
      ? Number.NEGATIVE_INFINITY
      : worst.score;
  }

  /** Would an item with this score and id be kept? Cheap: test before building the item. */
  admits(score: number, id: string): boolean {
    if (this.capacity <= 0) {
      return false;
    }
    const worst = this.heap.at(0);
    return worst === undefined || this.heap.length < this.capacity || isBetter(score, id, worst);
  }

  push(item: T): void {
    if (!this.admits(item.score, item.id)) {
      return;
    }
    if (this.heap.length < this.capacity) {
      this.heap.push(item);
      this.siftUp(this.heap.length - 1);
    } else {
      this.heap[0] = item;
      this.siftDown(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(compareRanked);
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!worse(heap, index, parent)) {
        return;
      }
      swap(heap, index, parent);
      index = parent;
    }
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < heap.length && worse(heap, left, worst)) {
        worst = left;
      }
      if (right < heap.length && worse(heap, right, worst)) {
        worst = right;
      }
      if (worst === index) {
        return;
      }
      swap(heap, index, worst);
      index = worst;
    }
  }
}

/** Would (score, id) rank above `than`? */
export function isBetter(score: number, id: string, than: Ranked): boolean {
  return score > than.score || (score === than.score && id < than.id);
}

/** Heap order: the worse item sits nearer the root. */
function worse(heap: readonly Ranked[], a: number, b: number): boolean {
  const x = heap.at(a);
  const y = heap.at(b);
  return x !== undefined && y !== undefined && compareRanked(x, y) > 0;
}

function swap(heap: unknown[], a: number, b: number): void {
  [heap[a], heap[b]] = [heap[b], heap[a]];
}
