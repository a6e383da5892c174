import { unstable_rethrow } from 'next/navigation';
import { findProgramme, findTrade, Locale, PROGRAMMES, TRADES } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { getI18n } from '@/i18n/server';
import type { BookingStatusName } from '@/lib/api-types';
import { formatDayMonth, formatLongDate, formatTimeRange } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { tradeLabel } from '@/lib/labels';
import styles from './day-chooser.module.css';
import { PupilDayChooser, type ChoosableDay, type CurrentDay } from './pupil-day-chooser';
import {
  PUPIL_DAYS_QUERY,
  type BookableDaysFilter,
  type PupilDaysData,
} from './school-booking-operations';

type Query = Record<string, string | string[] | undefined>;

/** Days a counsellor can move: the pupil holds the seat or waits for one. */
const MOVABLE: readonly BookingStatusName[] = ['REQUESTED', 'CONFIRMED', 'WAITLISTED'];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function one(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The chooser's filters from the address, with anything unknown left out. */
function filterFrom(query: Query): Required<BookableDaysFilter> {
  const programme = one(query.program);
  const trade = one(query.fag);
  const month = one(query.maned);
  return {
    programmeCode: findProgramme(programme) ? programme : null,
    tradeCode: findTrade(trade) ? trade : null,
    month: MONTH.test(month) ? month : null,
  };
}

function statusLabel(status: BookingStatusName, t: Dictionary['schoolBookings']): string {
  switch (status) {
    case 'CONFIRMED':
      return t.statusCONFIRMED;
    case 'WAITLISTED':
      return t.statusWAITLISTED;
    default:
      return t.statusREQUESTED;
  }
}

function statusColor(status: BookingStatusName): string {
  if (status === 'CONFIRMED') return 'success';
  if (status === 'WAITLISTED') return 'warning';
  return 'info';
}

async function load(youthId: string, filter: BookableDaysFilter): Promise<PupilDaysData | null> {
  try {
    return await graphqlServer(PUPIL_DAYS_QUERY, { youthId, filter });
  } catch (error) {
    unstable_rethrow(error);
    console.warn('[web] pupil days failed:', error instanceof Error ? error.message : error);
    return null;
  }
}

/**
 * The school counsellor's booking tools on a pupil's page: the pupil's active days (each can be
 * moved) and a chooser of upcoming days with free seats, filtered by programme, trade and month
 * through a plain GET form, so the filters work without JavaScript and survive a reload.
 */
export async function PupilDaySection({
  youthId,
  pupilName,
  path,
  purpose,
  query,
}: {
  youthId: string;
  pupilName: string;
  path: string;
  purpose: string;
  query: Query;
}) {
  const { locale, t } = await getI18n();
  const ts = t.schoolBooking;
  const filter = filterFrom(query);
  const data = await load(youthId, filter);
  if (!data) {
    return (
      <div className="ds-alert" data-color="warning">
        <p className="ds-paragraph">{ts.daysUnavailable}</p>
      </div>
    );
  }
  if (!data.pupilBookings) {
    return (
      <div className="ds-alert" data-color="info">
        <p className="ds-paragraph">{ts.notInCohort}</p>
      </div>
    );
  }

  const current: CurrentDay[] = data.pupilBookings.bookings
    .filter((booking) => MOVABLE.includes(booking.status))
    .map((booking) => ({
      id: booking.id,
      date: booking.date,
      title: booking.title,
      employerName: booking.employerName,
      dayLabel: formatDayMonth(booking.date, locale),
      statusLabel: statusLabel(booking.status, t.schoolBookings),
      statusColor: statusColor(booking.status),
      bookedOnBehalf: booking.bookedOnBehalf,
    }));
  const days: ChoosableDay[] = data.bookableDays.map((day) => ({
    slotId: day.slotId,
    date: day.date,
    title: day.title,
    employerName: day.employerName,
    tradeLabel: tradeLabel(day.tradeCode, locale),
    dateLabel: formatLongDate(day.date, locale),
    dayLabel: formatDayMonth(day.date, locale),
    timeLabel: formatTimeRange(day.startTime, day.endTime, locale),
    seatsLeft: day.seatsLeft,
  }));
  const en = locale === Locale.EN;
  const trades = filter.programmeCode
    ? TRADES.filter((trade) => trade.programmeCode === filter.programmeCode)
    : TRADES;

  const filters = (
    <form method="get" action={path} className={styles.filters} aria-label={ts.filterSubmit}>
      <input type="hidden" name="formal" value={purpose} />
      <div className="ds-field">
        <label className="ds-label" htmlFor="day-filter-programme">
          {ts.filterProgramme}
        </label>
        <select
          className="ds-input"
          id="day-filter-programme"
          name="program"
          defaultValue={filter.programmeCode ?? ''}
        >
          <option value="">{ts.filterAll}</option>
          {PROGRAMMES.map((programme) => (
            <option key={programme.code} value={programme.code}>
              {en ? programme.labelEn : programme.label}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="day-filter-trade">
          {ts.filterTrade}
        </label>
        <select
          className="ds-input"
          id="day-filter-trade"
          name="fag"
          defaultValue={filter.tradeCode ?? ''}
        >
          <option value="">{ts.filterAll}</option>
          {trades.map((trade) => (
            <option key={trade.code} value={trade.code}>
              {en ? trade.labelEn : trade.label}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="day-filter-month">
          {ts.filterMonth}
        </label>
        <input
          className="ds-input"
          id="day-filter-month"
          type="month"
          name="maned"
          defaultValue={filter.month ?? ''}
        />
      </div>
      <button className="ds-button" data-variant="secondary" type="submit">
        {ts.filterSubmit}
      </button>
    </form>
  );

  return (
    <PupilDayChooser
      youthId={youthId}
      pupilName={pupilName}
      current={current}
      days={days}
      filters={filters}
      t={ts}
      errors={{ ...t.bookingErrors }}
      apiMessagesFit={locale === Locale.NB}
    />
  );
}
