import type { Metadata } from 'next';
import Link from 'next/link';
import {
  DeclineReason,
  declineText,
  Locale,
  OpportunityKind,
  OpportunityStatus,
  todayInOslo,
} from '@akselerator/domain';
import { AttendanceButtons, FeedbackForm } from '@/components/booking/booking-aftercare';
import { FeedbackSummary } from '@/components/booking/feedback-summary';
import { BookingAnswer, type DeclineOption } from '@/components/employer/booking-answer';
import { LifecycleActions } from '@/components/employer/lifecycle-actions';
import { PublishButton } from '@/components/employer/publish-button';
import { FocusNotice } from '@/components/focus-notice';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName, OwnBooking } from '@/lib/api-types';
import { formatCount, formatDayMonth, formatShortDate, formatTimeRange } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';
import { DASHBOARD_QUERY, type DashboardOpportunity } from '@/lib/opportunity-operations';
import { requireEmployer } from '@/lib/session';

const PATH = '/arbeidsgiver';

/** Notifications that change this page: a pupil booked or cancelled, an application came or went. */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'BOOKING_REQUESTED',
  'BOOKING_CANCELLED',
  'APPLICATION_RECEIVED',
  'APPLICATION_WITHDRAWN',
  'APPLICATION_ACCEPTED',
];

type OwnOpportunity = DashboardOpportunity;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.employer.metaTitle };
}

