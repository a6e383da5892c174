import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import {
  APPLICATION_SHARED_FIELDS,
  ApplicationDeclineReason,
  applicationDeclineText,
  findAdaptation,
  Locale,
  OpportunityKind,
  OpportunityStatus,
  todayInOslo,
} from '@akselerator/domain';
import { ApplyForm } from '@/components/applications/apply-form';
import { FocusNotice } from '@/components/focus-notice';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { Account, OpportunityDetails } from '@/lib/api-types';
import { MY_APPLICATION_QUERY, type MyApplicationData } from '@/lib/application-operations';
import { formatInstantDay, formatLongDate } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { signInPath } from '@/lib/session';

/** "7,5 timer i uka" / "7.5 hours a week". */
export function hoursText(hours: number, locale: Locale, t: Dictionary): string {
  const formatted = new Intl.NumberFormat(locale === Locale.EN ? 'en-GB' : 'nb-NO', {
    maximumFractionDigits: 1,
  }).format(hours);
  return interpolate(t.kindFacts.hours, { hours: formatted });
}

export function placesText(places: number, t: Dictionary): string {
  return places === 1
    ? t.kindFacts.placesOne
    : interpolate(t.kindFacts.placesCount, { count: places });
}

/** The kind's facts as items of the opportunity page's fact list (`<dl>`). */
export function KindFactItems({
  opportunity,
  locale,
  t,
}: {
  opportunity: OpportunityDetails;
  locale: Locale;
  t: Dictionary;
}) {
  const f = t.kindFacts;
  if (opportunity.kind === OpportunityKind.APPRENTICESHIP) {
    return (
      <>
        {opportunity.places !== null ? (
          <div>
            <dt>{f.places}</dt>
            <dd>{placesText(opportunity.places, t)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{f.startDate}</dt>
          <dd>{opportunity.startDate ? formatLongDate(opportunity.startDate, locale) : '–'}</dd>
        </div>
        <div>
          <dt>{f.deadline}</dt>
          <dd>
            {opportunity.applicationDeadline
              ? formatLongDate(opportunity.applicationDeadline, locale)
              : f.noDeadline}
          </dd>
        </div>
      </>
    );
  }
  if (opportunity.kind === OpportunityKind.SIMPLE_JOB) {
    return (
      <>
        {opportunity.hoursPerWeek !== null ? (
          <div>
            <dt>{f.hoursPerWeek}</dt>
            <dd>{hoursText(opportunity.hoursPerWeek, locale, t)}</dd>
          </div>
        ) : null}
        {opportunity.schedule ? (
          <div>
            <dt>{f.schedule}</dt>
            <dd>{opportunity.schedule}</dd>
          </div>
        ) : null}
        <div>
          <dt>{f.startDate}</dt>
          <dd>
            {opportunity.startDate
              ? formatLongDate(opportunity.startDate, locale)
              : f.startsWhenFound}
          </dd>
        </div>
        <div>
          <dt>{f.deadline}</dt>
          <dd>
            {opportunity.applicationDeadline
              ? formatLongDate(opportunity.applicationDeadline, locale)
              : f.noDeadline}
          </dd>
        </div>
      </>
    );
  }
  return null;
}

/** Requirements (or "no formal qualification") and the adaptations offered. */
export function KindSections({
  opportunity,
  locale,
  t,
}: {
  opportunity: OpportunityDetails;
  locale: Locale;
  t: Dictionary;
}) {
  const f = t.kindFacts;
  const adaptations = opportunity.adaptationsOffered
    .map((code) => findAdaptation(code))
    .filter((item) => item !== undefined);
  return (
    <>
      <section className="stack" aria-labelledby="requirements-heading">
        <h2 className="ds-heading" data-size="sm" id="requirements-heading">
          {f.requirements}
        </h2>
        <p className="ds-paragraph prewrap lead">
          {opportunity.kind === OpportunityKind.SIMPLE_JOB
            ? f.noQualification
            : opportunity.requirements || f.noRequirements}
        </p>
      </section>
      {adaptations.length > 0 ? (
        <section className="stack" aria-labelledby="adaptations-heading">
          <h2 className="ds-heading" data-size="sm" id="adaptations-heading">
            {f.adaptations}
          </h2>
          <ul className="ds-list">
            {adaptations.map((item) => (
              <li key={item.code}>{locale === Locale.EN ? item.labelEn : item.label}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

type MyApplication = NonNullable<MyApplicationData['opportunity']>['myApplication'];

async function loadMyApplication(id: string): Promise<MyApplication | undefined> {
  try {
    return (await graphqlServer(MY_APPLICATION_QUERY, { id })).opportunity?.myApplication ?? null;
  } catch (error) {
    unstable_rethrow(error);
    console.warn('[web] myApplication failed:', error instanceof Error ? error.message : error);
    return undefined;
  }
}

function isDeclineReason(value: string): value is ApplicationDeclineReason {
  return (Object.values(ApplicationDeclineReason) as string[]).includes(value);
}

/**
 * "Søk på plassen": the form for a signed-in youth who has not applied (or withdrew), their
 * application's status once sent, a sign-in prompt for visitors, and nothing to do once the
 * deadline has passed or the place is not published.
 */
export async function ApplySection({
  opportunity,
  viewer,
  justSent,
  locale,
  t,
}: {
  opportunity: OpportunityDetails;
  viewer: Account | null;
  justSent: boolean;
  locale: Locale;
  t: Dictionary;
}) {
  const a = t.applying;
  const here = `/muligheter/${encodeURIComponent(opportunity.id)}`;
  const today = todayInOslo(new Date());
  const published = opportunity.status === OpportunityStatus.PUBLISHED;
  const deadlinePassed =
    opportunity.applicationDeadline !== null && opportunity.applicationDeadline < today;
  const mine = viewer?.role === 'YOUTH' ? await loadMyApplication(opportunity.id) : null;

  let body;
  if (mine && mine.status !== 'WITHDRAWN') {
    const reason =
      mine.declineReason && isDeclineReason(mine.declineReason)
        ? applicationDeclineText(mine.declineReason, locale).youthMessage
        : mine.declineMessage;
    body = (
      <div className="stack" data-testid="my-application">
        {justSent ? (
          <FocusNotice key="sent" color="success" testId="apply-notice">
            {a.sentNotice}
          </FocusNotice>
        ) : null}
        <h3 className="ds-heading" data-size="xs">
          {a.statusHeading}
        </h3>
        <p className="ds-paragraph" data-testid="application-status">
          {interpolate(a.yourStatus, { status: t.applicationStatus[mine.status] })}
        </p>
        <p className="ds-paragraph muted" data-size="sm">
          {interpolate(a.sentOn, { date: formatInstantDay(mine.appliedAt, locale) })}
        </p>
        {mine.status === 'DECLINED' && reason ? <p className="ds-paragraph">{reason}</p> : null}
        <p className="ds-paragraph">
          <Link className="ds-link" href="/mine-soknader">
            {a.seeMine}
          </Link>
        </p>
      </div>
    );
  } else if (!published) {
    body = <p className="ds-paragraph">{a.notOpen}</p>;
  } else if (deadlinePassed) {
    body = <p className="ds-paragraph">{a.deadlinePassed}</p>;
  } else if (viewer?.role === 'YOUTH') {
    body = (
      <>
        {mine?.status === 'WITHDRAWN' ? <p className="ds-paragraph">{a.applyAgain}</p> : null}
        <p className="ds-paragraph">{a.intro}</p>
        <ApplyForm
          opportunityId={opportunity.id}
          shareChoices={APPLICATION_SHARED_FIELDS.map((field) => ({
            code: field.code,
            label: locale === Locale.EN ? field.labelEn : field.label,
          }))}
          locale={locale}
          t={a}
          errors={t.applicationErrors}
          apiMessagesFit={locale === Locale.NB}
        />
      </>
    );
  } else if (viewer === null) {
    body = (
      <p className="ds-paragraph">
        {a.signInPrompt}{' '}
        <Link className="ds-link" href={signInPath(here)}>
          {a.signInToApply}
        </Link>{' '}
        {a.or}{' '}
        <Link className="ds-link" href={`/registrer?neste=${encodeURIComponent(here)}`}>
          {a.signUpToApply}
        </Link>
        .
      </p>
    );
  } else {
    return null;
  }

  return (
    <section className="stack" aria-labelledby="apply-heading">
      <h2 className="ds-heading" data-size="sm" id="apply-heading">
        {a.heading}
      </h2>
      {body}
    </section>
  );
}
