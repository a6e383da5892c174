import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplicationDeclineReason, applicationDeclineText, Locale } from '@akselerator/domain';
import { ApplicationAnswer } from '@/components/applications/application-answer';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { ApplicationStatusName, NotificationKindName } from '@/lib/api-types';
import {
  MY_APPLICATIONS_QUERY,
  type OwnApplicationWithHistory,
} from '@/lib/application-operations';
import { formatInstantDay } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { requireYouth } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/mine-soknader';

/** An employer moved one of the applications: read the list again. */
const LIVE_KINDS: readonly NotificationKindName[] = ['APPLICATION_STATUS_CHANGED'];

const OPEN: readonly ApplicationStatusName[] = ['RECEIVED', 'IN_REVIEW', 'INTERVIEW', 'OFFERED'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.myApplications.metaTitle };
}

function statusColor(status: ApplicationStatusName): string {
  switch (status) {
    case 'OFFERED':
    case 'ACCEPTED':
      return 'success';
    case 'INTERVIEW':
      return 'info';
    case 'DECLINED':
      return 'danger';
    case 'WITHDRAWN':
      return 'neutral';
    case 'RECEIVED':
    case 'IN_REVIEW':
      return 'warning';
  }
}

function isDeclineReason(value: string): value is ApplicationDeclineReason {
  return (Object.values(ApplicationDeclineReason) as string[]).includes(value);
}

function ApplicationCard({
  application,
  locale,
  t,
}: {
  application: OwnApplicationWithHistory;
  locale: Locale;
  t: Dictionary;
}) {
  const m = t.myApplications;
  const headingId = `application-${application.id}`;
  const opportunity = application.opportunity;
  const title = opportunity?.title ?? m.opportunityGone;
  const reason =
    application.declineReason && isDeclineReason(application.declineReason)
      ? applicationDeclineText(application.declineReason, locale).youthMessage
      : application.declineMessage;
  return (
    <article
      className="ds-card application-card stack"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="my-application"
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          {opportunity ? (
            <Link className="ds-link" href={`/muligheter/${encodeURIComponent(opportunity.id)}`}>
              {opportunity.title}
            </Link>
          ) : (
            m.opportunityGone
          )}
        </h2>
        <span
          className="ds-tag"
          data-color={statusColor(application.status)}
          data-testid="application-status"
        >
          <span className="ds-sr-only">{m.status}: </span>
          {t.applicationStatus[application.status]}
        </span>
      </div>
      {opportunity ? (
        <p className="ds-paragraph" data-size="sm">
          {t.kinds[opportunity.kind]} · {opportunity.employer.name}
        </p>
      ) : null}
      <p className="ds-paragraph muted" data-size="sm">
        {interpolate(m.sentOn, {
          date: formatInstantDay(application.appliedAt, locale),
        })}
        {application.statusChangedAt !== application.appliedAt
          ? ` · ${interpolate(m.updatedOn, {
              date: formatInstantDay(application.statusChangedAt, locale),
            })}`
          : null}
      </p>
      {application.status === 'DECLINED' && reason ? (
        <div className="decline-message" data-testid="decline-reason">
          <p className="ds-paragraph" data-size="sm">
            <strong>{m.declineReason}:</strong> {reason}
          </p>
        </div>
      ) : null}
      {application.history.length > 1 ? (
        <details className="ds-details">
          <summary>{m.history}</summary>
          <ol className="ds-list" data-size="sm">
            {application.history.map((change) => (
              <li key={change.id}>
                {formatInstantDay(change.changedAt, locale)}: {t.applicationStatus[change.toStatus]}{' '}
                ({change.changedByRole === 'YOUTH' ? m.byYou : m.byEmployer})
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {application.status === 'OFFERED' ? <p className="ds-paragraph">{m.offeredHint}</p> : null}
      <ApplicationAnswer
        id={application.id}
        title={title}
        employer={opportunity?.employer.name ?? ''}
        canWithdraw={OPEN.includes(application.status)}
        canAccept={application.status === 'OFFERED'}
        t={m}
        errors={t.applicationErrors}
        apiMessagesFit={locale === Locale.NB}
      />
    </article>
  );
}

export default async function MyApplicationsPage() {
  await requireYouth(PATH);
  const [{ locale, t }, applications] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'myApplications',
      async () => (await graphqlServer(MY_APPLICATIONS_QUERY)).myApplications,
      null,
    ),
  ]);
  const m = t.myApplications;
  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <p className="ds-paragraph lead">{m.intro}</p>
      {applications === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{m.unavailable}</p>
        </div>
      ) : applications.length === 0 ? (
        <div className="stack">
          <p className="ds-paragraph">{m.empty}</p>
          <p className="ds-paragraph">
            <Link className="ds-link" href="/?kind=APPRENTICESHIP&kind=SIMPLE_JOB">
              {m.findPlaces}
            </Link>
          </p>
        </div>
      ) : (
        <ul className="application-list" aria-label={m.listLabel}>
          {applications.map((application) => (
            <li key={application.id}>
              <ApplicationCard application={application} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
