/**
 * A tiny seeded pseudo-random generator (mulberry32): the engine is handed one for lottery
 * tie-breaking, the demo city uses one for reproducible data.
 * Not for anything secret: use node:crypto for tokens.
 */
const UINT32 = 2 ** 32;

/** A 32-bit seed from any parts (FNV-1a over their text, then a murmur3 finaliser). */
export function hashToSeed(...parts: readonly (string | number)[]): number {
  const text = parts.map(String).join('\u001f');
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / UINT32;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Invalid integer range [${min}, ${max}]`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('Cannot pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks an item with probability proportional to its (non-negative) weight. */
  weightedPick<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0);
    if (total <= 0) {
      return this.pick(items);
    }
    let threshold = this.next() * total;
    for (const item of items) {
      threshold -= Math.max(0, weight(item));
      if (threshold < 0) {
        return item;
      }
    }
    return items[items.length - 1];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let index = result.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [result[index], result[other]] = [result[other], result[index]];
    }
    return result;
  }

  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /** A version-4-shaped UUID from this generator's stream. */
  uuid(): string {
    return formatUuid([this.nextUint32(), this.nextUint32(), this.nextUint32(), this.nextUint32()]);
  }
}

function formatUuid(words: readonly number[]): string {
  const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
  const version = `4${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

/**
 * A fixed UUID for the `index`-th thing of a kind under a seed: the same input gives the same id on
 * every run and machine, and a new kind or index never shifts the ids of the others.
 */
export function deterministicUuid(seed: number, namespace: string, index: number): string {
  return formatUuid([0, 1, 2, 3].map((word) => hashToSeed(seed, namespace, index, word)));
}
