import {
  type Adaptation,
  findProgramme,
  findTrade,
  foldNorwegian,
  OpportunityKind,
  OpportunityStatus,
  tradeKeywords,
} from '@akselerator/domain';
import type { Opportunity } from '../opportunities/opportunity.entity';

/** What Meilisearch holds for one published opportunity: a copy that Postgres can always rebuild. */
export interface OpportunityDocument {
  id: string;
  kind: OpportunityKind;
  title: string;
  description: string;
  tasks: string;
  requirements: string;
  schedule: string;
  employerId: string;
  employerName: string;
  programmeCode: string;
  programmeLabel: string;
  tradeCode: string;
  tradeLabel: string;
  /** Everyday words for the trade ("snekker" for Tømrerfaget), so a listing is found by them. */
  tradeWords: string[];
  /** Title, trade, employer and place with æ/ø/å folded, for people typing "frisor" or "oya". */
  folded: string;
  municipalityCode: string;
  municipalityName: string;
  postalPlace: string;
  /**
   * Hospitering: every slot date; other kinds: the start date (none for a simple job that starts
   * whenever). YYYYMMDD numbers: sortable and range-filterable in Meilisearch.
   */
  dates: number[];
  /** Hospitering dates that still have a free seat. */
  freeDates: number[];
  /** Per date, the free seats, so a hit shows the seats left from today on. */
  seatsByDate: Record<string, number>;
  /** YYYY-MM of every date, for the month facet. */
  months: string[];
  adaptations: Adaptation[];
  /** Apprenticeships and simple jobs with places left; always false for hospitering (see freeDates). */
  openPlaces: boolean;
  /** Places of an apprenticeship or simple job; null for hospitering. */
  places: number | null;
  startDate: string | null;
  applicationDeadline: string | null;
  /** The deadline as YYYYMMDD, or NO_DEADLINE, so one range filter hides expired listings. */
  applyBy: number;
  hoursPerWeek: number | null;
  publishedAt: number;
  _geo: { lat: number; lng: number };
}

export const NO_DEADLINE = 99_991_231;

export const dateToNumber = (isoDate: string): number => Number(isoDate.replaceAll('-', ''));
export const numberToDate = (value: number): string => {
  const text = String(value);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/**
 * Places left of an apprenticeship or simple job. Nothing records filled places yet, so a listing
 * with places is open; a simple job without a number of places counts as one.
 */
export function placesLeft(opportunity: Pick<Opportunity, 'kind' | 'places'>): number | null {
  if (opportunity.kind === OpportunityKind.HOSPITERING) return null;
  return opportunity.places ?? 1;
}

/** Null when the opportunity must not be searchable (draft, closed, archived). */
export function toOpportunityDocument(opportunity: Opportunity): OpportunityDocument | null {
  if (opportunity.status !== OpportunityStatus.PUBLISHED) return null;
  const hospitering = opportunity.kind === OpportunityKind.HOSPITERING;
  const slots = hospitering
    ? [...opportunity.slots].sort((a, b) => a.date.localeCompare(b.date))
    : [];
  const startDate = opportunity.startDate;
  const isoDates = hospitering ? slots.map((slot) => slot.date) : startDate ? [startDate] : [];
  const tradeLabel = findTrade(opportunity.tradeCode)?.label ?? opportunity.tradeCode;
  const tradeWords = [...tradeKeywords(opportunity.tradeCode)];
  const places = placesLeft(opportunity);
  return {
    id: opportunity.id,
    kind: opportunity.kind,
    title: opportunity.title,
    description: opportunity.description,
    tasks: opportunity.tasks,
    requirements: opportunity.requirements,
    schedule: opportunity.schedule,
    employerId: opportunity.employerId,
    employerName: opportunity.employer.name,
    programmeCode: opportunity.programmeCode,
    programmeLabel: findProgramme(opportunity.programmeCode)?.label ?? opportunity.programmeCode,
    tradeCode: opportunity.tradeCode,
    tradeLabel,
    tradeWords,
    folded: foldNorwegian(
      [
        opportunity.title,
        tradeLabel,
        ...tradeWords,
        opportunity.employer.name,
        opportunity.address.postalPlace,
        opportunity.address.municipalityName,
      ].join(' '),
    ),
    municipalityCode: opportunity.address.municipalityCode,
    municipalityName: opportunity.address.municipalityName,
    postalPlace: opportunity.address.postalPlace,
    dates: isoDates.map(dateToNumber),
    freeDates: slots
      .filter((slot) => slot.capacity > slot.seatsBooked)
      .map((slot) => dateToNumber(slot.date)),
    seatsByDate: Object.fromEntries(
      slots.map((slot) => [slot.date, Math.max(0, slot.capacity - slot.seatsBooked)]),
    ),
    months: [...new Set(isoDates.map(monthOf))],
    adaptations: [...opportunity.adaptationsOffered],
    openPlaces: places !== null && places > 0,
    places,
    startDate,
    applicationDeadline: opportunity.applicationDeadline ?? null,
    applyBy: opportunity.applicationDeadline
      ? dateToNumber(opportunity.applicationDeadline)
      : NO_DEADLINE,
    hoursPerWeek: opportunity.hoursPerWeek ?? null,
    publishedAt: (opportunity.publishedAt ?? opportunity.createdAt).getTime(),
    _geo: { lat: opportunity.address.latitude, lng: opportunity.address.longitude },
  };
}

/**
 * Seats left and the next date, seen from `today`: documents do not go stale as days pass.
 * Apprenticeships and simple jobs: their places, and the start date while it is ahead.
 */
export function upcomingFromDocument(
  document: Pick<OpportunityDocument, 'seatsByDate'> &
    Partial<Pick<OpportunityDocument, 'kind' | 'places' | 'startDate'>>,
  today: string,
): { nextDate: string | null; seatsLeft: number } {
  if (document.kind !== undefined && document.kind !== OpportunityKind.HOSPITERING) {
    const start = document.startDate ?? null;
    return {
      nextDate: start !== null && start >= today ? start : null,
      seatsLeft: document.places ?? 0,
    };
  }
  const ahead = Object.entries(document.seatsByDate)
    .filter(([date]) => date >= today)
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    nextDate: ahead[0]?.[0] ?? null,
    seatsLeft: ahead.reduce((sum, [, seats]) => sum + seats, 0),
  };
}