function loadOwn(): Promise<OwnOpportunity[] | null> {
  return querySignedIn(
    PATH,
    'myOpportunities',
    async () => (await graphqlServer(DASHBOARD_QUERY)).myOpportunities,
    null,
  );
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

function declineOptions(locale: Locale): DeclineOption[] {
  return Object.values(DeclineReason).map((reason) => ({
    value: reason,
    label: declineText(reason, locale).employerLabel,
  }));
}

function bookingsBySlot(bookings: readonly OwnBooking[] | null): Map<string, OwnBooking[]> {
  const bySlot = new Map<string, OwnBooking[]>();
  for (const booking of bookings ?? []) {
    const list = bySlot.get(booking.slot.id) ?? [];
    list.push(booking);
    bySlot.set(booking.slot.id, list);
  }
  return bySlot;
}

/**
 * After the day: "Møtte" / "Møtte ikke" for a confirmed booking whose date has come, then, for an
 * attended one, both sides' feedback and the employer's own feedback form until it is given.
 */
function AfterTheDay({
  booking,
  day,
  today,
  locale,
  t,
}: {
  booking: OwnBooking;
  day: string;
  today: string;
  locale: Locale;
  t: Dictionary;
}) {
  const pupilName = booking.pupilName ?? t.employerBookings.unknownPupil;
  if (booking.status === 'CONFIRMED' && booking.slot.date <= today) {
    return (
      <AttendanceButtons
        id={booking.id}
        pupilName={pupilName}
        day={day}
        t={t.aftercare}
        errors={t.bookingErrors}
        apiMessagesFit={locale === Locale.NB}
      />
    );
  }
  if (booking.status !== 'ATTENDED') return null;
  return (
    <>
      <FeedbackSummary
        entries={[
          { label: t.aftercare.fromPupil, feedback: booking.feedbackFromPupil ?? null },
          { label: t.aftercare.fromYouEmployer, feedback: booking.feedbackFromEmployer ?? null },
        ]}
        t={t.aftercare}
      />
      {booking.feedbackFromEmployer ? null : (
        <FeedbackForm
          id={booking.id}
          side="employer"
          t={t.aftercare}
          errors={t.bookingErrors}
          apiMessagesFit={locale === Locale.NB}
        />
      )}
    </>
  );
}

/** The pupils who booked one date, each with "Bekreft" / "Avslå" while the request is open. */
function SlotBookings({
  bookings,
  day,
  today,
  reasons,
  locale,
  t,
}: {
  bookings: OwnBooking[];
  day: string;
  today: string;
  reasons: DeclineOption[];
  locale: Locale;
  t: Dictionary;
}) {
  return (
    <ul
      className="slot-bookings"
      aria-label={interpolate(t.employerBookings.onDate, { day })}
      data-testid="slot-bookings"
    >
      {bookings.map((booking) => (
        <li key={booking.id}>
          <BookingAnswer
            id={booking.id}
            pupilName={booking.pupilName ?? t.employerBookings.unknownPupil}
            status={booking.status}
            waitlistPosition={booking.waitlistPosition}
            day={day}
            reasons={reasons}
            t={t.employerBookings}
            errors={t.bookingErrors}
            apiMessagesFit={locale === Locale.NB}
          >
            <GuardianConsentLine booking={booking} t={t} />
            <AfterTheDay booking={booking} day={day} today={today} locale={locale} t={t} />
          </BookingAnswer>
        </li>
      ))}
    </ul>
  );
}

/**
 * For a pupil under 16 whose seat is held: whether a guardian has agreed, so the employer knows
 * before the day (the school sees the same on /skole/bookinger).
 */
function GuardianConsentLine({ booking, t }: { booking: OwnBooking; t: Dictionary }) {
  const consent = booking.guardianConsent;
  const holdsSeat = booking.status === 'REQUESTED' || booking.status === 'CONFIRMED';
  if (!holdsSeat || !consent || consent === 'NOT_NEEDED') return null;
  return (
    <p className="ds-paragraph" data-size="sm" data-testid="guardian-consent">
      {t.schoolBookings[`consent${consent}`]}
    </p>
  );
}

/** What a card says about its kind: seats left, places, or hours a week, and its dates. */
function KindSummary({
  opportunity,
  capacity,
  locale,
  t,
}: {
  opportunity: OwnOpportunity;
  capacity: number;
  locale: Locale;
  t: Dictionary;
}) {
  const l = t.employerList;
  const parts: string[] = [];
  if (opportunity.kind === OpportunityKind.HOSPITERING) {
    parts.push(interpolate(t.employer.seatsSummary, { left: opportunity.seatsLeft, capacity }));
  } else {
    if (opportunity.places !== null) {
      parts.push(
        opportunity.places === 1
          ? l.placesOne
          : interpolate(l.placesSummary, { count: opportunity.places }),
      );
    }
    if (opportunity.hoursPerWeek !== null) {
      parts.push(
        interpolate(l.hoursSummary, { hours: formatHours(opportunity.hoursPerWeek, locale) }),
      );
    }
    if (opportunity.startDate) {
      parts.push(
        interpolate(l.startSummary, { date: formatShortDate(opportunity.startDate, locale) }),
      );
    }
    if (opportunity.applicationDeadline) {
      parts.push(
        interpolate(l.deadlineSummary, {
          date: formatShortDate(opportunity.applicationDeadline, locale),
        }),
      );
    }
  }
  const counts: string[] = [];
  if (opportunity.kind === OpportunityKind.HOSPITERING) {
    const bookings = opportunity.bookingsCount ?? opportunity.bookings?.length ?? 0;
    counts.push(interpolate(l.bookingsCount, { count: formatCount(bookings, locale) }));
  } else {
    counts.push(
      interpolate(l.applicationsCount, {
        count: formatCount(opportunity.applicationsCount ?? 0, locale),
      }),
    );
  }
  return (
    <>
      {parts.length > 0 ? (
        <p className="ds-paragraph seats" data-size="sm" data-testid="kind-summary">
          {parts.join(' · ')}
        </p>
      ) : null}
      <p className="ds-paragraph" data-size="sm" data-testid="counts">
        {counts.join(' · ')}
      </p>
    </>
  );
}

function formatHours(hours: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === Locale.EN ? 'en-GB' : 'nb-NO', {
    maximumFractionDigits: 1,
  }).format(hours);
}

