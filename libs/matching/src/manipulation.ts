/**
 * How often a misreport would pay. With one day per pupil deferred acceptance is strategy-proof;
 * with two days no stable mechanism is (Roth 1985), so this samples pupils and misreports —
 * truncations, swaps, drops and shuffles of their true ranking — re-runs the allocation for each,
 * and counts the trials where the pupil, judged by their true ranking, strictly gains: their slots
 * dominate the truthful ones rank by rank (see pupil-choice.ts), so any pupil would prefer them.
 */
import { allocateCohortAssignment } from './allocate-cohort';
import type { CohortInstance } from './cohort-instance';
import { dominates, type PupilPreferences } from './pupil-choice';
import { SeededRandom } from './seeded-random';

export type Misreport = 'truncate' | 'swap' | 'drop' | 'shuffle';

export interface ManipulationTrial {
  readonly pupil: string;
  readonly misreport: Misreport;
  readonly reported: readonly string[];
  readonly truthfulResult: readonly string[];
  readonly misreportResult: readonly string[];
}

export interface ManipulationReport {
  readonly seed: number;
  readonly trials: number;
  readonly profitable: number;
  /** Up to three profitable trials, to look at. */
  readonly examples: readonly ManipulationTrial[];
}

const MISREPORTS: readonly Misreport[] = ['truncate', 'swap', 'drop', 'shuffle'];

export function measureManipulation(
  instance: CohortInstance,
  options: { readonly trials: number; readonly seed: number },
): ManipulationReport {
  const random = new SeededRandom(options.seed);
  const truthful = allocateCohortAssignment(instance);
  const dates = new Map(instance.slots.map((slot) => [slot.id, slot.date]));
  const dateOf = (slotId: string): string => dates.get(slotId) ?? '';
  const candidates = instance.pupils.flatMap((pupil, index) =>
    pupil.ranking.length >= 2 ? [index] : [],
  );
  const examples: ManipulationTrial[] = [];
  let trials = 0;
  let profitable = 0;
  for (; trials < options.trials && candidates.length > 0; trials++) {
    const pupilIndex = random.pick(candidates);
    const pupil = instance.pupils[pupilIndex];
    const misreport = random.pick(MISREPORTS);
    const reported = misreportRanking(pupil.ranking, misreport, random);
    const pupils = instance.pupils.map((other, index) =>
      index === pupilIndex ? { id: other.id, ranking: reported } : other,
    );
    const result = allocateCohortAssignment({ ...instance, pupils });
    const truePreferences: PupilPreferences = {
      ranking: pupil.ranking,
      days: instance.days,
      dateOf,
    };
    const truthfulResult = truthful[pupil.id];
    const misreportResult = result[pupil.id];
    if (dominates(truePreferences, misreportResult, truthfulResult)) {
      profitable++;
      if (examples.length < 3) {
        examples.push({ pupil: pupil.id, misreport, reported, truthfulResult, misreportResult });
      }
    }
  }
  return { seed: options.seed, trials, profitable, examples };
}

function misreportRanking(
  ranking: readonly string[],
  misreport: Misreport,
  random: SeededRandom,
): string[] {
  switch (misreport) {
    case 'truncate':
      return ranking.slice(0, random.int(1, ranking.length - 1));
    case 'swap': {
      const result = [...ranking];
      const a = random.int(0, ranking.length - 1);
      const b = (a + random.int(1, ranking.length - 1)) % ranking.length;
      [result[a], result[b]] = [result[b], result[a]];
      return result;
    }
    case 'drop': {
      const dropped = random.int(0, ranking.length - 1);
      return ranking.filter((_, position) => position !== dropped);
    }
    case 'shuffle':
      return random.shuffle(ranking).slice(0, random.int(1, ranking.length));
  }
}
