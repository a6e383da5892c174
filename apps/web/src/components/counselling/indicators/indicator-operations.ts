import type { Operation } from '@/lib/graphql';

/** The programme's indicators (issue 8 §6), for programme admins: aggregates only. */

export type PlacementKindName =
  'APPRENTICESHIP' | 'SIMPLE_JOB' | 'TRAINEE' | 'WORK_TRIAL' | 'HOSPITERING';

export interface SmallCount {
  value: number | null;
  display: string;
}

export interface ProgrammeIndicators {
  generatedAt: string;
  schoolYear: string;
  requiredDays: number;
  caseloadMax: number;
  months: string[];
  hospitering: {
    month: string;
    pupils: number;
    bookedRequired: number;
    attendedRequired: number;
  }[];
  proposals: { month: string; made: number; accepted: number }[];
  placements: {
    month: string;
    total: number;
    byKind: { kind: PlacementKindName; count: number }[];
  }[];
  timeToOffer: { month: string; youths: number; medianDays: number | null }[];
  coordinatorLoad: {
    month: string;
    activeCaseloads: number;
    coordinators: number;
    averagePerCoordinator: number;
    maxPerCoordinator: number;
    overMax: number;
  }[];
  totals: {
    pupils: number;
    bookedRequired: number;
    attendedRequired: number;
    bookedShare: number;
    attendedShare: number;
    proposalsMade: number;
    proposalsAccepted: number;
    placements: number;
    youthsWithOffer: number;
    medianDaysToOffer: number | null;
    activeCaseloads: number;
    coordinators: number;
    averagePerCoordinator: number;
    maxPerCoordinator: number;
    overMax: number;
  };
  schools: {
    schoolName: string;
    pupils: SmallCount;
    bookedRequired: SmallCount;
    attendedRequired: SmallCount;
  }[];
}

export const PROGRAMME_INDICATORS_QUERY: Operation<{ programmeIndicators: ProgrammeIndicators }> = {
  query: `query ProgrammeIndicators {
    programmeIndicators {
      generatedAt schoolYear requiredDays caseloadMax months
      hospitering { month pupils bookedRequired attendedRequired }
      proposals { month made accepted }
      placements { month total byKind { kind count } }
      timeToOffer { month youths medianDays }
      coordinatorLoad { month activeCaseloads coordinators averagePerCoordinator maxPerCoordinator overMax }
      totals {
        pupils bookedRequired attendedRequired bookedShare attendedShare proposalsMade proposalsAccepted
        placements youthsWithOffer medianDaysToOffer activeCaseloads coordinators averagePerCoordinator
        maxPerCoordinator overMax
      }
      schools {
        schoolName
        pupils { value display }
        bookedRequired { value display }
        attendedRequired { value display }
      }
    }
  }`,
};

export const PROGRAMME_INDICATORS_CSV_QUERY: Operation<{ programmeIndicatorsCsv: string }> = {
  query: `query ProgrammeIndicatorsCsv { programmeIndicatorsCsv }`,
};
