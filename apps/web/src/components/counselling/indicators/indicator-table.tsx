import type { ChartMonth } from './chart-scale';
import styles from './indicators.module.css';

export interface TableColumn {
  label: string;
  values: readonly (number | null)[];
}

interface IndicatorTableProps {
  summary: string;
  monthHeader: string;
  months: readonly ChartMonth[];
  columns: readonly TableColumn[];
  format: (value: number) => string;
  noValue: string;
  testId: string;
}

/**
 * The chart's numbers, exactly: one row per month, one column per figure. The column headings are
 * the figures' names, as in the CSV file's "Indikator" column.
 */
export function IndicatorTable({
  summary,
  monthHeader,
  months,
  columns,
  format,
  noValue,
  testId,
}: IndicatorTableProps) {
  return (
    <details className="ds-details">
      <summary>{summary}</summary>
      <div className={styles.tableWrap}>
        <table className="ds-table" data-size="sm" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{monthHeader}</th>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={styles.numeric}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month, index) => (
              <tr key={month.key}>
                <th scope="row">
                  <time dateTime={month.key}>{month.long}</time>
                </th>
                {columns.map((column) => {
                  const value = column.values[index] ?? null;
                  return (
                    <td key={column.label} className={styles.numeric}>
                      {value === null ? noValue : format(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
