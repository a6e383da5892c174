/**
 * Blocking pairs of an assignment under the cohort model (libs/matching/README.md). A pupil p and
 * a slot s that p ranked but does not hold block the assignment when
 *   p would take s:  p holds a slot on s's date that p ranks below s; or p holds no slot on that
 *                    date and either holds fewer than `days` slots or holds one ranked below s;
 *   s would take p:  s has a free seat, or holds a pupil of lower priority than p.
 * An assignment without blocking pairs is stable. Runs in O(choices × days).
 */
import type { CohortAssignment, CohortInstance } from './cohort-instance';
import {
  heldFromAssignment,
  indexCohort,
  type CohortIndex,
  type HeldChoices,
} from './cohort-index';

export interface BlockingPair {
  readonly pupil: string;
  readonly slot: string;
}

export function findBlockingPairs(
  instance: CohortInstance,
  assignment: CohortAssignment,
): BlockingPair[] {
  const index = indexCohort(instance);
  return blockingChoices(index, heldFromAssignment(index, assignment)).map((choice) => ({
    pupil: instance.pupils[index.choicePupil[choice]].id,
    slot: instance.slots[index.choiceSlot[choice]].id,
  }));
}

/** The choices (pupil, ranked slot) that block `held`. */
export function blockingChoices(index: CohortIndex, held: HeldChoices): number[] {
  const { choiceSlot, choiceDate, choicePriority, rankStart, slotCapacity, days } = index;
  const occupied = new Int32Array(index.slotCount);
  const worstPriority = new Int32Array(index.slotCount).fill(-1);
  for (let choice = 0; choice < held.length; choice++) {
    if (held[choice] === 1) {
      const slot = choiceSlot[choice];
      occupied[slot]++;
      worstPriority[slot] = Math.max(worstPriority[slot], choicePriority[choice]);
    }
  }

  const blocking: number[] = [];
  for (let pupil = 0; pupil < index.pupilCount; pupil++) {
    const start = rankStart[pupil];
    const end = rankStart[pupil + 1];
    let heldCount = 0;
    let lowestHeld = -1;
    for (let choice = start; choice < end; choice++) {
      if (held[choice] === 1) {
        heldCount++;
        lowestHeld = choice;
      }
    }
    for (let choice = start; choice < end; choice++) {
      if (held[choice] === 1) {
        continue;
      }
      const slot = choiceSlot[choice];
      const slotWouldTake =
        occupied[slot] < slotCapacity[slot] || choicePriority[choice] < worstPriority[slot];
      if (slotWouldTake && pupilWouldTake(choice)) {
        blocking.push(choice);
      }
    }

    function pupilWouldTake(choice: number): boolean {
      for (let other = start; other < end; other++) {
        if (held[other] === 1 && choiceDate[other] === choiceDate[choice]) {
          return other > choice;
        }
      }
      return heldCount < days || lowestHeld > choice;
    }
  }
  return blocking;
}
