import Link from 'next/link';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { OpportunityHit } from '@/lib/api-types';
import { formatKm, formatLongDate } from '@/lib/format';
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
      </ul>
    </article>
  );
}
