import { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { AssignedDay } from '@/lib/allocation-operations';
import { formatLongDate, formatTimeRange } from '@/lib/format';

/** The days a pupil got in a published round, each with the reason in plain words. */
export function AssignedDays({
  days,
  shortfall,
  locale,
  t,
}: {
  days: AssignedDay[];
  shortfall: string | null;
  locale: Locale;
  t: Dictionary['allocation'];
}) {
  return (
    <div className="stack">
      <h3 className="ds-heading" data-size="xs">
        {t.resultHeading}
      </h3>
      <ul className="stack" data-testid="assigned-days">
        {days.map((day) => (
          <li key={day.slotId} data-testid="assigned-day">
            <p className="ds-paragraph">
              <strong>{formatLongDate(day.date, locale)}</strong>,{' '}
              {formatTimeRange(day.startTime, day.endTime, locale)}: {day.title} ({day.employerName}
              )
            </p>
            <p className="ds-paragraph" data-testid="assigned-reason">
              <span className="ds-tag" data-color="info">
                {interpolate(t.choiceRank, { rank: String(day.rank) })}
              </span>{' '}
              {locale === Locale.EN ? day.reasonEn : day.reason}
            </p>
          </li>
        ))}
      </ul>
      {shortfall ? (
        <div className="ds-alert" data-color="warning" data-testid="assigned-shortfall">
          <p className="ds-paragraph">{shortfall}</p>
        </div>
      ) : null}
    </div>
  );
}
