/**
 * A pupil's preferences over sets of slots. As a choice function: from the slots on offer, walk
 * the ranking and take each one whose date is still free, until `days` are taken; B is weakly
 * better than A when choosing from A ∪ B gives B (revealed preference). As ranks: B dominates A
 * when B's best slot ranks at least as high as A's best, B's second as A's second, and so on —
 * better under every additive valuation of the ranking, the test a misreport must pass to pay.
 */
export interface PupilPreferences {
  readonly ranking: readonly string[];
  readonly days: number;
  readonly dateOf: (slotId: string) => string;
}

export function choosePupilSlots(
  preferences: PupilPreferences,
  offered: Iterable<string>,
): string[] {
  const available = new Set(offered);
  const dates = new Set<string>();
  const chosen: string[] = [];
  for (const slotId of preferences.ranking) {
    if (chosen.length === preferences.days) {
      break;
    }
    const date = preferences.dateOf(slotId);
    if (available.has(slotId) && !dates.has(date)) {
      chosen.push(slotId);
      dates.add(date);
    }
  }
  return chosen;
}

/** The pupil would keep exactly `candidate` when offered both it and `baseline`. */
export function isWeaklyBetter(
  preferences: PupilPreferences,
  candidate: readonly string[],
  baseline: readonly string[],
): boolean {
  const chosen = choosePupilSlots(preferences, [...candidate, ...baseline]);
  return sameSlots(chosen, candidate);
}

/** A different set of ranked slots whose k-th best ranks no lower than `baseline`'s, for all k. */
export function dominates(
  preferences: PupilPreferences,
  candidate: readonly string[],
  baseline: readonly string[],
): boolean {
  const ranks = (slots: readonly string[]): number[] =>
    slots.map((slotId) => preferences.ranking.indexOf(slotId)).sort((a, b) => a - b);
  const better = ranks(candidate);
  const worse = ranks(baseline);
  return (
    !better.includes(-1) &&
    !sameSlots(candidate, baseline) &&
    better.length >= worse.length &&
    worse.every((rank, k) => better[k] <= rank)
  );
}

function sameSlots(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((slotId) => set.has(slotId));
}