/** Edit, add days, see applications, publish (or reopen), close, archive, duplicate. */
function CardActions({
  opportunity,
  locale,
  t,
}: {
  opportunity: OwnOpportunity;
  locale: Locale;
  t: Dictionary;
}) {
  const l = t.employerList;
  const id = encodeURIComponent(opportunity.id);
  const { status, title } = opportunity;
  const archived = status === OpportunityStatus.ARCHIVED;
  const hospitering = opportunity.kind === OpportunityKind.HOSPITERING;
  return (
    <div
      className="cluster own-card__actions"
      role="group"
      aria-label={interpolate(l.actionsLabel, { title })}
    >
      {!archived ? (
        <Link
          className="ds-button"
          data-size="sm"
          data-variant="secondary"
          href={`/arbeidsgiver/${id}/endre`}
          aria-label={interpolate(l.editAria, { title })}
        >
          {l.edit}
        </Link>
      ) : null}
      {hospitering && !archived ? (
        <Link
          className="ds-button"
          data-size="sm"
          data-variant="secondary"
          href={`/arbeidsgiver/${id}/dager`}
          aria-label={interpolate(l.addDaysAria, { title })}
        >
          {l.addDays}
        </Link>
      ) : null}
      {!hospitering ? (
        <Link
          className="ds-button"
          data-size="sm"
          data-variant="secondary"
          href={`/arbeidsgiver/${id}/soknader`}
          aria-label={interpolate(l.seeApplicationsAria, { title })}
        >
          {l.seeApplications}
        </Link>
      ) : null}
      {status === OpportunityStatus.DRAFT || status === OpportunityStatus.CLOSED ? (
        <PublishButton
          id={opportunity.id}
          title={title}
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
      ) : null}
      <LifecycleActions
        id={opportunity.id}
        title={title}
        canClose={status === OpportunityStatus.PUBLISHED}
        canArchive={status === OpportunityStatus.DRAFT || status === OpportunityStatus.CLOSED}
        canDuplicate
        t={l}
        genericError={t.auth.genericError}
        apiMessagesFit={locale === Locale.NB}
      />
    </div>
  );
}

