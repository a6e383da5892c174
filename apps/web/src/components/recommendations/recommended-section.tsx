import Link from 'next/link';
import { Locale, OpportunityKind } from '@akselerator/domain';
import { KindFacts, seatsText } from '@/components/search/result-card';
import type { Dictionary } from '@/i18n/dictionary';
import type { Recommendation, RecommendationList } from '@/lib/api-types';
import { formatLongDate } from '@/lib/format';
import { tradeLabel } from '@/lib/labels';

/** At most this many reason chips per card: the strongest reasons come first from the API. */
const MAX_REASONS = 3;

function RecommendedCard({
  item,
  locale,
  t,
}: {
  item: Recommendation;
  locale: Locale;
  t: Dictionary;
}) {
  const { opportunity } = item;
  const headingId = `recommended-${opportunity.id}`;
  const reasonsId = `recommended-reasons-${opportunity.id}`;
  const reasons = item.reasons.slice(0, MAX_REASONS);
  return (
    <article
      className="ds-card result-card recommended-card"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="recommended-card"
    >
      <h3 className="ds-heading" data-size="xs" id={headingId}>
        <Link className="ds-link" href={`/muligheter/${encodeURIComponent(opportunity.id)}`}>
          {opportunity.title}
        </Link>
      </h3>
      <p className="ds-paragraph" data-size="sm">
        {opportunity.employer.name}
      </p>
      <ul className="facts ds-paragraph" data-size="sm">
        <li>
          <span className="ds-sr-only">{t.card.trade}: </span>
          {tradeLabel(opportunity.tradeCode, locale)}
        </li>
        <li>
          <span className="ds-sr-only">{t.card.place}: </span>
          {opportunity.address.municipalityName}
        </li>
        {opportunity.kind === OpportunityKind.HOSPITERING ? (
          <>
            <li>
              {opportunity.nextDate ? (
                <>
                  {t.card.nextDate}:{' '}
                  <time dateTime={opportunity.nextDate}>
                    {formatLongDate(opportunity.nextDate, locale)}
                  </time>
                </>
              ) : (
                t.card.noUpcomingDates
              )}
            </li>
            <li className="seats">{seatsText(opportunity.seatsLeft, t)}</li>
          </>
        ) : (
          <>
            <li>{t.kinds[opportunity.kind]}</li>
            <KindFacts hit={opportunity} locale={locale} t={t} />
          </>
        )}
      </ul>
      {reasons.length > 0 ? (
        <>
          <p className="ds-sr-only" id={reasonsId}>
            {t.recommendations.reasons}
          </p>
          <ul className="reason-chips" aria-labelledby={reasonsId}>
            {reasons.map((reason) => (
              <li
                key={reason.code}
                className="ds-tag"
                data-color="info"
                data-size="sm"
                data-testid="reason-chip"
              >
                {locale === Locale.EN ? reason.textEn : reason.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

/**
 * "Anbefalt for deg": server-rendered cards like the search's, each with the reasons it was
 * suggested. Without a profile, a short invitation to /profil (or, on /profil itself, a note that
 * suggestions appear once the profile is saved).
 */
export function RecommendedSection({
  list,
  locale,
  t,
  onProfilePage = false,
}: {
  list: RecommendationList | null;
  locale: Locale;
  t: Dictionary;
  onProfilePage?: boolean;
}) {
  const r = t.recommendations;
  return (
    <section
      className="recommended stack"
      aria-labelledby="recommended-heading"
      data-testid="recommended"
    >
      <h2 className="ds-heading" data-size="sm" id="recommended-heading">
        {r.title}
      </h2>
      {list === null ? (
        <p className="ds-paragraph">{r.unavailable}</p>
      ) : !list.hasProfile ? (
        onProfilePage ? (
          <p className="ds-paragraph">{r.fillInFirst}</p>
        ) : (
          <p className="ds-paragraph">
            {r.invitation}{' '}
            <Link className="ds-link" href="/profil">
              {r.invitationLink}
            </Link>
          </p>
        )
      ) : list.items.length === 0 ? (
        <p className="ds-paragraph">
          {r.empty}{' '}
          {onProfilePage ? (
            <Link className="ds-link" href="/">
              {t.myDays.findDays}
            </Link>
          ) : null}
        </p>
      ) : (
        <>
          <p className="ds-paragraph">{r.intro}</p>
          <ol className="result-list recommended-list">
            {list.items.map((item) => (
              <li key={item.opportunity.id}>
                <RecommendedCard item={item} locale={locale} t={t} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
