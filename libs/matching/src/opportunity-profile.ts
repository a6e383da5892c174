/**
 * What the matching engine knows about a learning place: plain data the API maps from its
 * opportunity, slot and booking tables. Hospitering days have dated slots with seats; an
 * apprenticeship or a job without slots is an open place that takes people now (the API leaves
 * out places that are closed or filled).
 */
import type { Adaptation, GeoPoint, OpportunityKind, Strength } from '@akselerator/domain';

export interface OpportunitySlot {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM'. */
  startTime: string;
  /** 'HH:MM'. */
  endTime: string;
  seatsLeft: number;
}

export interface OpportunityProfile {
  id: string;
  kind: OpportunityKind;
  tradeCode: string;
  programmeCode: string;
  employerId: string;
  location: GeoPoint;
  slots: readonly OpportunitySlot[];
  minAge?: number;
  maxAge?: number;
  strengthsSought: readonly Strength[];
  adaptationsOffered: readonly Adaptation[];
  hoursPerWeek?: number;
  /** Bookings or applications so far: few means the place deserves more exposure. */
  bookingsCount: number;
  /** How much local employers need people in this trade, 0 (little) to 1 (a lot). */
  localDemand: number;
}
