import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import { OpportunityStatus, type Locale } from '@akselerator/domain';
import { seatsText } from '@/components/search/result-card';
import type { Dictionary } from '@/i18n/dictionary';
import { getI18n } from '@/i18n/server';
import type { Opportunity, Slot } from '@/lib/api-types';
import { formatLongDate, formatTimeRange } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { programmeLabel, tradeLabel } from '@/lib/labels';
import { OPPORTUNITY_QUERY } from '@/lib/operations';

interface PageProps {
  params: Promise<{ id: string }>;
}

/** One API call per request, shared by generateMetadata and the page. */
const loadOpportunity = cache(async (id: string): Promise<Opportunity | null> => {
  try {
    const data = await graphqlServer(OPPORTUNITY_QUERY, { id });
    return data.opportunity;
  } catch (error) {
    if (
      error instanceof GraphQLRequestError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT' || error.code === 'FORBIDDEN')
    ) {
      return null;
    }
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  try {
    const opportunity = await loadOpportunity(id);
    if (!opportunity) return {};
    return { title: opportunity.title, description: opportunity.description.slice(0, 160) };
  } catch (error) {
    unstable_rethrow(error);
    return {}; // the page itself reports the failure
  }
}

function SlotTable({ slots, locale, t }: { slots: Slot[]; locale: Locale; t: Dictionary }) {
  if (slots.length === 0) return <p className="ds-paragraph">{t.opportunity.noDates}</p>;
  const sorted = [...slots].sort((a, b) =>
    (a.date + a.startTime).localeCompare(b.date + b.startTime),
  );
  return (
    <div className="table-wrap">
      <table className="ds-table" data-border="true" data-color="neutral">
        <caption className="ds-sr-only">{t.opportunity.datesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.opportunity.date}</th>
            <th scope="col">{t.opportunity.time}</th>
            <th scope="col">{t.opportunity.seatsLeft}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((slot) => (
            <tr key={slot.id}>
              <th scope="row" style={{ fontWeight: 'inherit' }}>
                <time dateTime={slot.date}>{formatLongDate(slot.date, locale)}</time>
              </th>
              <td>{formatTimeRange(slot.startTime, slot.endTime, locale)}</td>
              <td>{slot.seatsLeft > 0 ? slot.seatsLeft : <strong>{t.opportunity.full}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function OpportunityPage({ params }: PageProps) {
  const [{ id }, { locale, t }] = await Promise.all([params, getI18n()]);
  const opportunity = await loadOpportunity(id);
  if (!opportunity) notFound();

  const { address } = opportunity;
  return (
    <div className="container page">
      <article className="stack-lg" aria-labelledby="opportunity-title">
        <div className="stack">
          <p className="ds-paragraph" data-size="sm">
            <Link className="ds-link" href="/">
              {t.opportunity.back}
            </Link>
          </p>
          <div className="cluster">
            <span className="ds-tag" data-color="brand1">
              {t.kinds[opportunity.kind]}
            </span>
            {opportunity.status !== OpportunityStatus.PUBLISHED ? (
              <span className="ds-tag" data-color="warning">
                {t.statuses[opportunity.status]}
              </span>
            ) : null}
          </div>
          <h1 className="ds-heading" data-size="lg" id="opportunity-title">
            {opportunity.title}
          </h1>
          <p className="ds-paragraph" data-size="lg">
            <span className="ds-sr-only">{t.opportunity.employer}: </span>
            {opportunity.employer.name}
          </p>
          {opportunity.status === OpportunityStatus.DRAFT ? (
            <div className="ds-alert" data-color="warning">
              <p className="ds-paragraph">{t.opportunity.draftNotice}</p>
            </div>
          ) : null}
        </div>

        <dl className="fact-grid ds-paragraph">
          <div>
            <dt>{t.opportunity.programme}</dt>
            <dd>{programmeLabel(opportunity.programmeCode, locale)}</dd>
          </div>
          <div>
            <dt>{t.opportunity.trade}</dt>
            <dd>{tradeLabel(opportunity.tradeCode, locale)}</dd>
          </div>
          <div>
            <dt>{t.opportunity.address}</dt>
            <dd>
              <address style={{ fontStyle: 'normal' }}>
                {address.street}
                <br />
                {address.postalCode} {address.postalPlace}
                {address.municipalityName && address.municipalityName !== address.postalPlace ? (
                  <>
                    <br />
                    {address.municipalityName}
                  </>
                ) : null}
              </address>
            </dd>
          </div>
        </dl>

        <section className="stack" aria-labelledby="about-heading">
          <h2 className="ds-heading" data-size="sm" id="about-heading">
            {t.opportunity.about}
          </h2>
          <p className="ds-paragraph prewrap lead">{opportunity.description}</p>
        </section>

        <section className="stack" aria-labelledby="tasks-heading">
          <h2 className="ds-heading" data-size="sm" id="tasks-heading">
            {t.opportunity.tasks}
          </h2>
          <p className="ds-paragraph prewrap lead">{opportunity.tasks}</p>
        </section>

        <section className="stack" aria-labelledby="practical-heading">
          <h2 className="ds-heading" data-size="sm" id="practical-heading">
            {t.opportunity.practical}
          </h2>
          <p className="ds-paragraph prewrap lead">{opportunity.practicalInfo}</p>
        </section>

        <section className="stack" aria-labelledby="dates-heading">
          <h2 className="ds-heading" data-size="sm" id="dates-heading">
            {t.opportunity.dates}
          </h2>
          <p className="ds-paragraph seats">{seatsText(opportunity.seatsLeft, t)}</p>
          <SlotTable slots={opportunity.slots} locale={locale} t={t} />
        </section>
      </article>
    </div>
  );
}
