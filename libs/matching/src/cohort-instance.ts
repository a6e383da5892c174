/**
 * A cohort allocation instance (DESIGN.md §5, job 3): the JSON a counsellor hands in, read into
 * typed data with a clear error naming the first offending entry. Unknown fields are ignored.
 *
 *   { "days": 2,
 *     "slots":   [{ "id", "employer", "date": "YYYY-MM-DD", "capacity", "trade"? }],
 *     "pupils":  [{ "id", "ranking": [slotId, ...] }],
 *     "lottery": [pupilId, ...]               (or "seed": integer, to draw it)
 *     "priority": { slotId: [pupilId, ...] }  (optional) }
 */
import { SeededRandom } from './seeded-random';

/** One hospitering day at an employer: up to `capacity` pupils come on `date`. */
export interface CohortSlot {
  readonly id: string;
  readonly employer: string;
  /** An ISO calendar date, YYYY-MM-DD; two slots clash when their dates are equal. */
  readonly date: string;
  readonly capacity: number;
  readonly trade?: string;
}

export interface CohortPupil {
  readonly id: string;
  /** Slot ids, most wanted first; a pupil is only ever given slots they ranked. */
  readonly ranking: readonly string[];
}

export interface CohortInstance {
  /** How many slots each pupil should get, on distinct dates (default 2). */
  readonly days: number;
  readonly slots: readonly CohortSlot[];
  readonly pupils: readonly CohortPupil[];
  /** Every pupil exactly once, highest priority first: the single tie-breaking lottery. */
  readonly lottery: readonly string[];
  /**
   * Optional priority rules per slot (e.g. pupils of a nearby school first). Listed pupils come
   * first in list order; pupils a list leaves out follow in lottery order.
   */
  readonly priority?: Readonly<Record<string, readonly string[]>>;
  /** The seed the lottery was drawn from, when it was; recorded in the report for replay. */
  readonly seed?: number;
}

/** Pupil id → the slot ids they hold. */
export type CohortAssignment = Readonly<Record<string, readonly string[]>>;

export interface ParseCohortOptions {
  /** The longest ranking accepted (default 20). */
  readonly maxChoices?: number;
  /** Draws the lottery from this seed; overrides a `seed` in the instance. */
  readonly seed?: number;
}

export const DEFAULT_DAYS = 2;
export const DEFAULT_MAX_CHOICES = 20;
const MAX_SEED = 2 ** 32 - 1;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Bad input, with `entry` naming where it is, e.g. `pupils[3] "p-17".ranking[2]`. */
export class CohortInstanceError extends Error {
  constructor(
    readonly entry: string,
    problem: string,
  ) {
    super(`${entry}: ${problem}`);
    this.name = 'CohortInstanceError';
  }
}

/** The lottery drawn from a recorded seed: a seeded Fisher–Yates shuffle of the pupil ids. */
export function lotteryFromSeed(pupilIds: readonly string[], seed: number): string[] {
  assertSeed(seed, 'seed');
  return new SeededRandom(seed).shuffle(pupilIds);
}

/** Reads a parsed JSON value into a valid instance, or throws a {@link CohortInstanceError}. */
export function parseCohortInstance(
  raw: unknown,
  options: ParseCohortOptions = {},
): CohortInstance {
  const maxChoices = options.maxChoices ?? DEFAULT_MAX_CHOICES;
  if (!Number.isInteger(maxChoices) || maxChoices < 1) {
    throw new CohortInstanceError('maxChoices', `must be a positive integer, got ${maxChoices}`);
  }
  const root = record(raw, 'instance');
  const days = root.days === undefined ? DEFAULT_DAYS : positiveInteger(root.days, 'days');
  const slots = array(root.slots, 'slots').map((value, index) => readSlot(value, index));
  const slotIds = new Set<string>();
  for (const [index, slot] of slots.entries()) {
    if (slotIds.has(slot.id)) {
      throw new CohortInstanceError(slotEntry(index, slot.id), 'duplicate slot id');
    }
    slotIds.add(slot.id);
  }
  const pupils = array(root.pupils, 'pupils').map((value, index) =>
    readPupil(value, index, slotIds, maxChoices),
  );
  const pupilIds = new Set<string>();
  for (const [index, pupil] of pupils.entries()) {
    if (pupilIds.has(pupil.id)) {
      throw new CohortInstanceError(pupilEntry(index, pupil.id), 'duplicate pupil id');
    }
    pupilIds.add(pupil.id);
  }
  const seed = options.seed ?? (root.seed === undefined ? undefined : root.seed);
  let lottery: readonly string[];
  if (root.lottery !== undefined) {
    if (seed !== undefined) {
      throw new CohortInstanceError(
        'seed',
        'give either a lottery or a seed to draw one, not both',
      );
    }
    lottery = readLottery(root.lottery, pupils);
  } else if (seed === undefined) {
    throw new CohortInstanceError('lottery', 'missing: give a lottery or an integer seed');
  } else {
    assertSeed(seed, 'seed');
    lottery = lotteryFromSeed(
      pupils.map((pupil) => pupil.id),
      seed,
    );
  }
  const priority =
    root.priority === undefined ? undefined : readPriority(root.priority, slotIds, pupilIds);
  return {
    days,
    slots,
    pupils,
    lottery,
    ...(priority === undefined ? {} : { priority }),
    ...(typeof seed === 'number' ? { seed } : {}),
  };
}

