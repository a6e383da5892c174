import type { Metadata } from 'next';
import Link from 'next/link';
import {
  DeclineReason,
  declineText,
  Locale,
  OpportunityStatus,
  todayInOslo,
} from '@akselerator/domain';
import { AttendanceButtons, FeedbackForm } from '@/components/booking/booking-aftercare';
import { FeedbackSummary } from '@/components/booking/feedback-summary';
import { BookingAnswer, type DeclineOption } from '@/components/employer/booking-answer';
import { PublishButton } from '@/components/employer/publish-button';
import { FocusNotice } from '@/components/focus-notice';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName, OwnBooking, OwnOpportunity } from '@/lib/api-types';
import { formatDayMonth, formatShortDate, formatTimeRange } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';
import { MY_OPPORTUNITIES_QUERY } from '@/lib/after-day-operations';
import { requireEmployer } from '@/lib/session';

const PATH = '/arbeidsgiver';

/** Notifications that change this page: a pupil booked, or cancelled. */
const LIVE_KINDS: readonly NotificationKindName[] = ['BOOKING_REQUESTED', 'BOOKING_CANCELLED'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.employer.metaTitle };
}

function loadOwn(): Promise<OwnOpportunity[] | null> {
  return querySignedIn(
    PATH,
    'myOpportunities',
    async () => (await graphqlServer(MY_OPPORTUNITIES_QUERY)).myOpportunities,
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
            <AfterTheDay booking={booking} day={day} today={today} locale={locale} t={t} />
          </BookingAnswer>
        </li>
      ))}
    </ul>
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
      {opportunity.status === OpportunityStatus.PUBLISHED && !hasBookings ? (
        <p className="ds-paragraph muted" data-size="sm">
          {t.employerBookings.none}
        </p>
      ) : null}
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
  const reasons = declineOptions(locale);
  const today = todayInOslo(new Date());

  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
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
              <OwnCard
                opportunity={opportunity}
                today={today}
                reasons={reasons}
                locale={locale}
                t={t}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
