/**
 * Test helper, deliberately naive and independent of the allocation's code: the blocking-pair
 * definition transcribed literally, and the pupil-optimal stable assignment found by enumerating
 * every feasible assignment of a tiny instance. Exponential; keep instances to a handful.
 */
import type { CohortAssignment, CohortInstance } from './cohort-instance';

type Assignment = Record<string, string[]>;

export function blockingPairsBruteForce(
  instance: CohortInstance,
  assignment: CohortAssignment,
): [pupil: string, slot: string][] {
  const pairs: [string, string][] = [];
  for (const pupil of instance.pupils) {
    for (const slotId of pupil.ranking) {
      if (isBlockingPair(instance, assignment, pupil.id, slotId)) {
        pairs.push([pupil.id, slotId]);
      }
    }
  }
  return pairs;
}

export function isBlockingPair(
  instance: CohortInstance,
  assignment: CohortAssignment,
  pupilId: string,
  slotId: string,
): boolean {
  const held = assignment[pupilId];
  if (held.includes(slotId)) {
    return false;
  }
  const ranking = instance.pupils.find((pupil) => pupil.id === pupilId)?.ranking ?? [];
  const rank = (id: string): number => ranking.indexOf(id);
  const date = (id: string): string => instance.slots.find((slot) => slot.id === id)?.date ?? '';
  const sameDate = held.filter((id) => date(id) === date(slotId));
  const pupilWouldTake =
    sameDate.some((id) => rank(id) > rank(slotId)) ||
    (sameDate.length === 0 && held.length < instance.days) ||
    (sameDate.length === 0 && held.some((id) => rank(id) > rank(slotId)));
  const occupants = Object.keys(assignment).filter((id) => assignment[id].includes(slotId));
  const capacity = instance.slots.find((slot) => slot.id === slotId)?.capacity ?? 0;
  const slotWouldTake =
    occupants.length < capacity ||
    occupants.some((other) => servesBefore(instance, slotId, pupilId, other));
  return pupilWouldTake && slotWouldTake;
}

/** Whether the slot serves pupil a before pupil b: its priority list first, then the lottery. */
export function servesBefore(
  instance: CohortInstance,
  slotId: string,
  a: string,
  b: string,
): boolean {
  const list = instance.priority?.[slotId] ?? [];
  const listed = (id: string): number => {
    const at = list.indexOf(id);
    return at < 0 ? Infinity : at;
  };
  if (listed(a) !== listed(b)) {
    return listed(a) < listed(b);
  }
  return instance.lottery.indexOf(a) < instance.lottery.indexOf(b);
}

/** Every assignment within capacities, with ranked slots on distinct dates, ≤ days per pupil. */
export function feasibleAssignments(instance: CohortInstance): Assignment[] {
  const dateOf = new Map(instance.slots.map((slot) => [slot.id, slot.date]));
  const seatsLeft = new Map(instance.slots.map((slot) => [slot.id, slot.capacity]));
  const options = instance.pupils.map((pupil) =>
    subsets(pupil.ranking).filter(
      (set) =>
        set.length <= instance.days && new Set(set.map((id) => dateOf.get(id))).size === set.length,
    ),
  );
  const result: Assignment[] = [];
  const current: Assignment = {};
  const visit = (pupil: number): void => {
    if (pupil === instance.pupils.length) {
      result.push({ ...current });
      return;
    }
    for (const set of options[pupil]) {
      if (set.every((id) => (seatsLeft.get(id) ?? 0) > 0)) {
        set.forEach((id) => seatsLeft.set(id, (seatsLeft.get(id) ?? 0) - 1));
        current[instance.pupils[pupil].id] = set;
        visit(pupil + 1);
        set.forEach((id) => seatsLeft.set(id, (seatsLeft.get(id) ?? 0) + 1));
      }
    }
  };
  visit(0);
  return result;
}

export function stableAssignmentsBruteForce(instance: CohortInstance): Assignment[] {
  return feasibleAssignments(instance).filter(
    (assignment) => blockingPairsBruteForce(instance, assignment).length === 0,
  );
}

/** The stable assignment every pupil likes at least as well as every other stable one. */
export function pupilOptimalBruteForce(
  instance: CohortInstance,
  stable: readonly Assignment[] = stableAssignmentsBruteForce(instance),
): Assignment | undefined {
  return stable.find((candidate) =>
    stable.every((other) =>
      instance.pupils.every((pupil) =>
        sameSet(
          greedyChoice(instance, pupil.ranking, [...candidate[pupil.id], ...other[pupil.id]]),
          candidate[pupil.id],
        ),
      ),
    ),
  );
}

/** The pupil's choice, written out again: down the ranking, one slot per date, ≤ days. */
function greedyChoice(
  instance: CohortInstance,
  ranking: readonly string[],
  offered: readonly string[],
): string[] {
  const taken: string[] = [];
  for (const id of ranking) {
    const date = instance.slots.find((slot) => slot.id === id)?.date;
    const dateTaken = taken.some(
      (other) => instance.slots.find((slot) => slot.id === other)?.date === date,
    );
    if (offered.includes(id) && !dateTaken && taken.length < instance.days) {
      taken.push(id);
    }
  }
  return taken;
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((set) => [...set, item])], [[]]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
