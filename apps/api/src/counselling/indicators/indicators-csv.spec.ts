import { OpportunityKind } from '@akselerator/domain';
import { lastTwelveMonths } from './indicator-months';
import { csvNumber, indicatorsCsv } from './indicators-csv';
import type { ProgrammeIndicators } from './indicators.types';
import { smallCount } from './small-numbers';

describe(indicatorsCsv.name, () => {
  const view: ProgrammeIndicators = {
    generatedAt: new Date('2026-01-15T10:00:00Z'),
    schoolYear: '2025/26',
    requiredDays: 2,
    caseloadMax: 25,
    months: ['2026-01'],
    hospitering: [{ month: '2026-01', pupils: 1234, bookedRequired: 7, attendedRequired: 0 }],
    proposals: [{ month: '2026-01', made: 3, accepted: 1 }],
    placements: [
      {
        month: '2026-01',
        total: 2,
        byKind: [
          { kind: OpportunityKind.APPRENTICESHIP, count: 2 },
          { kind: OpportunityKind.SIMPLE_JOB, count: 0 },
        ],
      },
    ],
    timeToOffer: [{ month: '2026-01', youths: 0, medianDays: null }],
    coordinatorLoad: [
      {
        month: '2026-01',
        activeCaseloads: 7,
        coordinators: 2,
        averagePerCoordinator: 3.5,
        maxPerCoordinator: 4,
        overMax: 0,
      },
    ],
    totals: {
      pupils: 1234,
      bookedRequired: 7,
      attendedRequired: 0,
      bookedShare: 0.6,
      attendedShare: 0,
      proposalsMade: 3,
      proposalsAccepted: 1,
      placements: 2,
      youthsWithOffer: 0,
      medianDaysToOffer: null,
      activeCaseloads: 7,
      coordinators: 2,
      averagePerCoordinator: 3.5,
      maxPerCoordinator: 4,
      overMax: 0,
    },
    schools: [
      {
        schoolName: 'Skole; "Nord"',
        pupils: smallCount(12),
        bookedRequired: smallCount(3),
        attendedRequired: smallCount(0),
      },
    ],
  };
  const sut = indicatorsCsv(view);
  const lines = sut.slice(1).trimEnd().split('\r\n');

  it('starts with a BOM and the Norwegian header, semicolon-separated', () => {
    expect(sut.startsWith('\uFEFFIndikator;Utvalg;Måned;Verdi\r\n')).toBe(true);
  });

  it('writes whole numbers plainly, decimals with a comma, no value as an empty cell', () => {
    expect(lines).toContain('Elever på 10. trinn;Hele programmet;2026-01;1234');
    expect(lines).toContain('Snitt per koordinator;Hele programmet;2026-01;3,5');
    expect(lines).toContain('Median dager til første tilbud;Hele programmet;2026-01;');
    expect(lines).toContain('Andel med 2 dager booket (%);Hele programmet;Nå;0,6');
    expect(lines).toContain('Plassert: Lærlingplass;Hele programmet;2026-01;2');
    expect(lines).toContain('Koordinatorer over 25;Hele programmet;2026-01;0');
  });

  it('hides small counts by school and quotes a name with a semicolon', () => {
    expect(lines).toContain('Elever på 10. trinn;"Skole; ""Nord""";2025/26;12');
    expect(lines).toContain('Elever med 2 dager booket;"Skole; ""Nord""";2025/26;<5');
    expect(lines).toContain('Elever med 2 dager gjennomført;"Skole; ""Nord""";2025/26;0');
  });

  it('formats numbers like the page: one decimal at most', () => {
    expect(csvNumber(12)).toBe('12');
    expect(csvNumber(12.25)).toBe('12,3');
    expect(csvNumber(null)).toBe('');
  });
});

describe(lastTwelveMonths.name, () => {
  it('ends with the month of today, across the new year', () => {
    expect(lastTwelveMonths('2026-03-31')).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(lastTwelveMonths('2026-12-01').at(0)).toBe('2026-01');
  });
});

describe(smallCount.name, () => {
  it('shows 0 and 5 up, hides 1 to 4', () => {
    expect([0, 1, 4, 5].map((value) => smallCount(value).display)).toEqual(['0', '<5', '<5', '5']);
  });
});
