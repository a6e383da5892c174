import type { ReactNode } from 'react';

/**
 * The dates of one opportunity as a table. Presentational only (no hooks, no server-only
 * imports), so the server page renders it for visitors and the pupils' booking island renders
 * the same markup with a booking column.
 */

export interface SlotRow {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** "tirsdag 3. mars 2026" */
  dateLabel: string;
  /** "tirsdag 3. mars": for button names and messages. */
  dayLabel: string;
  /** "kl. 09.00–14.00" */
  timeLabel: string;
  seatsLeft: number;
}

export interface SlotTableText {
  datesCaption: string;
  date: string;
  time: string;
  seatsLeft: string;
  full: string;
}

export function SlotTable<Row extends SlotRow>({
  rows,
  t,
  actionHeader,
  renderAction,
}: {
  rows: readonly Row[];
  t: SlotTableText;
  /** With a booking column: its header and what each row's cell holds. */
  actionHeader?: string;
  renderAction?: (row: Row) => ReactNode;
}) {
  const withAction = actionHeader !== undefined && renderAction !== undefined;
  // With the booking column the table is restyled into blocks on a phone (globals.css). Some
  // browsers drop a table's semantics when its display changes, so the roles are spelled out.
  const role = (name: string) => (withAction ? name : undefined);
  return (
    <div className="table-wrap">
      <table
        className={withAction ? 'ds-table slot-table slot-table--actions' : 'ds-table slot-table'}
        data-border="true"
        data-color="neutral"
        role={role('table')}
      >
        <caption className="ds-sr-only">{t.datesCaption}</caption>
        <thead role={role('rowgroup')}>
          <tr role={role('row')}>
            <th scope="col" role={role('columnheader')}>
              {t.date}
            </th>
            <th scope="col" role={role('columnheader')}>
              {t.time}
            </th>
            <th scope="col" role={role('columnheader')}>
              {t.seatsLeft}
            </th>
            {withAction ? (
              <th scope="col" role="columnheader">
                {actionHeader}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody role={role('rowgroup')}>
          {rows.map((row) => (
            <tr key={row.id} data-testid="slot-row" data-date={row.date} role={role('row')}>
              <th scope="row" style={{ fontWeight: 'inherit' }} role={role('rowheader')}>
                <time dateTime={row.date}>{row.dateLabel}</time>
              </th>
              <td role={role('cell')} data-label={t.time}>
                {row.timeLabel}
              </td>
              <td role={role('cell')} data-label={t.seatsLeft}>
                {row.seatsLeft > 0 ? row.seatsLeft : <strong>{t.full}</strong>}
              </td>
              {withAction ? (
                <td className="slot-table__action" role="cell">
                  {renderAction(row)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
