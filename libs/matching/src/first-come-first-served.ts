/**
 * Baseline: first-come-first-served booking. Pupils arrive in the given order and each books, down
 * their ranking, every slot with a free seat on a date they have not booked yet, until they have
 * `days` slots (a serial dictatorship in arrival order). Fast and simple, but it ignores the
 * slots' priorities, so it leaves blocking pairs.
 */
import type { CohortAssignment, CohortInstance } from './cohort-instance';
import { assignmentFromHeld, indexCohort } from './cohort-index';
import { CohortInstanceError } from './cohort-instance';

export function firstComeFirstServed(
  instance: CohortInstance,
  arrivalOrder: readonly string[],
): CohortAssignment {
  const index = indexCohort(instance);
  const { rankStart, choiceSlot, choiceDate, days } = index;
  const held = new Uint8Array(choiceSlot.length);
  const seatsLeft = Int32Array.from(index.slotCapacity);
  const arrived = new Uint8Array(index.pupilCount);
  for (const [position, pupilId] of arrivalOrder.entries()) {
    const pupil = index.pupilIndexById.get(pupilId);
    if (pupil === undefined || arrived[pupil] === 1) {
      throw new CohortInstanceError(
        `arrivalOrder[${position}]`,
        pupil === undefined ? `unknown pupil "${pupilId}"` : `pupil "${pupilId}" arrives twice`,
      );
    }
    arrived[pupil] = 1;
    const dates = new Set<number>();
    for (let choice = rankStart[pupil]; choice < rankStart[pupil + 1]; choice++) {
      if (dates.size === days) {
        break;
      }
      const slot = choiceSlot[choice];
      if (seatsLeft[slot] > 0 && !dates.has(choiceDate[choice])) {
        seatsLeft[slot]--;
        held[choice] = 1;
        dates.add(choiceDate[choice]);
      }
    }
  }
  return assignmentFromHeld(index, held);
}
