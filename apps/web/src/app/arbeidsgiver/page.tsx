import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect, unstable_rethrow } from 'next/navigation';
import { Locale, OpportunityStatus } from '@akselerator/domain';
import { PublishButton } from '@/components/employer/publish-button';
import { FocusNotice } from '@/components/focus-notice';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { OwnOpportunity } from '@/lib/api-types';
import { formatShortDate, formatTimeRange } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { MY_OPPORTUNITIES_QUERY } from '@/lib/operations';
import { requireEmployer, signInPath } from '@/lib/session';

const PATH = '/arbeidsgiver';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.employer.metaTitle };
}

async function loadOwn(): Promise<OwnOpportunity[] | null> {
  try {
    return (await graphqlServer(MY_OPPORTUNITIES_QUERY)).myOpportunities;
  } catch (error) {
    unstable_rethrow(error);
    if (
      error instanceof GraphQLRequestError &&
      (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')
    ) {
      redirect(signInPath(PATH));
    }
    console.error('[web] myOpportunities failed:', error instanceof Error ? error.message : error);
    return null;
  }
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function statusColor(status: OpportunityStatus): string {
  switch (status) {
    case OpportunityStatus.PUBLISHED:
      return 'success';
    case OpportunityStatus.DRAFT:
      return 'warning';
    case OpportunityStatus.CLOSED:
    case OpportunityStatus.ARCHIVED:
      return 'neutral';
  }
}

function OwnCard({
  opportunity,
  locale,
  t,
}: {
  opportunity: OwnOpportunity;
  locale: Locale;
  t: Dictionary;
}) {
  const headingId = `own-${opportunity.id}`;
  const slots = [...opportunity.slots].sort((a, b) =>
    (a.date + a.startTime).localeCompare(b.date + b.startTime),
  );
  const capacity = slots.reduce((sum, slot) => sum + slot.capacity, 0);
  return (
    <article
      className="ds-card own-card"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="own-opportunity"
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          <Link className="ds-link" href={`/muligheter/${encodeURIComponent(opportunity.id)}`}>
            {opportunity.title}
          </Link>
        </h2>
        <span className="ds-tag" data-color={statusColor(opportunity.status)} data-testid="status">
          <span className="ds-sr-only">{t.employer.colStatus}: </span>
          {t.statuses[opportunity.status]}
        </span>
      </div>
      <p className="ds-paragraph seats" data-size="sm">
        {interpolate(t.employer.seatsSummary, { left: opportunity.seatsLeft, capacity })}
      </p>
      {slots.length > 0 ? (
        <ul className="date-list ds-paragraph" data-size="sm" aria-label={t.employer.colDates}>
          {slots.map((slot) => (
            <li key={slot.id}>
              <time dateTime={slot.date}>{formatShortDate(slot.date, locale)}</time>,{' '}
              {formatTimeRange(slot.startTime, slot.endTime, locale)}:{' '}
              {slot.seatsLeft > 0
                ? slot.seatsLeft === 1
                  ? t.card.seatsOne
                  : interpolate(t.card.seatsMany, { count: slot.seatsLeft })
                : t.card.full}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ds-paragraph" data-size="sm">
          {t.employer.noDates}
        </p>
      )}
      {opportunity.status === OpportunityStatus.DRAFT ? (
        <div style={{ marginTop: 'var(--ds-size-4)' }}>
          <PublishButton
            id={opportunity.id}
            title={opportunity.title}
            apiMessagesFit={locale === Locale.NB}
            t={{
              publish: t.employer.publish,
              publishAria: t.employer.publishAria,
              publishing: t.employer.publishing,
              publishFailed: t.employer.publishFailed,
              notPublishable: t.employer.notPublishable,
            }}
            genericError={t.auth.genericError}
          />
        </div>
      ) : null}
    </article>
  );
}

export default async function EmployerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireEmployer(PATH);
  const [{ locale, t }, params, own] = await Promise.all([getI18n(), searchParams, loadOwn()]);
  const employerName = viewer.employer?.name ?? viewer.displayName;

  const savedId = first(params.lagret);
  const publishedId = first(params.publisert);
  const notPublished = first(params.ikkePublisert) === '1';
  const titleOf = (id: string | undefined) => own?.find((item) => item.id === id)?.title;
  const savedTitle = titleOf(savedId);
  const publishedTitle = titleOf(publishedId);

  return (
    <div className="container page stack">
      <h1 className="ds-heading" data-size="lg">
        {t.employer.title}
      </h1>
      <p className="ds-paragraph lead">
        {interpolate(t.employer.intro, { employer: employerName })}
      </p>

      {publishedTitle ? (
        <FocusNotice key={`published-${publishedId}`} color="success" testId="notice">
          {interpolate(t.employer.publishedNotice, { title: publishedTitle })}
        </FocusNotice>
      ) : savedTitle ? (
        <FocusNotice
          key={`saved-${savedId}`}
          color={notPublished ? 'warning' : 'success'}
          testId="notice"
        >
          {interpolate(notPublished ? t.employer.savedNotPublishedNotice : t.employer.savedNotice, {
            title: savedTitle,
          })}
        </FocusNotice>
      ) : null}

      <p>
        <Link className="ds-button" data-variant="primary" href="/arbeidsgiver/ny">
          {t.employer.newOpportunity}
        </Link>
      </p>

      {own === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.employer.unavailable}</p>
        </div>
      ) : own.length === 0 ? (
        <p className="ds-paragraph">{t.employer.empty}</p>
      ) : (
        <ul
          className="own-list"
          aria-label={interpolate(t.employer.listCaption, { employer: employerName })}
        >
          {own.map((opportunity) => (
            <li key={opportunity.id}>
              <OwnCard opportunity={opportunity} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
