/**
 * A youth's profile turned, once per ranking, into what the per-pair work needs: sets for O(1)
 * look-ups, the programmes behind the trades they named (a taxonomy look-up done once, not once
 * per opportunity), age and waiting time on `today`, and the points distances are measured from.
 */
import {
  Adaptation,
  daysBetween,
  distanceKm,
  findTrade,
  isIsoDate,
  type GeoPoint,
  type OpportunityKind,
} from '@akselerator/domain';
import type { YouthProfile } from './youth-profile';

export type Origin = 'HOME' | 'SCHOOL';

/** How far a place is from the youth, measured from the nearer of home and school. */
export interface Reach {
  km: number;
  from: Origin;
}

export interface PreparedYouth {
  profile: YouthProfile;
  tradeCodes: ReadonlySet<string>;
  /** Programmes named, plus the programmes of the trades named. */
  programmeCodes: ReadonlySet<string>;
  /** null: any kind. */
  kindsWanted: ReadonlySet<OpportunityKind> | null;
  /** null: any date. */
  availableDates: ReadonlySet<string> | null;
  /** Whole years on `today`; null when unknown. */
  age: number | null;
  /** Points to measure distance from (home, school), those that are known. */
  origins: readonly { point: GeoPoint; from: Origin }[];
  /** null: no travel limit. */
  maxTravelKm: number | null;
  /**
   * Latitudes within the travel limit of home or school: a place outside this band is too far
   * whatever its longitude (a great circle covers at least its change in latitude), which the
   * filter checks before computing any distance. null: no limit or no known point.
   */
  latitudeBand: { south: number; north: number } | null;
  maxHoursPerWeek: number | null;
  needsShortDays: boolean;
  /** Days since the last offer (or first contact, if never offered); null when unknown. */
  daysWithoutOffer: number | null;
}

export function prepareYouth(profile: YouthProfile, today: string): PreparedYouth {
  const programmeCodes = new Set(profile.interests.programmeCodes);
  for (const code of profile.interests.tradeCodes) {
    const trade = findTrade(code);
    if (trade) {
      programmeCodes.add(trade.programmeCode);
    }
  }
  const origins: { point: GeoPoint; from: Origin }[] = [];
  if (profile.home) {
    origins.push({ point: profile.home, from: 'HOME' });
  }
  if (profile.school) {
    origins.push({ point: profile.school, from: 'SCHOOL' });
  }
  const maxTravelKm = positiveOrNull(profile.maxTravelKm);
  return {
    profile,
    tradeCodes: new Set(profile.interests.tradeCodes),
    programmeCodes,
    kindsWanted: nonEmptySet(profile.kindsWanted),
    availableDates: nonEmptySet(profile.availableDates),
    age: profile.birthDate === undefined ? null : ageOn(profile.birthDate, today),
    origins,
    maxTravelKm,
    latitudeBand: latitudeBand(origins, maxTravelKm),
    maxHoursPerWeek: positiveOrNull(profile.maxHoursPerWeek),
    needsShortDays: profile.adaptationsNeeded.includes(Adaptation.SHORT_DAYS),
    daysWithoutOffer: daysWithoutOffer(profile, today),
  };
}

/** Age in whole years on `today`; null for a birth date that is not a real ISO date. */
export function ageOn(birthDate: string, today: string): number | null {
  if (!isIsoDate(birthDate)) {
    return null;
  }
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Days the youth has waited for an offer: since the last one, or since first contact when there
 * has been none. Never negative; null when neither date is known.
 */
export function daysWithoutOffer(profile: YouthProfile, today: string): number | null {
  const since =
    typeof profile.lastOfferDate === 'string' ? profile.lastOfferDate : profile.firstContactDate;
  if (since === undefined || !isIsoDate(since)) {
    return null;
  }
  return Math.max(0, daysBetween(since, today));
}

/** Great-circle distance from the nearer of the youth's points; null when none is known. */
export function reachOf(origins: PreparedYouth['origins'], location: GeoPoint): Reach | null {
  const reach: { km: number | null; from: Origin } = { km: null, from: 'HOME' };
  measureReach(origins, location, reach);
  return reach.km === null ? null : { km: reach.km, from: reach.from };
}

/** Writes the distance from the nearer point (km null when none is known) into `into`. */
export function measureReach(
  origins: PreparedYouth['origins'],
  location: GeoPoint,
  into: { km: number | null; from: Origin },
): void {
  let bestKm = Number.POSITIVE_INFINITY;
  let from: Origin = 'HOME';
  for (let index = 0; index < origins.length; index++) {
    const origin = origins[index];
    const km = distanceKm(origin.point, location);
    if (km < bestKm) {
      bestKm = km;
      from = origin.from;
    }
  }
  into.km = Number.isFinite(bestKm) ? bestKm : null;
  into.from = from;
}

const EARTH_RADIUS_KM = 6371.0088;
// A hair wider than exact, so rounding never rejects a place the distance would accept.
const BAND_MARGIN = 1 + 1e-9;

function latitudeBand(
  origins: PreparedYouth['origins'],
  maxTravelKm: number | null,
): PreparedYouth['latitudeBand'] {
  if (maxTravelKm === null || origins.length === 0) {
    return null;
  }
  const degrees = ((maxTravelKm / EARTH_RADIUS_KM) * 180 * BAND_MARGIN) / Math.PI;
  const latitudes = origins.map((origin) => origin.point.latitude);
  return { south: Math.min(...latitudes) - degrees, north: Math.max(...latitudes) + degrees };
}

function nonEmptySet<T>(items: readonly T[] | undefined): ReadonlySet<T> | null {
  return items === undefined || items.length === 0 ? null : new Set(items);
}

function positiveOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : null;
}
