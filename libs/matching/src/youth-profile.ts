/**
 * What the matching engine knows about a young person: the parts of their profile that feed
 * recommendations and candidate ranking (DESIGN.md §5). Interests, strengths and practical
 * adaptation needs only; no diagnoses, no contact details. Plain data: the API maps its entities
 * to this shape.
 */
import type { Adaptation, GeoPoint, OpportunityKind, Strength } from '@akselerator/domain';

export interface YouthInterests {
  /** Vocational programmes (Udir codes, e.g. 'EL') the youth is curious about. */
  programmeCodes: readonly string[];
  /** Trades (taxonomy slugs, e.g. 'elektriker') the youth named. */
  tradeCodes: readonly string[];
}

export interface YouthProfile {
  id: string;
  /** 'YYYY-MM-DD'; unknown ages pass age limits (the counsellor checks). */
  birthDate?: string;
  interests: YouthInterests;
  strengths: readonly Strength[];
  home?: GeoPoint;
  school?: GeoPoint;
  /** Farthest the youth will travel, in km from the nearer of home and school. */
  maxTravelKm?: number;
  /** Kinds of place wanted; absent or empty means any kind. */
  kindsWanted?: readonly OpportunityKind[];
  /** Dates ('YYYY-MM-DD') the youth can come; absent or empty means any date. */
  availableDates?: readonly string[];
  /** Most hours a week the youth can work, when they have said so. */
  maxHoursPerWeek?: number;
  adaptationsNeeded: readonly Adaptation[];
  /** Date of the last offer of work, education, training or activity; null: never had one. */
  lastOfferDate?: string | null;
  /** First contact with NAV or the programme: the waiting clock starts here without an offer. */
  firstContactDate?: string;
  /** Only youths who agreed may be proposed to employers (rank-candidates filters the rest). */
  consentToBeProposed: boolean;
}
