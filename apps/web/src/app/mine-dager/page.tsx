import type { Metadata } from 'next';
import Link from 'next/link';
import {
  BookingStatus,
  DeclineReason,
  declineText,
  Locale,
  todayInOslo,
} from '@akselerator/domain';
import { FeedbackForm } from '@/components/booking/booking-aftercare';
import { CancelBooking } from '@/components/booking/cancel-booking';
import { FeedbackSummary } from '@/components/booking/feedback-summary';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { BookingStatusName, MyBooking, NotificationKindName } from '@/lib/api-types';
import { formatDayMonth, formatLongDate, formatTimeRange } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';
import { MY_BOOKINGS_QUERY } from '@/lib/after-day-operations';
import { requireYouth } from '@/lib/session';

const PATH = '/mine-dager';

/** Hospitering days a pupil in 10th grade should have in a school year. */
const REQUIRED_DAYS = 2;

/** Bookings that count towards the two days: the seat is held, or the day is done. */
const COUNTED: readonly BookingStatusName[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.ATTENDED,
];

/** Bookings with a day in the pupil's calendar: the seat is held. */
const IN_CALENDAR: readonly BookingStatusName[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
];

/** Notifications that change this page: the employer's answer, or a seat from the waiting list. */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'BOOKING_CONFIRMED',
  'BOOKING_DECLINED',
  'WAITLIST_PROMOTED',
];

const CANCELLABLE: readonly BookingStatusName[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.WAITLISTED,
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.myDays.metaTitle };
}

function loadBookings(): Promise<MyBooking[] | null> {
  return querySignedIn(
    PATH,
    'myBookings',
    async () => (await graphqlServer(MY_BOOKINGS_QUERY)).myBookings,
    null,
  );
}

function statusText(booking: Pick<MyBooking, 'status' | 'waitlistPosition'>, t: Dictionary) {
  switch (booking.status) {
    case 'WAITLISTED':
      return booking.waitlistPosition
        ? interpolate(t.myDays.statusWAITLISTED, { n: booking.waitlistPosition })
        : t.myDays.statusWaitlistedNoNumber;
    case 'REQUESTED':
      return t.myDays.statusREQUESTED;
    case 'CONFIRMED':
      return t.myDays.statusCONFIRMED;
    case 'DECLINED':
      return t.myDays.statusDECLINED;
    case 'CANCELLED':
      return t.myDays.statusCANCELLED;
    case 'ATTENDED':
      return t.myDays.statusATTENDED;
    case 'NO_SHOW':
      return t.myDays.statusNO_SHOW;
  }
}

function statusColor(status: BookingStatusName): string {
  switch (status) {
    case 'CONFIRMED':
    case 'ATTENDED':
      return 'success';
    case 'REQUESTED':
      return 'info';
    case 'WAITLISTED':
      return 'warning';
    case 'DECLINED':
      return 'danger';
    case 'CANCELLED':
    case 'NO_SHOW':
      return 'neutral';
  }
}

function declineMessage(booking: MyBooking, locale: Locale, t: Dictionary): string {
  const reason = Object.values(DeclineReason).find((value) => value === booking.declineReason);
  if (reason) return declineText(reason, locale).pupilMessage;
  return booking.declineMessage ?? t.myDays.declineFallback;
}

