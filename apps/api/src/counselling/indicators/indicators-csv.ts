import { OpportunityKind } from '@akselerator/domain';
import type { ProgrammeIndicators } from './indicators.types';

/** Spreadsheets with Norwegian settings split on semicolons and read decimal commas. */
const SEPARATOR = ';';
/** Lets Excel read the file as UTF-8 (æ, ø, å). */
const BOM = '\uFEFF';

export const CSV_HEADER = ['Indikator', 'Utvalg', 'Måned', 'Verdi'] as const;
const ALL = 'Hele programmet';
const NOW = 'Nå';
const LAST_12 = 'Siste 12 måneder';

export const KIND_LABELS_NB: Record<OpportunityKind, string> = {
  [OpportunityKind.APPRENTICESHIP]: 'Lærlingplass',
  [OpportunityKind.SIMPLE_JOB]: 'Enkel jobb',
  [OpportunityKind.TRAINEE]: 'Trainee',
  [OpportunityKind.WORK_TRIAL]: 'Arbeidstrening',
  [OpportunityKind.HOSPITERING]: 'Hospitering',
};

/**
 * The names of the figures: the column headings of the tables on the admin page (bokmål) are the
 * same words, so a row of the file is found from a cell on the page.
 */
export function figureNames(requiredDays: number, caseloadMax: number) {
  return {
    pupils: 'Elever på 10. trinn',
    bookedRequired: `Elever med ${String(requiredDays)} dager booket`,
    attendedRequired: `Elever med ${String(requiredDays)} dager gjennomført`,
    bookedShare: `Andel med ${String(requiredDays)} dager booket (%)`,
    attendedShare: `Andel med ${String(requiredDays)} dager gjennomført (%)`,
    made: 'Forslag gitt',
    accepted: 'Forslag takket ja til',
    placement: (kind: OpportunityKind) => `Plassert: ${KIND_LABELS_NB[kind]}`,
    placements: 'Plasseringer i alt',
    youths: 'Unge med første tilbud',
    medianDays: 'Median dager til første tilbud',
    activeCaseloads: 'Unge i aktiv oppfølging',
    coordinators: 'Koordinatorer med unge',
    averagePerCoordinator: 'Snitt per koordinator',
    maxPerCoordinator: 'Flest hos én koordinator',
    overMax: `Koordinatorer over ${String(caseloadMax)}`,
  };
}

/** Whole numbers as they are; decimals with a comma; no value as an empty cell. */
export function csvNumber(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');
}

function cell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The indicators as CSV, built from the very object the page shows: one line per figure per month
 * (programme totals), then the key figures, then the breakdown by school (small counts as "<5").
 */
export function indicatorsCsv(view: ProgrammeIndicators): string {
  const names = figureNames(view.requiredDays, view.caseloadMax);
  const lines: string[][] = [[...CSV_HEADER]];
  const add = (figure: string, group: string, period: string, value: number | string | null) =>
    lines.push([figure, group, period, typeof value === 'string' ? value : csvNumber(value)]);

  for (const point of view.hospitering) {
    add(names.pupils, ALL, point.month, point.pupils);
    add(names.bookedRequired, ALL, point.month, point.bookedRequired);
    add(names.attendedRequired, ALL, point.month, point.attendedRequired);
  }
  for (const point of view.proposals) {
    add(names.made, ALL, point.month, point.made);
    add(names.accepted, ALL, point.month, point.accepted);
  }
  for (const point of view.placements) {
    for (const entry of point.byKind)
      add(names.placement(entry.kind), ALL, point.month, entry.count);
    add(names.placements, ALL, point.month, point.total);
  }
  for (const point of view.timeToOffer) {
    add(names.youths, ALL, point.month, point.youths);
    add(names.medianDays, ALL, point.month, point.medianDays);
  }
  for (const point of view.coordinatorLoad) {
    add(names.activeCaseloads, ALL, point.month, point.activeCaseloads);
    add(names.coordinators, ALL, point.month, point.coordinators);
    add(names.averagePerCoordinator, ALL, point.month, point.averagePerCoordinator);
    add(names.maxPerCoordinator, ALL, point.month, point.maxPerCoordinator);
    add(names.overMax, ALL, point.month, point.overMax);
  }

  const totals = view.totals;
  add(names.pupils, ALL, NOW, totals.pupils);
  add(names.bookedRequired, ALL, NOW, totals.bookedRequired);
  add(names.bookedShare, ALL, NOW, totals.bookedShare);
  add(names.attendedRequired, ALL, NOW, totals.attendedRequired);
  add(names.attendedShare, ALL, NOW, totals.attendedShare);
  add(names.made, ALL, LAST_12, totals.proposalsMade);
  add(names.accepted, ALL, LAST_12, totals.proposalsAccepted);
  add(names.placements, ALL, LAST_12, totals.placements);
  add(names.youths, ALL, LAST_12, totals.youthsWithOffer);
  add(names.medianDays, ALL, LAST_12, totals.medianDaysToOffer);
  add(names.activeCaseloads, ALL, NOW, totals.activeCaseloads);
  add(names.coordinators, ALL, NOW, totals.coordinators);
  add(names.averagePerCoordinator, ALL, NOW, totals.averagePerCoordinator);
  add(names.maxPerCoordinator, ALL, NOW, totals.maxPerCoordinator);
  add(names.overMax, ALL, NOW, totals.overMax);

  for (const school of view.schools) {
    add(names.pupils, school.schoolName, view.schoolYear, school.pupils.display);
    add(names.bookedRequired, school.schoolName, view.schoolYear, school.bookedRequired.display);
    add(
      names.attendedRequired,
      school.schoolName,
      view.schoolYear,
      school.attendedRequired.display,
    );
  }
  return BOM + lines.map((line) => line.map(cell).join(SEPARATOR)).join('\r\n') + '\r\n';
}
