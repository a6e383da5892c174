import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { chartMonths, type ChartMonth } from './chart-scale';
import type { PlacementKindName, ProgrammeIndicators } from './indicator-operations';
import { IndicatorChart, type ChartSeries } from './indicator-chart';
import { IndicatorTable, type TableColumn } from './indicator-table';
import styles from './indicators.module.css';

type Texts = Dictionary['indicators'];

const KINDS: readonly PlacementKindName[] = [
  'APPRENTICESHIP',
  'SIMPLE_JOB',
  'TRAINEE',
  'WORK_TRIAL',
  'HOSPITERING',
];
/** The 8-week rule, in days: the median line is read against it. */
const EIGHT_WEEKS = 56;

interface ViewProps {
  indicators: ProgrammeIndicators;
  t: Texts;
  intl: string;
}

/** "{title}, jan. 2026–des. 2026. Forslag gitt: 3 i desember 2026, høyest 9 i mars 2026." */
function chartSummary(
  t: Texts,
  title: string,
  months: readonly ChartMonth[],
  series: readonly ChartSeries[],
  format: (value: number) => string,
): string {
  const parts = series.map((line) => {
    const known = line.values.flatMap((value, index) => {
      const month = months.at(index);
      return value === null || !month ? [] : [{ value, month }];
    });
    const last = known.at(-1);
    const highest = known.reduce<(typeof known)[number] | undefined>(
      (best, entry) => (!best || entry.value > best.value ? entry : best),
      undefined,
    );
    if (!last || !highest || highest.value === 0) {
      return interpolate(t.charts.seriesEmpty, { label: line.label });
    }
    return interpolate(t.charts.seriesSummary, {
      label: line.label,
      last: format(last.value),
      lastMonth: last.month.long,
      max: format(highest.value),
      maxMonth: highest.month.long,
    });
  });
  return interpolate(t.charts.summary, {
    title,
    from: months[0]?.long ?? '',
    to: months.at(-1)?.long ?? '',
    series: parts.join(' '),
  });
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section className="stack" aria-labelledby={id} data-testid={id}>
      <h2 className="ds-heading" data-size="sm" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The programme's indicators: key figures, then one section per figure with its chart over the
 * last 12 months and the exact numbers in a table. Server-rendered; no client script.
 */
export function ProgrammeIndicatorsView({ indicators, t, intl }: ViewProps) {
  const months = chartMonths(indicators.months, intl);
  const numberFormat = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
  const format = (value: number) => numberFormat.format(value);
  const days = { days: indicators.requiredDays };
  const f = t.figures;
  const totals = indicators.totals;

  const chart = (
    kind: 'grouped' | 'stacked' | 'line',
    title: string,
    caption: string,
    series: ChartSeries[],
    reference?: { label: string; value: number },
  ) => (
    <IndicatorChart
      kind={kind}
      summary={chartSummary(t, title, months, series, format)}
      caption={caption}
      months={months}
      series={series}
      reference={reference}
      format={format}
      legendLabel={t.legend}
    />
  );
  const table = (testId: string, columns: TableColumn[]) => (
    <IndicatorTable
      summary={t.showNumbers}
      monthHeader={t.month}
      months={months}
      columns={columns}
      format={format}
      noValue={t.noValue}
      testId={testId}
    />
  );

  const hospitering = indicators.hospitering;
  const booked = interpolate(f.bookedRequired, days);
  const attended = interpolate(f.attendedRequired, days);
  const placementColumns = KINDS.map((kind) => ({
    kind,
    label: f[`placement${kind}`],
    values: indicators.placements.map(
      (point) => point.byKind.find((entry) => entry.kind === kind)?.count ?? 0,
    ),
  }));
  const shownKinds = placementColumns.filter((column) => column.values.some((value) => value > 0));
  const load = indicators.coordinatorLoad;
  const overMax = interpolate(f.overMax, { max: indicators.caseloadMax });

  const cards: { id: string; value: string; label: string; hint: string }[] = [
    {
      id: 'booked',
      value: `${format(totals.bookedShare)} %`,
      label: interpolate(t.cards.booked, days),
      hint: interpolate(t.cards.ofPupils, {
        count: format(totals.bookedRequired),
        pupils: format(totals.pupils),
        year: indicators.schoolYear,
      }),
    },
    {
      id: 'attended',
      value: `${format(totals.attendedShare)} %`,
      label: interpolate(t.cards.attended, days),
      hint: interpolate(t.cards.ofPupils, {
        count: format(totals.attendedRequired),
        pupils: format(totals.pupils),
        year: indicators.schoolYear,
      }),
    },
    {
      id: 'proposals',
      value: format(totals.proposalsMade),
      label: t.cards.proposals,
      hint: interpolate(t.cards.accepted, { count: format(totals.proposalsAccepted) }),
    },
    {
      id: 'placements',
      value: format(totals.placements),
      label: t.cards.placements,
      hint: t.cards.placementsHint,
    },
    {
      id: 'median',
      value: totals.medianDaysToOffer === null ? t.noValue : format(totals.medianDaysToOffer),
      label: t.cards.median,
      hint:
        totals.youthsWithOffer === 0
          ? t.cards.medianNone
          : interpolate(t.cards.medianHint, { count: format(totals.youthsWithOffer) }),
    },
    {
      id: 'load',
      value: format(totals.activeCaseloads),
      label: t.cards.load,
      hint: `${interpolate(t.cards.loadHint, {
        coordinators: format(totals.coordinators),
        average: format(totals.averagePerCoordinator),
        max: format(totals.maxPerCoordinator),
      })}. ${interpolate(totals.overMax === 0 ? t.cards.overMaxNone : t.cards.overMax, {
        count: format(totals.overMax),
        max: indicators.caseloadMax,
      })}.`,
    },
  ];

  return (
    <>
      <section className="stack" aria-labelledby="indicator-cards">
        <h2 className="ds-heading" data-size="sm" id="indicator-cards">
          {t.cardsHeading}
        </h2>
        <ul className={styles.cards}>
          {cards.map((card) => (
            <li key={card.id} className={`ds-card ${styles.card}`} data-testid={`card-${card.id}`}>
              <span className={styles.cardValue}>{card.value}</span>
              <span className="ds-paragraph">{card.label}</span>
              <span className="ds-paragraph" data-size="sm">
                {card.hint}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <Section id="indicator-hospitering" title={interpolate(t.charts.hospitering.title, days)}>
        {chart(
          'grouped',
          interpolate(t.charts.hospitering.title, days),
          interpolate(t.charts.hospitering.description, days),
          [
            { label: booked, values: hospitering.map((point) => point.bookedRequired), tone: 0 },
            {
              label: attended,
              values: hospitering.map((point) => point.attendedRequired),
              tone: 1,
            },
          ],
        )}
        {table('table-hospitering', [
          { label: f.pupils, values: hospitering.map((point) => point.pupils) },
          { label: booked, values: hospitering.map((point) => point.bookedRequired) },
          { label: attended, values: hospitering.map((point) => point.attendedRequired) },
        ])}
        <h3 className="ds-heading" data-size="2xs">
          {interpolate(t.schools.title, { year: indicators.schoolYear })}
        </h3>
        <p className="ds-paragraph" data-size="sm">
          {t.privacyNote}
        </p>
        {indicators.schools.length === 0 ? (
          <p className="ds-paragraph">{t.schools.none}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className="ds-table" data-size="sm" data-testid="table-schools">
              <thead>
                <tr>
                  <th scope="col">{t.schools.school}</th>
                  <th scope="col" className={styles.numeric}>
                    {f.pupils}
                  </th>
                  <th scope="col" className={styles.numeric}>
                    {booked}
                  </th>
                  <th scope="col" className={styles.numeric}>
                    {attended}
                  </th>
                </tr>
              </thead>
              <tbody>
                {indicators.schools.map((school) => (
                  <tr key={school.schoolName}>
                    <th scope="row">{school.schoolName}</th>
                    <td className={styles.numeric}>{school.pupils.display}</td>
                    <td className={styles.numeric}>{school.bookedRequired.display}</td>
                    <td className={styles.numeric}>{school.attendedRequired.display}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="indicator-proposals" title={t.charts.proposals.title}>
        {chart('grouped', t.charts.proposals.title, t.charts.proposals.description, [
          { label: f.made, values: indicators.proposals.map((point) => point.made), tone: 0 },
          {
            label: f.accepted,
            values: indicators.proposals.map((point) => point.accepted),
            tone: 1,
          },
        ])}
        {table('table-proposals', [
          { label: f.made, values: indicators.proposals.map((point) => point.made) },
          { label: f.accepted, values: indicators.proposals.map((point) => point.accepted) },
        ])}
      </Section>

      <Section id="indicator-placements" title={t.charts.placements.title}>
        {chart(
          'stacked',
          t.charts.placements.title,
          t.charts.placements.description,
          (shownKinds.length > 0 ? shownKinds : placementColumns).map((column) => ({
            label: t.kinds[column.kind],
            values: column.values,
            tone: KINDS.indexOf(column.kind),
          })),
        )}
        {table('table-placements', [
          ...placementColumns.map(({ label, values }) => ({ label, values })),
          { label: f.placements, values: indicators.placements.map((point) => point.total) },
        ])}
      </Section>

      <Section id="indicator-median" title={t.charts.median.title}>
        {chart(
          'line',
          t.charts.median.title,
          t.charts.median.description,
          [
            {
              label: f.medianDays,
              values: indicators.timeToOffer.map((point) => point.medianDays),
              tone: 0,
            },
          ],
          { label: t.charts.median.rule, value: EIGHT_WEEKS },
        )}
        {table('table-median', [
          { label: f.youths, values: indicators.timeToOffer.map((point) => point.youths) },
          { label: f.medianDays, values: indicators.timeToOffer.map((point) => point.medianDays) },
        ])}
      </Section>

      <Section id="indicator-load" title={t.charts.load.title}>
        {chart(
          'grouped',
          t.charts.load.title,
          interpolate(t.charts.load.description, { max: indicators.caseloadMax }),
          [
            {
              label: f.averagePerCoordinator,
              values: load.map((point) => point.averagePerCoordinator),
              tone: 0,
            },
            {
              label: f.maxPerCoordinator,
              values: load.map((point) => point.maxPerCoordinator),
              tone: 2,
            },
          ],
          {
            label: interpolate(t.charts.load.maxLine, { max: indicators.caseloadMax }),
            value: indicators.caseloadMax,
          },
        )}
        {table('table-load', [
          { label: f.activeCaseloads, values: load.map((point) => point.activeCaseloads) },
          { label: f.coordinators, values: load.map((point) => point.coordinators) },
          {
            label: f.averagePerCoordinator,
            values: load.map((point) => point.averagePerCoordinator),
          },
          { label: f.maxPerCoordinator, values: load.map((point) => point.maxPerCoordinator) },
          { label: overMax, values: load.map((point) => point.overMax) },
        ])}
      </Section>
    </>
  );
}
