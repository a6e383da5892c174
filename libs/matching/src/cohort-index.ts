/**
 * The cohort in flat integer arrays, for the allocation, its report and the baselines. Every
 * (pupil, ranked slot) pair is a "choice" numbered 0..choiceCount-1; pupil p's ranking is the
 * choices rankStart[p] .. rankStart[p + 1] - 1, most wanted first. Building the index checks the
 * instance's consistency (ids, capacities, lottery), so typed callers get the same clear errors
 * as the JSON reader.
 */
import {
  CohortInstanceError,
  pupilEntry,
  slotEntry,
  type CohortAssignment,
  type CohortInstance,
} from './cohort-instance';

export interface CohortIndex {
  readonly instance: CohortInstance;
  readonly days: number;
  readonly pupilCount: number;
  readonly slotCount: number;
  readonly slotIndexById: ReadonlyMap<string, number>;
  readonly pupilIndexById: ReadonlyMap<string, number>;
  readonly slotCapacity: Int32Array;
  readonly slotDate: Int32Array;
  readonly slotEmployer: Int32Array;
  /** -1 when the slot names no trade. */
  readonly slotTrade: Int32Array;
  readonly employers: readonly string[];
  readonly rankStart: Int32Array;
  readonly choiceSlot: Int32Array;
  readonly choiceDate: Int32Array;
  readonly choicePupil: Int32Array;
  /** The slot's priority key for the choice's pupil: lower is served first, unique per slot. */
  readonly choicePriority: Int32Array;
  /** Distinct dates among each pupil's ranked slots. */
  readonly rankedDates: Int32Array;
}

/** Which choices a pupil holds: 1 at a held choice, else 0. */
export type HeldChoices = Uint8Array;

export function indexCohort(instance: CohortInstance): CohortIndex {
  const { days, slots, pupils } = instance;
  if (!Number.isInteger(days) || days < 1) {
    throw new CohortInstanceError('days', `must be a positive integer, got ${days}`);
  }
  const slotIndexById = new Map<string, number>();
  const dateIndex = new Map<string, number>();
  const employerIndex = new Map<string, number>();
  const tradeIndex = new Map<string, number>();
  const slotCapacity = new Int32Array(slots.length);
  const slotDate = new Int32Array(slots.length);
  const slotEmployer = new Int32Array(slots.length);
  const slotTrade = new Int32Array(slots.length);
  for (const [index, slot] of slots.entries()) {
    if (slotIndexById.has(slot.id)) {
      throw new CohortInstanceError(slotEntry(index, slot.id), 'duplicate slot id');
    }
    if (!Number.isInteger(slot.capacity) || slot.capacity < 1 || slot.capacity > 2 ** 31 - 1) {
      throw new CohortInstanceError(
        `${slotEntry(index, slot.id)}.capacity`,
        `must be a positive integer, got ${slot.capacity}`,
      );
    }
    slotIndexById.set(slot.id, index);
    slotCapacity[index] = slot.capacity;
    slotDate[index] = intern(dateIndex, slot.date);
    slotEmployer[index] = intern(employerIndex, slot.employer);
    slotTrade[index] = slot.trade === undefined ? -1 : intern(tradeIndex, slot.trade);
  }

  const pupilIndexById = new Map<string, number>();
  const rankStart = new Int32Array(pupils.length + 1);
  for (const [index, pupil] of pupils.entries()) {
    if (pupilIndexById.has(pupil.id)) {
      throw new CohortInstanceError(pupilEntry(index, pupil.id), 'duplicate pupil id');
    }
    pupilIndexById.set(pupil.id, index);
    rankStart[index + 1] = rankStart[index] + pupil.ranking.length;
  }
  const lotteryPosition = readLotteryPositions(instance, pupilIndexById);

  const choiceCount = rankStart[pupils.length];
  const choiceSlot = new Int32Array(choiceCount);
  const choiceDate = new Int32Array(choiceCount);
  const choicePupil = new Int32Array(choiceCount);
  const rankedDates = new Int32Array(pupils.length);
  const lastRankedBy = new Int32Array(slots.length).fill(-1);
  const dateSeenBy = new Int32Array(dateIndex.size).fill(-1);
  for (const [pupilIndex, pupil] of pupils.entries()) {
    for (const [position, slotId] of pupil.ranking.entries()) {
      const entry = `${pupilEntry(pupilIndex, pupil.id)}.ranking[${position}]`;
      const slot = slotIndexById.get(slotId);
      if (slot === undefined) {
        throw new CohortInstanceError(entry, `unknown slot "${slotId}"`);
      }
      if (lastRankedBy[slot] === pupilIndex) {
        throw new CohortInstanceError(entry, `slot "${slotId}" is ranked twice`);
      }
      lastRankedBy[slot] = pupilIndex;
      const choice = rankStart[pupilIndex] + position;
      choiceSlot[choice] = slot;
      choiceDate[choice] = slotDate[slot];
      choicePupil[choice] = pupilIndex;
      if (dateSeenBy[slotDate[slot]] !== pupilIndex) {
        dateSeenBy[slotDate[slot]] = pupilIndex;
        rankedDates[pupilIndex]++;
      }
    }
  }

  const priorityLists = readPriorityLists(instance, slotIndexById, pupilIndexById);
  const choicePriority = new Int32Array(choiceCount);
  for (let choice = 0; choice < choiceCount; choice++) {
    const pupil = choicePupil[choice];
    const list = priorityLists[choiceSlot[choice]];
    choicePriority[choice] =
      list === undefined
        ? lotteryPosition[pupil]
        : (list.get(pupil) ?? list.size + lotteryPosition[pupil]);
  }

  return {
    instance,
    days,
    pupilCount: pupils.length,
    slotCount: slots.length,
    slotIndexById,
    pupilIndexById,
    slotCapacity,
    slotDate,
    slotEmployer,
    slotTrade,
    employers: [...employerIndex.keys()],
    rankStart,
    choiceSlot,
    choiceDate,
    choicePupil,
    choicePriority,
    rankedDates,
  };
}