function BookingCard({
  booking,
  today,
  locale,
  t,
}: {
  booking: MyBooking;
  today: string;
  locale: Locale;
  t: Dictionary;
}) {
  const headingId = `booking-${booking.id}`;
  const { opportunity, slot } = booking;
  const title = opportunity?.title ?? t.myDays.opportunityGone;
  const employer = opportunity?.employer.name ?? '';
  const day = formatDayMonth(slot.date, locale);
  return (
    <article
      className="ds-card booking-card"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="my-booking"
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          {opportunity ? (
            <Link className="ds-link" href={`/muligheter/${encodeURIComponent(opportunity.id)}`}>
              {title}
            </Link>
          ) : (
            title
          )}
        </h2>
        <span
          className="ds-tag"
          data-color={statusColor(booking.status)}
          data-testid="booking-status"
        >
          <span className="ds-sr-only">{t.myDays.status}: </span>
          {statusText(booking, t)}
        </span>
      </div>
      <dl className="booking-facts ds-paragraph" data-size="sm">
        <div>
          <dt>{t.myDays.date}</dt>
          <dd>
            <time dateTime={slot.date}>{formatLongDate(slot.date, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.myDays.time}</dt>
          <dd>{formatTimeRange(slot.startTime, slot.endTime, locale)}</dd>
        </div>
        {employer ? (
          <div>
            <dt>{t.myDays.employer}</dt>
            <dd>{employer}</dd>
          </div>
        ) : null}
      </dl>
      {IN_CALENDAR.includes(booking.status) ? (
        <p className="ds-paragraph" data-size="sm">
          {/* A download (Content-Disposition: attachment) from the same-origin route handler. */}
          <a
            className="ds-link"
            href={`/kalender/${encodeURIComponent(booking.id)}`}
            download
            aria-label={interpolate(t.myDays.addToCalendarAria, { day })}
            data-testid="calendar-link"
          >
            {t.myDays.addToCalendar}
          </a>
        </p>
      ) : null}
      {booking.status === 'DECLINED' ? (
        <p className="ds-paragraph decline-message" data-testid="decline-message">
          {declineMessage(booking, locale, t)}
        </p>
      ) : null}
      {booking.status === 'ATTENDED' ? (
        <>
          <FeedbackSummary
            entries={[
              { label: t.aftercare.fromYou, feedback: booking.feedbackFromPupil ?? null },
              { label: t.aftercare.fromEmployer, feedback: booking.feedbackFromEmployer ?? null },
            ]}
            t={t.aftercare}
          />
          {booking.feedbackFromPupil ? null : (
            <FeedbackForm
              id={booking.id}
              side="pupil"
              t={t.aftercare}
              errors={t.bookingErrors}
              apiMessagesFit={locale === Locale.NB}
            />
          )}
        </>
      ) : null}
      <CancelBooking
        id={booking.id}
        cancellable={CANCELLABLE.includes(booking.status) && slot.date >= today}
        waitlisted={booking.status === 'WAITLISTED'}
        day={day}
        title={title}
        employer={employer}
        t={{
          cancel: t.myDays.cancel,
          cancelAria: t.myDays.cancelAria,
          cancelQuestion: t.myDays.cancelQuestion,
          leaveWaitlistQuestion: t.myDays.leaveWaitlistQuestion,
          cancelYes: t.myDays.cancelYes,
          cancelNo: t.myDays.cancelNo,
          cancelling: t.myDays.cancelling,
          cancelledNotice: t.myDays.cancelledNotice,
        }}
        errors={t.bookingErrors}
        apiMessagesFit={locale === Locale.NB}
      />
    </article>
  );
}

export default async function MyDaysPage() {
  await requireYouth(PATH);
  const [{ locale, t }, bookings] = await Promise.all([getI18n(), loadBookings()]);
  const today = todayInOslo(new Date());
  const counted = bookings?.filter((booking) => COUNTED.includes(booking.status)).length ?? 0;

  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
      <h1 className="ds-heading" data-size="lg">
        {t.myDays.title}
      </h1>
      <p className="ds-paragraph lead">{t.myDays.intro}</p>

      {bookings === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.myDays.unavailable}</p>
        </div>
      ) : (
        <>
          <div className="ds-card progress-card" data-color="neutral" data-testid="day-count">
            <p className="ds-paragraph seats">
              {interpolate(t.myDays.progress, { count: counted, required: REQUIRED_DAYS })}
            </p>
            <p className="ds-paragraph" data-size="sm">
              {counted >= REQUIRED_DAYS ? t.myDays.progressDone : t.myDays.progressHint}
            </p>
          </div>

          {bookings.length === 0 ? (
            <p className="ds-paragraph">{t.myDays.empty}</p>
          ) : (
            <ul className="booking-list" aria-label={t.myDays.listLabel}>
              {bookings.map((booking) => (
                <li key={booking.id}>
                  <BookingCard booking={booking} today={today} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <p className="ds-paragraph">
        <Link className="ds-link" href="/">
          {t.myDays.findDays}
        </Link>
      </p>
    </div>
  );
}
