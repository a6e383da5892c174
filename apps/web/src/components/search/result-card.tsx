import Link from 'next/link';
import { Locale, OpportunityKind } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { OpportunityHit } from '@/lib/api-types';
import { formatKm, formatLongDate, formatShortDate } from '@/lib/format';
import { renderHighlighted } from '@/lib/highlight';
import { tradeLabel } from '@/lib/labels';

export function seatsText(seatsLeft: number, t: Dictionary): string {
  if (seatsLeft <= 0) return t.card.full;
  if (seatsLeft === 1) return t.card.seatsOne;
  return interpolate(t.card.seatsMany, { count: seatsLeft });
}

export function ResultCard({
  hit,
  locale,
  t,
}: {
  hit: OpportunityHit;
  locale: Locale;
  t: Dictionary;
}) {
  const headingId = `hit-${hit.id}`;
  return (
    <article className="ds-card result-card" data-color="neutral" aria-labelledby={headingId}>
      <h3 className="ds-heading" data-size="xs" id={headingId}>
        <Link className="ds-link" href={`/muligheter/${encodeURIComponent(hit.id)}`}>
          {hit.highlightedTitle ? renderHighlighted(hit.highlightedTitle) : hit.title}
        </Link>
      </h3>
      <p className="ds-paragraph" data-size="sm">
        {hit.employerName}
      </p>
      <ul className="facts ds-paragraph" data-size="sm">
        <li>
          <span className="ds-sr-only">{t.card.trade}: </span>
          {tradeLabel(hit.tradeCode, locale)}
        </li>
        <li>
          <span className="ds-sr-only">{t.card.place}: </span>
          {hit.municipalityName}
          {hit.distanceKm !== null
            ? ` (${interpolate(t.card.distance, { km: formatKm(hit.distanceKm, locale) })})`
            : null}
        </li>
        {hit.kind === OpportunityKind.HOSPITERING ? (
          <>
            <li>
              {hit.nextDate ? (
                <>
                  {t.card.nextDate}:{' '}
                  <time dateTime={hit.nextDate}>{formatLongDate(hit.nextDate, locale)}</time>
                </>
              ) : (
                t.card.noUpcomingDates
              )}
            </li>
            <li className="seats">{seatsText(hit.seatsLeft, t)}</li>
          </>
        ) : (
          <KindFacts hit={hit} locale={locale} t={t} />
        )}
      </ul>
    </article>
  );
}

/** The facts of an apprenticeship or a simple job that a card shows. */
export type KindFactsSource = Pick<
  OpportunityHit,
  'hoursPerWeek' | 'startDate' | 'applicationDeadline'
>;

/** Start date, deadline and hours a week: what matters on an apprenticeship or a simple job. */
export function KindFacts({
  hit,
  locale,
  t,
}: {
  hit: KindFactsSource;
  locale: Locale;
  t: Dictionary;
}) {
  const f = t.kindFacts;
  return (
    <>
      {hit.hoursPerWeek != null ? (
        <li data-testid="hit-hours">
          {interpolate(f.hours, {
            hours: new Intl.NumberFormat(locale === Locale.EN ? 'en-GB' : 'nb-NO', {
              maximumFractionDigits: 1,
            }).format(hit.hoursPerWeek),
          })}
        </li>
      ) : null}
      <li data-testid="hit-start">
        {f.startDate}:{' '}
        {hit.startDate ? (
          <time dateTime={hit.startDate}>{formatShortDate(hit.startDate, locale)}</time>
        ) : (
          f.startsWhenFound
        )}
      </li>
      <li data-testid="hit-deadline">
        {f.deadline}:{' '}
        {hit.applicationDeadline ? (
          <time dateTime={hit.applicationDeadline}>
            {formatShortDate(hit.applicationDeadline, locale)}
          </time>
        ) : (
          f.noDeadline
        )}
      </li>
    </>
  );
}