function readSlot(value: unknown, index: number): CohortSlot {
  const entry = `slots[${index}]`;
  const slot = record(value, entry);
  const id = nonEmptyString(slot.id, `${entry}.id`);
  const named = slotEntry(index, id);
  const employer = nonEmptyString(slot.employer, `${named}.employer`);
  const date = nonEmptyString(slot.date, `${named}.date`);
  if (!ISO_DATE.test(date)) {
    throw new CohortInstanceError(`${named}.date`, `must be a date YYYY-MM-DD, got "${date}"`);
  }
  const capacity = positiveInteger(slot.capacity, `${named}.capacity`);
  const trade = slot.trade === undefined ? undefined : nonEmptyString(slot.trade, `${named}.trade`);
  return { id, employer, date, capacity, ...(trade === undefined ? {} : { trade }) };
}

function readPupil(
  value: unknown,
  index: number,
  slotIds: ReadonlySet<string>,
  maxChoices: number,
): CohortPupil {
  const entry = `pupils[${index}]`;
  const pupil = record(value, entry);
  const id = nonEmptyString(pupil.id, `${entry}.id`);
  const named = pupilEntry(index, id);
  const rankingValues = array(pupil.ranking, `${named}.ranking`);
  if (rankingValues.length > maxChoices) {
    throw new CohortInstanceError(
      `${named}.ranking`,
      `${rankingValues.length} choices, more than the ${maxChoices} allowed`,
    );
  }
  const seen = new Set<string>();
  const ranking = rankingValues.map((slotValue, position) => {
    const slotId = nonEmptyString(slotValue, `${named}.ranking[${position}]`);
    if (!slotIds.has(slotId)) {
      throw new CohortInstanceError(`${named}.ranking[${position}]`, `unknown slot "${slotId}"`);
    }
    if (seen.has(slotId)) {
      throw new CohortInstanceError(
        `${named}.ranking[${position}]`,
        `slot "${slotId}" is ranked twice`,
      );
    }
    seen.add(slotId);
    return slotId;
  });
  return { id, ranking };
}

function readLottery(value: unknown, pupils: readonly CohortPupil[]): string[] {
  const known = new Set(pupils.map((pupil) => pupil.id));
  const seen = new Set<string>();
  const lottery = array(value, 'lottery').map((item, position) => {
    const id = nonEmptyString(item, `lottery[${position}]`);
    if (!known.has(id)) {
      throw new CohortInstanceError(`lottery[${position}]`, `unknown pupil "${id}"`);
    }
    if (seen.has(id)) {
      throw new CohortInstanceError(`lottery[${position}]`, `pupil "${id}" is drawn twice`);
    }
    seen.add(id);
    return id;
  });
  for (const [index, pupil] of pupils.entries()) {
    if (!seen.has(pupil.id)) {
      throw new CohortInstanceError(pupilEntry(index, pupil.id), 'missing from the lottery');
    }
  }
  return lottery;
}

function readPriority(
  value: unknown,
  slotIds: ReadonlySet<string>,
  pupilIds: ReadonlySet<string>,
): Record<string, readonly string[]> {
  const entries = Object.entries(record(value, 'priority')).map(([slotId, list]) => {
    const entry = `priority["${slotId}"]`;
    if (!slotIds.has(slotId)) {
      throw new CohortInstanceError(entry, `unknown slot "${slotId}"`);
    }
    const seen = new Set<string>();
    const pupilList = array(list, entry).map((item, position) => {
      const id = nonEmptyString(item, `${entry}[${position}]`);
      if (!pupilIds.has(id)) {
        throw new CohortInstanceError(`${entry}[${position}]`, `unknown pupil "${id}"`);
      }
      if (seen.has(id)) {
        throw new CohortInstanceError(`${entry}[${position}]`, `pupil "${id}" is listed twice`);
      }
      seen.add(id);
      return id;
    });
    return [slotId, pupilList] as const;
  });
  return Object.fromEntries(entries);
}

function assertSeed(seed: unknown, entry: string): asserts seed is number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new CohortInstanceError(
      entry,
      `must be an integer from 0 to ${MAX_SEED}, got ${describe(seed)}`,
    );
  }
}

function record(value: unknown, entry: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CohortInstanceError(entry, `must be an object, got ${describe(value)}`);
  }
  return value as Readonly<Record<string, unknown>>;
}

function array(value: unknown, entry: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new CohortInstanceError(entry, `must be an array, got ${describe(value)}`);
  }
  return value as readonly unknown[];
}

function nonEmptyString(value: unknown, entry: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new CohortInstanceError(entry, `must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

function positiveInteger(value: unknown, entry: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new CohortInstanceError(entry, `must be a positive integer, got ${describe(value)}`);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  // JSON.stringify gives undefined for functions and symbols, which JSON input never holds.
  const text = (JSON.stringify(value) as string | undefined) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function slotEntry(index: number, id: string): string {
  return `slots[${index}] "${id}"`;
}

export function pupilEntry(index: number, id: string): string {
  return `pupils[${index}] "${id}"`;
}
