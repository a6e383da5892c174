import { findProgramme, findTrade, OpportunityKind, OpportunityStatus } from '@akselerator/domain';
import type { Opportunity } from '../opportunities/opportunity.entity';

/** What Meilisearch holds for one published opportunity: a copy that Postgres can always rebuild. */
export interface OpportunityDocument {
  id: string;
  kind: OpportunityKind;
  title: string;
  description: string;
  tasks: string;
  employerName: string;
  programmeCode: string;
  programmeLabel: string;
  tradeCode: string;
  tradeLabel: string;
  municipalityCode: string;
  municipalityName: string;
  postalPlace: string;
  /** Every slot date as a YYYYMMDD number: sortable and range-filterable in Meilisearch. */
  dates: number[];
  /** Dates that still have a free seat. */
  freeDates: number[];
  /** Per date, the free seats, so a hit shows the seats left from today on. */
  seatsByDate: Record<string, number>;
  publishedAt: number;
  _geo: { lat: number; lng: number };
}

export const dateToNumber = (isoDate: string): number => Number(isoDate.replaceAll('-', ''));
export const numberToDate = (value: number): string => {
  const text = String(value);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};

/** Null when the opportunity must not be searchable (draft, closed, archived). */
export function toOpportunityDocument(opportunity: Opportunity): OpportunityDocument | null {
  if (opportunity.status !== OpportunityStatus.PUBLISHED) return null;
  const slots = [...opportunity.slots].sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: opportunity.id,
    kind: opportunity.kind,
    title: opportunity.title,
    description: opportunity.description,
    tasks: opportunity.tasks,
    employerName: opportunity.employer.name,
    programmeCode: opportunity.programmeCode,
    programmeLabel: findProgramme(opportunity.programmeCode)?.label ?? opportunity.programmeCode,
    tradeCode: opportunity.tradeCode,
    tradeLabel: findTrade(opportunity.tradeCode)?.label ?? opportunity.tradeCode,
    municipalityCode: opportunity.address.municipalityCode,
    municipalityName: opportunity.address.municipalityName,
    postalPlace: opportunity.address.postalPlace,
    dates: slots.map((slot) => dateToNumber(slot.date)),
    freeDates: slots
      .filter((slot) => slot.capacity > slot.seatsBooked)
      .map((slot) => dateToNumber(slot.date)),
    seatsByDate: Object.fromEntries(
      slots.map((slot) => [slot.date, Math.max(0, slot.capacity - slot.seatsBooked)]),
    ),
    publishedAt: (opportunity.publishedAt ?? opportunity.createdAt).getTime(),
    _geo: { lat: opportunity.address.latitude, lng: opportunity.address.longitude },
  };
}

/** Seats left and the next date, seen from `today`: documents do not go stale as days pass. */
export function upcomingFromDocument(
  document: Pick<OpportunityDocument, 'seatsByDate'>,
  today: string,
): { nextDate: string | null; seatsLeft: number } {
  const ahead = Object.entries(document.seatsByDate)
    .filter(([date]) => date >= today)
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    nextDate: ahead[0]?.[0] ?? null,
    seatsLeft: ahead.reduce((sum, [, seats]) => sum + seats, 0),
  };
}
