import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  ApplicationDeclineReason,
  ApplicationParty,
  ApplicationStatus,
  applicationDeclineText,
  canMoveApplication,
  EMPLOYER_APPLICATION_MOVES,
  findAdaptation,
  findStrength,
  Locale,
  OpportunityKind,
} from '@akselerator/domain';
import { ApplicationMove, type DeclineChoice } from '@/components/applications/application-move';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName, ReceivedApplication } from '@/lib/api-types';
import { APPLICATIONS_FOR_OPPORTUNITY_QUERY } from '@/lib/application-operations';
import { formatInstantDay } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { programmeLabel, tradeLabel } from '@/lib/labels';
import { loadOwnOpportunity } from '@/lib/own-opportunity';
import { requireEmployer } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.employerApplications.metaTitle };
}

/** A new application, a withdrawal or an accepted offer: read the list again. */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'APPLICATION_RECEIVED',
  'APPLICATION_WITHDRAWN',
  'APPLICATION_ACCEPTED',
];

const STATUSES = Object.values(ApplicationStatus);

function toStatus(value: string): ApplicationStatus | undefined {
  return STATUSES.find((status) => (status as string) === value);
}

function isDeclineReason(value: string): value is ApplicationDeclineReason {
  return (Object.values(ApplicationDeclineReason) as string[]).includes(value);
}

function label(item: { label: string; labelEn: string } | undefined, code: string, locale: Locale) {
  if (!item) return code;
  return locale === Locale.EN ? item.labelEn : item.label;
}

/** Exactly what the applicant shared, in the visitor's language; nothing else. */
function SharedFacts({
  application,
  locale,
  t,
}: {
  application: ReceivedApplication;
  locale: Locale;
  t: Dictionary['employerApplications'];
}) {
  const { applicant } = application;
  const rows: { term: string; value: string }[] = [];
  if (applicant.email) rows.push({ term: t.email, value: applicant.email });
  if (applicant.age !== null)
    rows.push({ term: t.applicant, value: interpolate(t.age, { age: applicant.age }) });
  if (applicant.homeMunicipalityName) {
    rows.push({ term: t.homeMunicipality, value: applicant.homeMunicipalityName });
  }
  const interests = [
    ...(applicant.programmeCodes ?? []).map((code) => programmeLabel(code, locale)),
    ...(applicant.tradeCodes ?? []).map((code) => tradeLabel(code, locale)),
  ];
  if (interests.length > 0) rows.push({ term: t.interests, value: interests.join(', ') });
  if (applicant.strengths?.length) {
    rows.push({
      term: t.strengths,
      value: applicant.strengths.map((code) => label(findStrength(code), code, locale)).join(', '),
    });
  }
  if (applicant.adaptationsNeeded?.length) {
    rows.push({
      term: t.adaptationsNeeded,
      value: applicant.adaptationsNeeded
        .map((code) => label(findAdaptation(code), code, locale))
        .join(', '),
    });
  }
  if (rows.length === 0) {
    return (
      <p className="ds-paragraph muted" data-size="sm">
        {t.nothingShared}
      </p>
    );
  }
  return (
    <dl className="ds-paragraph" data-size="sm">
      {rows.map((row) => (
        <div key={row.term} style={{ display: 'contents' }}>
          <dt>{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ReceivedCard({
  application,
  locale,
  t,
}: {
  application: ReceivedApplication;
  locale: Locale;
  t: Dictionary;
}) {
  const e = t.employerApplications;
  const headingId = `received-${application.id}`;
  const name = application.applicant.name ?? e.anonymous;
  const status = toStatus(application.status);
  const moves = status
    ? EMPLOYER_APPLICATION_MOVES.filter(
        (to) =>
          to !== ApplicationStatus.DECLINED &&
          canMoveApplication(status, to, ApplicationParty.EMPLOYER),
      )
    : [];
  const canDecline =
    status !== undefined &&
    canMoveApplication(status, ApplicationStatus.DECLINED, ApplicationParty.EMPLOYER);
  const reasons: DeclineChoice[] = Object.values(ApplicationDeclineReason).map((reason) => ({
    value: reason,
    label: applicationDeclineText(reason, locale).employerLabel,
  }));
  const declined =
    application.declineReason && isDeclineReason(application.declineReason)
      ? applicationDeclineText(application.declineReason, locale).employerLabel
      : null;
  return (
    <article
      className="ds-card application-card stack"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="received-application"
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          {name}
        </h2>
        <span className="ds-tag" data-color="brand1" data-testid="application-status">
          <span className="ds-sr-only">{e.status}: </span>
          {t.applicationStatus[application.status]}
        </span>
      </div>
      <p className="ds-paragraph muted" data-size="sm">
        {interpolate(e.sentOn, {
          date: formatInstantDay(application.appliedAt, locale),
        })}
      </p>
      <h3 className="ds-heading" data-size="2xs">
        {e.motivation}
      </h3>
      <p className="ds-paragraph prewrap">{application.motivation}</p>
      <h3 className="ds-heading" data-size="2xs">
        {e.shared}
      </h3>
      <SharedFacts application={application} locale={locale} t={e} />
      {declined ? (
        <p className="ds-paragraph" data-size="sm">
          {interpolate(e.declineReasonShown, { reason: declined })}
        </p>
      ) : null}
      {application.history.length > 1 ? (
        <details className="ds-details">
          <summary>{e.history}</summary>
          <ol className="ds-list" data-size="sm">
            {application.history.map((change) => (
              <li key={change.id}>
                {formatInstantDay(change.changedAt, locale)}: {t.applicationStatus[change.toStatus]}{' '}
                ({change.changedByRole === 'YOUTH' ? e.byApplicant : e.byEmployer})
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ApplicationMove
        id={application.id}
        name={name}
        moves={moves.map((to) => ({ status: to, label: t.applicationStatus[to] }))}
        canDecline={canDecline}
        reasons={reasons}
        t={e}
        errors={t.applicationErrors}
        apiMessagesFit={locale === Locale.NB}
      />
    </article>
  );
}

export default async function ReceivedApplicationsPage({ params }: PageProps) {
  const { id } = await params;
  const path = `/arbeidsgiver/${encodeURIComponent(id)}/soknader`;
  const viewer = await requireEmployer(path);
  const [{ locale, t }, opportunity, applications] = await Promise.all([
    getI18n(),
    loadOwnOpportunity(id, path),
    querySignedIn(
      path,
      'applicationsForOpportunity',
      async () =>
        (await graphqlServer(APPLICATIONS_FOR_OPPORTUNITY_QUERY, { opportunityId: id }))
          .applicationsForOpportunity,
      null,
    ),
  ]);
  const e = t.employerApplications;
  if (opportunity === null) notFound();
  if (
    opportunity &&
    (opportunity.employer.id !== viewer.employer?.id ||
      opportunity.kind === OpportunityKind.HOSPITERING)
  ) {
    notFound();
  }
  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
      <p className="ds-paragraph" data-size="sm">
        <Link className="ds-link" href="/arbeidsgiver">
          {e.back}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {opportunity ? interpolate(e.title, { title: opportunity.title }) : e.metaTitle}
      </h1>
      <p className="ds-paragraph lead">{e.intro}</p>
      {applications === null || opportunity === undefined ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{e.unavailable}</p>
        </div>
      ) : applications.length === 0 ? (
        <p className="ds-paragraph">{e.empty}</p>
      ) : (
        <ul className="application-list" aria-label={e.listLabel}>
          {applications.map((application) => (
            <li key={application.id}>
              <ReceivedCard application={application} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