function OwnCard({
  opportunity,
  today,
  reasons,
  locale,
  t,
}: {
  opportunity: OwnOpportunity;
  today: string;
  reasons: DeclineOption[];
  locale: Locale;
  t: Dictionary;
}) {
  const headingId = `own-${opportunity.id}`;
  const slots = [...opportunity.slots].sort((a, b) =>
    (a.date + a.startTime).localeCompare(b.date + b.startTime),
  );
  const capacity = slots.reduce((sum, slot) => sum + slot.capacity, 0);
  const bySlot = bookingsBySlot(opportunity.bookings);
  const hasBookings = (opportunity.bookings?.length ?? 0) > 0;
  const hospitering = opportunity.kind === OpportunityKind.HOSPITERING;
  return (
    <article
      className="ds-card own-card"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="own-opportunity"
      data-kind={opportunity.kind}
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          <Link className="ds-link" href={`/muligheter/${encodeURIComponent(opportunity.id)}`}>
            {opportunity.title}
          </Link>
        </h2>
        <span className="cluster">
          <span className="ds-tag" data-color="brand1" data-testid="kind">
            <span className="ds-sr-only">{t.employerList.colKind}: </span>
            {t.kinds[opportunity.kind]}
          </span>
          <span
            className="ds-tag"
            data-color={statusColor(opportunity.status)}
            data-testid="status"
          >
            <span className="ds-sr-only">{t.employer.colStatus}: </span>
            {t.statuses[opportunity.status]}
          </span>
        </span>
      </div>
      <KindSummary opportunity={opportunity} capacity={capacity} locale={locale} t={t} />
      {!hospitering ? null : slots.length > 0 ? (
        <ul className="date-list ds-paragraph" data-size="sm" aria-label={t.employer.colDates}>
          {slots.map((slot) => (
            <li key={slot.id} data-testid="own-slot" data-date={slot.date}>
              <time dateTime={slot.date}>{formatShortDate(slot.date, locale)}</time>,{' '}
              {formatTimeRange(slot.startTime, slot.endTime, locale)}:{' '}
              {slot.seatsLeft > 0
                ? slot.seatsLeft === 1
                  ? t.card.seatsOne
                  : interpolate(t.card.seatsMany, { count: slot.seatsLeft })
                : t.card.full}
              {bySlot.has(slot.id) ? (
                <SlotBookings
                  bookings={bySlot.get(slot.id) ?? []}
                  day={formatDayMonth(slot.date, locale)}
                  today={today}
                  reasons={reasons}
                  locale={locale}
                  t={t}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ds-paragraph" data-size="sm">
          {t.employer.noDates}
        </p>
      )}
      {hospitering && opportunity.status === OpportunityStatus.PUBLISHED && !hasBookings ? (
        <p className="ds-paragraph muted" data-size="sm">
          {t.employerBookings.none}
        </p>
      ) : null}
      <CardActions opportunity={opportunity} locale={locale} t={t} />
    </article>
  );
}

/** The notice after a change made elsewhere (the form, an action), named by the URL. */
function Notice({
  params,
  own,
  t,
}: {
  params: Record<string, string | string[] | undefined>;
  own: OwnOpportunity[] | null;
  t: Dictionary;
}) {
  const titleOf = (id: string | undefined) => own?.find((item) => item.id === id)?.title;
  const l = t.employerList;
  const candidates: { key: string; color: 'success' | 'warning'; text: string }[] = [];
  const add = (param: string, color: 'success' | 'warning', template: string) => {
    const id = first(params[param]);
    const title = titleOf(id);
    if (id && title)
      candidates.push({ key: `${param}-${id}`, color, text: interpolate(template, { title }) });
  };
  add('publisert', 'success', t.employer.publishedNotice);
  const notPublished = first(params.ikkePublisert) === '1';
  add(
    'lagret',
    notPublished ? 'warning' : 'success',
    notPublished ? t.employer.savedNotPublishedNotice : t.employer.savedNotice,
  );
  add('endret', 'success', l.updatedNotice);
  add('stengt', 'success', l.closedNotice);
  add('arkivert', 'success', l.archivedNotice);
  // The copy is named after the original ("… (kopi)"): the notice names the original.
  const copied = first(params.kopiert);
  const original = titleOf(first(params.fra)) ?? titleOf(copied);
  if (copied && original && titleOf(copied)) {
    candidates.push({
      key: `kopiert-${copied}`,
      color: 'success',
      text: interpolate(l.duplicatedNotice, { title: original }),
    });
  }
  const daysFor = first(params.dager);
  const daysTitle = titleOf(daysFor);
  if (daysFor && daysTitle) {
    const created = Number(first(params.nye) ?? '0') || 0;
    const skipped = Number(first(params.hoppet) ?? '0') || 0;
    const parts = [interpolate(l.slotsAddedNotice, { title: daysTitle, count: created })];
    if (skipped > 0) parts.push(interpolate(l.slotsSkippedNotice, { count: skipped }));
    candidates.push({ key: `dager-${daysFor}`, color: 'success', text: parts.join(' ') });
  }
  const notice = candidates.at(0);
  if (!notice) return null;
  return (
    <FocusNotice key={notice.key} color={notice.color} testId="notice">
      {notice.text}
    </FocusNotice>
  );
}

function NewMenu({ t }: { t: Dictionary }) {
  const l = t.employerList;
  return (
    <nav aria-label={l.newMenuLabel}>
      <ul className="cluster plain-list">
        <li>
          <Link className="ds-button" data-variant="primary" href="/arbeidsgiver/ny">
            {t.employer.newOpportunity}
          </Link>
        </li>
        <li>
          <Link
            className="ds-button"
            data-variant="secondary"
            href="/arbeidsgiver/ny/laerlingplass"
          >
            {l.newApprenticeship}
          </Link>
        </li>
        <li>
          <Link className="ds-button" data-variant="secondary" href="/arbeidsgiver/ny/enkel-jobb">
            {l.newSimpleJob}
          </Link>
        </li>
      </ul>
    </nav>
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
  const reasons = declineOptions(locale);
  const today = todayInOslo(new Date());
  const active = own?.filter((item) => item.status !== OpportunityStatus.ARCHIVED) ?? [];
  const archived = own?.filter((item) => item.status === OpportunityStatus.ARCHIVED) ?? [];
  const card = (opportunity: OwnOpportunity) => (
    <li key={opportunity.id}>
      <OwnCard opportunity={opportunity} today={today} reasons={reasons} locale={locale} t={t} />
    </li>
  );

  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
      <h1 className="ds-heading" data-size="lg">
        {t.employerList.heading}
      </h1>
      <p className="ds-paragraph lead">
        {interpolate(t.employerList.intro, { employer: employerName })}
      </p>

      <Notice params={params} own={own} t={t} />

      <NewMenu t={t} />

      <p className="ds-paragraph">
        <Link className="ds-link" href="/arbeidsgiver/forslag">
          {t.proposals.employer.title}
        </Link>
      </p>

      {own === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.employer.unavailable}</p>
        </div>
      ) : own.length === 0 ? (
        <p className="ds-paragraph">{t.employerList.empty}</p>
      ) : (
        <>
          {active.length > 0 ? (
            <ul
              className="own-list"
              aria-label={interpolate(t.employer.listCaption, { employer: employerName })}
            >
              {active.map(card)}
            </ul>
          ) : null}
          {archived.length > 0 ? (
            <details className="ds-details" data-testid="archive">
              <summary>
                {interpolate(t.employerList.archiveSummary, { count: archived.length })}
              </summary>
              <ul className="own-list" aria-label={t.employerList.archiveHeading}>
                {archived.map(card)}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}