/** Marks the choices an assignment gives; throws when it names a slot the pupil did not rank. */
export function heldFromAssignment(index: CohortIndex, assignment: CohortAssignment): HeldChoices {
  const held = new Uint8Array(index.choiceSlot.length);
  for (const [pupilIndex, pupil] of index.instance.pupils.entries()) {
    const slotIds = assignment[pupil.id] as readonly string[] | undefined;
    for (const slotId of slotIds ?? []) {
      const position = pupil.ranking.indexOf(slotId);
      if (position < 0) {
        throw new CohortInstanceError(
          `assignment["${pupil.id}"]`,
          `slot "${slotId}" is not in the pupil's ranking`,
        );
      }
      held[index.rankStart[pupilIndex] + position] = 1;
    }
  }
  return held;
}

/** Every pupil with the slot ids they hold, in their order of preference. */
export function assignmentFromHeld(index: CohortIndex, held: HeldChoices): CohortAssignment {
  return Object.fromEntries(
    index.instance.pupils.map((pupil, pupilIndex) => {
      const start = index.rankStart[pupilIndex];
      return [pupil.id, pupil.ranking.filter((_, position) => held[start + position] === 1)];
    }),
  );
}

function readLotteryPositions(
  instance: CohortInstance,
  pupilIndexById: ReadonlyMap<string, number>,
): Int32Array {
  const position = new Int32Array(instance.pupils.length).fill(-1);
  for (const [drawn, pupilId] of instance.lottery.entries()) {
    const pupil = pupilIndexById.get(pupilId);
    if (pupil === undefined) {
      throw new CohortInstanceError(`lottery[${drawn}]`, `unknown pupil "${pupilId}"`);
    }
    if (position[pupil] >= 0) {
      throw new CohortInstanceError(`lottery[${drawn}]`, `pupil "${pupilId}" is drawn twice`);
    }
    position[pupil] = drawn;
  }
  const missing = position.indexOf(-1);
  if (missing >= 0) {
    throw new CohortInstanceError(
      pupilEntry(missing, instance.pupils[missing].id),
      'missing from the lottery',
    );
  }
  return position;
}

function readPriorityLists(
  instance: CohortInstance,
  slotIndexById: ReadonlyMap<string, number>,
  pupilIndexById: ReadonlyMap<string, number>,
): (ReadonlyMap<number, number> | undefined)[] {
  const lists = new Array<ReadonlyMap<number, number> | undefined>(instance.slots.length);
  for (const [slotId, pupilIds] of Object.entries(instance.priority ?? {})) {
    const entry = `priority["${slotId}"]`;
    const slot = slotIndexById.get(slotId);
    if (slot === undefined) {
      throw new CohortInstanceError(entry, `unknown slot "${slotId}"`);
    }
    const rankOf = new Map<number, number>();
    for (const [position, pupilId] of pupilIds.entries()) {
      const pupil = pupilIndexById.get(pupilId);
      if (pupil === undefined) {
        throw new CohortInstanceError(`${entry}[${position}]`, `unknown pupil "${pupilId}"`);
      }
      if (rankOf.has(pupil)) {
        throw new CohortInstanceError(
          `${entry}[${position}]`,
          `pupil "${pupilId}" is listed twice`,
        );
      }
      rankOf.set(pupil, position);
    }
    lists[slot] = rankOf;
  }
  return lists;
}

function intern(table: Map<string, number>, key: string): number {
  let value = table.get(key);
  if (value === undefined) {
    value = table.size;
    table.set(key, value);
  }
  return value;
}
