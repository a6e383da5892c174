/**
 * Hard filters: the rules a pair must pass before it is scored at all. They run in a fixed order
 * and the first one that fails is the reason given when a counsellor asks why a place is missing.
 *
 *   kind wanted → age limits → a date ahead → a seat left → a date the youth can come → distance
 *
 * Passing pairs come back with what the filters found (the earliest slot that works for the
 * youth and the distance), so the scoring does not look for them again.
 */
import type { OpportunityKind } from '@akselerator/domain';
import type { OpportunityProfile, OpportunitySlot } from './opportunity-profile';
import { measureReach, reachOf, type Origin, type PreparedYouth } from './prepared-youth';

export enum FilterCode {
  /** Rank candidates only: the youth has not agreed to be proposed. */
  NO_CONSENT = 'NO_CONSENT',
  KIND_NOT_WANTED = 'KIND_NOT_WANTED',
  TOO_YOUNG = 'TOO_YOUNG',
  TOO_OLD = 'TOO_OLD',
  NO_UPCOMING_DATES = 'NO_UPCOMING_DATES',
  FULLY_BOOKED = 'FULLY_BOOKED',
  NO_DATE_THAT_SUITS = 'NO_DATE_THAT_SUITS',
  TOO_FAR = 'TOO_FAR',
}

export type FilterFailure =
  | { code: FilterCode.NO_CONSENT }
  | { code: FilterCode.KIND_NOT_WANTED; kind: OpportunityKind }
  | { code: FilterCode.TOO_YOUNG; minAge: number }
  | { code: FilterCode.TOO_OLD; maxAge: number }
  | { code: FilterCode.NO_UPCOMING_DATES }
  | { code: FilterCode.FULLY_BOOKED }
  | { code: FilterCode.NO_DATE_THAT_SUITS }
  | { code: FilterCode.TOO_FAR; km: number; maxKm: number };

export interface Passed {
  passed: true;
  /** The earliest slot ahead with a seat on a date the youth can come; null for an open place. */
  slot: OpportunitySlot | null;
  /** Great-circle km from the nearer of home and school; null when neither is known. */
  km: number | null;
  /** Which point `km` is measured from. */
  from: Origin;
}

/** Only the code: one shared object per code, so screening 100,000 places allocates little. */
export interface Rejected {
  passed: false;
  code: FilterCode;
}

export type Screening = Passed | Rejected;

/**
 * Screens one pair. A passing pair is written into `into` when given (the ranking loops reuse one
 * record and copy it only for the places they keep), else into a new record.
 */
export function screen(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
  today: string,
  into?: Passed,
): Screening {
  if (youth.kindsWanted !== null && !youth.kindsWanted.has(opportunity.kind)) {
    return REJECTED[FilterCode.KIND_NOT_WANTED];
  }
  if (youth.age !== null && opportunity.minAge !== undefined && youth.age < opportunity.minAge) {
    return REJECTED[FilterCode.TOO_YOUNG];
  }
  if (youth.age !== null && opportunity.maxAge !== undefined && youth.age > opportunity.maxAge) {
    return REJECTED[FilterCode.TOO_OLD];
  }
  const slot = pickSlot(youth, opportunity.slots, today);
  if (typeof slot === 'string') {
    return REJECTED[slot];
  }
  const band = youth.latitudeBand;
  const latitude = opportunity.location.latitude;
  if (band !== null && (latitude < band.south || latitude > band.north)) {
    return REJECTED[FilterCode.TOO_FAR];
  }
  const passed: Passed = into ?? { passed: true, slot: null, km: null, from: 'HOME' };
  measureReach(youth.origins, opportunity.location, passed);
  if (passed.km !== null && youth.maxTravelKm !== null && passed.km > youth.maxTravelKm) {
    return REJECTED[FilterCode.TOO_FAR];
  }
  passed.slot = slot;
  return passed;
}

/** The details behind a rejection, for its explanation (recomputed: only asked for rarely). */
export function filterFailure(
  youth: PreparedYouth,
  opportunity: OpportunityProfile,
  code: FilterCode,
): FilterFailure {
  switch (code) {
    case FilterCode.KIND_NOT_WANTED:
      return { code, kind: opportunity.kind };
    case FilterCode.TOO_YOUNG:
      return { code, minAge: opportunity.minAge ?? 0 };
    case FilterCode.TOO_OLD:
      return { code, maxAge: opportunity.maxAge ?? 0 };
    case FilterCode.TOO_FAR:
      return {
        code,
        km: reachOf(youth.origins, opportunity.location)?.km ?? 0,
        maxKm: youth.maxTravelKm ?? 0,
      };
    case FilterCode.NO_CONSENT:
    case FilterCode.NO_UPCOMING_DATES:
    case FilterCode.FULLY_BOOKED:
    case FilterCode.NO_DATE_THAT_SUITS:
      return { code };
  }
}

type DateFailure =
  FilterCode.NO_UPCOMING_DATES | FilterCode.FULLY_BOOKED | FilterCode.NO_DATE_THAT_SUITS;

/**
 * The earliest slot on or after `today` with a seat left on a date the youth can come, in one
 * pass; null for an open place without slots; when there is none, which of the three conditions
 * ruled the last candidates out.
 */
function pickSlot(
  youth: PreparedYouth,
  slots: readonly OpportunitySlot[],
  today: string,
): OpportunitySlot | null | DateFailure {
  if (slots.length === 0) {
    return null;
  }
  let upcoming = false;
  let open = false;
  let best: OpportunitySlot | null = null;
  for (let index = 0; index < slots.length; index++) {
    const slot = slots[index];
    if (slot.date < today) {
      continue;
    }
    upcoming = true;
    if (!(slot.seatsLeft > 0)) {
      continue;
    }
    open = true;
    if (youth.availableDates !== null && !youth.availableDates.has(slot.date)) {
      continue;
    }
    if (best === null || slot.date < best.date) {
      best = slot;
    }
  }
  if (best !== null) {
    return best;
  }
  if (!upcoming) {
    return FilterCode.NO_UPCOMING_DATES;
  }
  return open ? FilterCode.NO_DATE_THAT_SUITS : FilterCode.FULLY_BOOKED;
}

const REJECTED: Readonly<Record<FilterCode, Rejected>> = Object.fromEntries(
  Object.values(FilterCode).map((code) => [code, Object.freeze({ passed: false, code })]),
) as Record<FilterCode, Rejected>;
